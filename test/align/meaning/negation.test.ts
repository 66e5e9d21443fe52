import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../../src/ingest/document.js';
import { negationScope, polarityDifference } from '../../../src/align/meaning/negation.js';
import { rules } from '../../helpers.js';
import { flag } from '../../../src/rules/scale-terms.js';

const cues = flag(rules.rules.filter((r) => r.type === 'negation').flatMap((r) => (r as unknown as { cues: string[] }).cues));
const side = (text: string) => ({ tokens: makeDoc({ path: 't', text, format: 'text' }).tokens, text });
const scoped = (text: string) => {
  const { tokens } = side(text);
  const neg = negationScope(tokens, text, cues);
  return tokens.filter((_, i) => neg[i]).map((t) => t.word).join(' ');
};

// sentences from the seed report and the dev reports
describe('negation scope', () => {
  it.each([
    // "not always" is a cue of its own
    ['They do not always include timescales, making it difficult to assess the progress made.', 'include timescales'],
    ['Management oversight is not sufficient to progress some children\u2019s plans.', "sufficient to progress some children's plans"],
    ['Children\u2019s services are no longer inadequate.', 'inadequate'],
    ['The council fails to identify children at risk of exploitation.', 'identify children at risk of exploitation'],
    ['There is a lack of management oversight of casework.', 'management oversight of casework'],
    ['Leaders have not yet ensured that all plans are effective, but progress is clear.', 'ensured that all plans are effective'],
    ['Letters before proceedings are of a consistent quality, but they haven\u2019t always been sent within the agreed timeframe.', 'always been sent within the agreed'],
  ])('%s', (sentence, words) => expect(scoped(sentence)).toBe(words));
});

describe('polarity of shared words', () => {
  it.each([
    // the draft drops the report's "not"
    ['Plans always include timescales.', 'They do not always include timescales.', { word: 'include', negatedIn: 'source' }],
    // the draft adds one
    ['Assessments of family members are not prompt.', 'Assessments of family members are prompt, with careful management oversight.', { word: 'prompt', negatedIn: 'claim' }],
    // a negation in a later clause of the passage says nothing about the claim's words
    [
      'There are widespread or serious failures which cause children to be harmed or at risk of harm.',
      'There are widespread or serious failures which cause children to be harmed or at risk of harm, which result in their welfare not being safeguarded and promoted.',
      undefined,
    ],
    ['Most social workers receive regular supervision.', 'Most social workers receive regular supervision. However, this is not consistently the case across all services.', undefined],
  ])('%s / %s', (claim, source, expected) => expect(polarityDifference(side(claim), side(source), cues)).toEqual(expected));
});
