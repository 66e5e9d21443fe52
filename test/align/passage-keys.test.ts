import fc from 'fast-check';
import stringSimilarity from 'string-similarity';
import { describe, expect, it } from 'vitest';
import { dice, letterCounts } from '../../src/align/passage-keys.js';
import { normalize } from '../../src/ingest/normalize.js';
import { tokenize } from '../../src/ingest/tokens.js';
import { seed } from '../helpers.js';

const tokens = (text: string) => tokenize(normalize(text));
const joined = (text: string) => tokens(text).map((t) => t.word).join(' ');

describe('dice', () => {
  it('is string-similarity’s compareTwoStrings of the joined words, on the seed report’s sentences', () => {
    const sentences = seed('source/lewisham-2023-ofsted-report.txt').text.split(/(?<=\.)\s+/).slice(0, 60);
    for (let i = 1; i < sentences.length; i++) {
      const [a, b] = [sentences[i - 1]!, sentences[i]!];
      expect(dice(letterCounts(tokens(a)), letterCounts(tokens(b)))).toBeCloseTo(stringSimilarity.compareTwoStrings(joined(a), joined(b)), 12);
    }
  });

  it('agrees with compareTwoStrings on any words, accented and non-Latin letters included', () => {
    const word = fc.stringMatching(/^[a-zé\u0100-\u017f\u4e00-\u4e0f]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.array(word, { minLength: 1, maxLength: 12 }), (a, b) => {
        const [x, y] = [a.join(' '), b.join(' ')];
        expect(dice(letterCounts(tokens(x)), letterCounts(tokens(y)))).toBeCloseTo(stringSimilarity.compareTwoStrings(joined(x), joined(y)), 12);
      }),
    );
  });
});
