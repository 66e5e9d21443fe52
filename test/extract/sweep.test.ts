import { describe, expect, it } from 'vitest';
import { RangeIndex } from '../../src/extract/sweep.js';

const ranges = (xs: Array<[number, number]>) => new RangeIndex(xs, (r) => r[0], (r) => r[1]);

describe('RangeIndex: binary search that answers as the scan does', () => {
  const sentences: Array<[number, number]> = [[0, 10], [10, 25], [30, 31], [31, 60]];
  it('finds the range holding a position, or none in a gap', () => {
    for (let at = -1; at < 62; at++) expect(ranges(sentences).at(at)).toBe(sentences.find(([s, e]) => s <= at && at < e));
  });
  it('lists the ranges meeting a stretch and those starting in it', () => {
    const quotes: Array<[number, number]> = [[2, 5], [8, 40], [41, 44], [50, 80]];
    for (let a = 0; a < 85; a += 3) for (let b = a + 1; b < 90; b += 7) {
      expect(ranges(quotes).meeting(a, b)).toEqual(quotes.filter(([s, e]) => s < b && e > a));
      expect(ranges(quotes).startingIn(a, b)).toEqual(quotes.filter(([s]) => s >= a && s < b));
    }
  });
  it('falls back to the scan when ends are out of order (a quote nested in another)', () => {
    const nested: Array<[number, number]> = [[0, 50], [10, 20], [30, 60]];
    expect(ranges(nested).meeting(25, 35)).toEqual([[0, 50], [30, 60]]);
    expect(ranges(nested).at(15)).toEqual([0, 50]);
  });
});
