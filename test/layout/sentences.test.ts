import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/layout/sentences.js';

/** Where the boundary pattern with its look-ahead (what a sentence boundary is) finds boundaries.
 * (A single full stop is also tested for an abbreviation before it; the texts below have none.) */
function boundaries(text: string): number[] {
  const pattern = /([.!?]+|\.\.\.|…)(["'”’)\]]*)(\s+)(?=["'“‘([]?[\p{Lu}\p{N}•-])/gu;
  return [...text.matchAll(pattern)].map((m) => m.index! + m[0].length);
}

describe('sentence boundaries', () => {
  // stops (no single full stop, which is also tested for an abbreviation), closers and spaces
  // before capitals, digits (beyond ASCII too), bullets, dashes, opening marks and lower case
  const pieces = ['The', 'report', 'It', 'a', '..', '...', '…', '!', '?', ' ', '  ', '\n', '"', "'", '“', '”', '‘', '’', '(', ')', '[', ']', '•', '-', '7', '٣', 'É', 'é', '𝐀', 'Ω'];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((xs) => xs.join(''));

  it('splits where the look-ahead pattern finds a sentence opening', () => {
    fc.assert(
      fc.property(text, (t) => {
        const starts = splitSentences(t).slice(1).map(([s]) => s);
        // each sentence after the first starts at a boundary the pattern finds (or at a later
        // non-space, since a sentence's range is trimmed)
        const found = boundaries(t);
        expect(starts.length).toBe(found.filter((b) => b < t.length && /\S/.test(t.slice(b))).length);
        for (const s of starts) expect(found).toContain(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the usual cases', () => {
    const text = 'Inspectors found it good. “Leaders know their services.” 2023 was different… (It was.) Not here. e.g. this';
    expect(splitSentences(text).map(([s, e]) => text.slice(s, e))).toEqual(['Inspectors found it good.', '“Leaders know their services.”', '2023 was different…', '(It was.)', 'Not here. e.g. this']);
  });
});
