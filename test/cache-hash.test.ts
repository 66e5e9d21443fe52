import { describe, expect, it } from 'vitest';
import { cacheHash } from '../src/cache-hash.js';

describe('the cache hash', () => {
  it('is 16 hex digits, the same for the same parts', () => {
    expect(cacheHash('report text', 'S1')).toMatch(/^[0-9a-f]{16}$/);
    expect(cacheHash('report text', 'S1')).toBe(cacheHash('report text', 'S1'));
  });

  it('tells parts apart from their joins, and a change of one character anywhere', () => {
    const text = 'Inspectors found that leaders know their services well. '.repeat(50);
    const hashes = [
      cacheHash('ab', 'c'),
      cacheHash('a', 'bc'),
      cacheHash('abc'),
      cacheHash('abc', ''),
      cacheHash(text),
      cacheHash(text.replace('well', 'welL')),
      cacheHash(`${text.slice(0, -1)}!`),
      cacheHash('\u2019s'),
      cacheHash("'s"),
    ];
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('spreads close inputs over both halves of the hash', () => {
    // one character changed moves each half: a weak mix would leave one half the same
    const pairs = Array.from({ length: 200 }, (_, i) => [cacheHash(`model ${i}`), cacheHash(`model ${i + 1}`)] as const);
    for (const [a, b] of pairs) {
      expect(a.slice(0, 8)).not.toBe(b.slice(0, 8));
      expect(a.slice(8)).not.toBe(b.slice(8));
    }
    expect(new Set(pairs.map(([a]) => a)).size).toBe(200);
  });
});
