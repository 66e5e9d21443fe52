import { describe, expect, it } from 'vitest';
import { meaningMatcher, tagCount } from '../../../src/align/meaning/senses.js';
import { similarity } from '../../../src/align/align.js';
import { buildSourceModel } from '../../../src/align/source-model.js';
import { makeDoc, tokensIn } from '../../../src/ingest/document.js';
import { lex, source, text } from '../../helpers.js';

const meets = (a: string, b: string) => meaningMatcher([b])(a);

// pairs from the reports' and the press's own wording
describe('WordNet word meaning', () => {
  it.each([
    ['youngsters', 'children'], // "vulnerable youngsters" for "children"
    ['hailed', 'praised'], // a verb two steps under another
    ['transformation', 'transformed'], // derivation across parts of speech
    ['failings', 'failures'],
    ['accelerated', 'rapid'],
    ['criticised', 'criticized'], // British spelling
  ])('%s meets %s', (a, b) => expect(meets(a, b)).toBe(true));

  it.each([
    ['children', 'adults'],
    ['improvement', 'deterioration'],
    ['boys', 'girls'], // siblings under one hypernym are not the same thing
    ['judgment', 'act'], // a noun is not its hypernym
    ['failing', 'out'], // short words carry too many senses
  ])('%s does not meet %s', (a, b) => expect(meets(a, b)).toBe(false));
});

describe('how common a word is (WordNet tag counts)', () => {
  it('orders everyday words above rare ones, and knows nothing of a non-word', () => {
    expect(tagCount('make')).toBeGreaterThan(tagCount('become'));
    expect(tagCount('become')).toBeGreaterThan(tagCount('department'));
    expect(tagCount('department')).toBeGreaterThan(tagCount('raft'));
    expect(tagCount('years')).toBeGreaterThan(100); // a plural counts as its lemma
    expect(tagCount('qwrtzy')).toBe(0);
  });

  it('weighs a claim word the source never uses by how common it is', () => {
    const model = buildSourceModel('S1', source(), lex);
    const passage = model.passages.find((p) => model.doc.text.slice(p.start, p.end).startsWith('Staff describe leaders as approachable'))!;
    const tokensOf = (s: string) => tokensIn(makeDoc(text(s)), 0, s.length);
    const common = similarity(model, tokensOf('Staff describe leaders as approachable and visible, as they have become over the years.'), passage.tokens, lex).coverage;
    const rare = similarity(model, tokensOf('Staff describe leaders as approachable and visible, as rafts of trafficked envoys.'), passage.tokens, lex).coverage;
    expect(common).toBeGreaterThan(rare);
    expect(common).toBeGreaterThan(0.6);
  });
});

describe('several-word synonyms of the care-terms pack', () => {
  const model = buildSourceModel('S1', source(), lex);
  const passage = model.passages.find((p) => model.doc.text.slice(p.start, p.end).includes('views of children looked after'))!;
  const missing = (s: string) => similarity(model, tokensIn(makeDoc(text(s)), 0, s.length), passage.tokens, lex).missing;

  it('meets "children in care" with "children looked after" as a whole phrase', () => {
    expect(missing('The virtual school considers the views of children in care.')).toEqual([]);
  });

  it('leaves a word outside any phrase missing ("custody" is no kind of care)', () => {
    expect(missing('The virtual school considers the views of children in custody.')).toContain('custody');
  });
});
