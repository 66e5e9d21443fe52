import { describe, expect, it } from 'vitest';
import { isContentWord, stem, withoutPossessive, words } from '../../src/ingest/tokens.js';

describe('words of a plain string', () => {
  it.each([
    // lower-case ASCII words with single spaces (most rule phrases), and every other shape
    ['lead inspector', ['lead', 'inspector']],
    ['inspector', ['inspector']],
    ['  lead   inspector ', ['lead', 'inspector']],
    ['Lead Inspector', ['lead', 'inspector']],
    ["his majesty\u2019s inspector", ["his", "majesty's", 'inspector']],
    ['the \ufb01ndings', ['the', 'findings']],
    ['children & families', ['children', '&', 'families']],
    ['well-led services', ['well', 'led', 'services']],
    ['£46m, 24%', ['£', '46m', '24', '%']],
    ['', []],
  ])('%j', (text, expected) => expect(words(text)).toEqual(expected));
});

describe('stems and content words', () => {
  it('stems a word once its possessive is dropped, and leaves numbers as they are', () => {
    expect(stem("children's")).toBe(stem('children'));
    expect(stem('inspectors')).toBe(stem('inspector'));
    expect(stem('2019')).toBe('2019');
  });

  it('counts neither stop words nor symbols as content', () => {
    expect(['the', '&', '%', '£', '$', '€', 'inspector', '&&'].map(isContentWord)).toEqual([false, false, false, false, false, false, true, true]);
  });

  it("drops a possessive 's, and only that", () => {
    expect(["council's", "councils'", 'boss', "'s", "it's done"].map(withoutPossessive)).toEqual(['council', "councils'", 'boss', '', "it's done"]);
  });
});
