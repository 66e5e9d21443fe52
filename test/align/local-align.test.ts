import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignBound, localAlign } from '../../src/align/align.js';
import type { Token } from '../../src/ingest/tokens.js';

const tokens = (stems: string[]) => stems.map((stem, i) => ({ word: stem, stem, start: i * 2, end: i * 2 + 1 }) as Token);

/** The full-matrix Smith–Waterman with its walk back, as the two-row version must answer. */
function fullMatrix(claim: Token[], passage: Token[]) {
  const [n, m] = [claim.length, passage.length];
  const H = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  let [best, bi, bj] = [0, 0, 0];
  for (let i = 1; i <= n; i++)
    for (let j = 1; j <= m; j++) {
      const s = claim[i - 1]!.stem === passage[j - 1]!.stem ? 2 : -1;
      H[i]![j] = Math.max(0, H[i - 1]![j - 1]! + s, H[i - 1]![j]! - 1, H[i]![j - 1]! - 1);
      if (H[i]![j]! > best) [best, bi, bj] = [H[i]![j]!, i, j];
    }
  let [i, j, matched] = [bi, bj, 0];
  while (i > 0 && j > 0 && H[i]![j]! > 0) {
    const same = claim[i - 1]!.stem === passage[j - 1]!.stem;
    if (H[i]![j] === H[i - 1]![j - 1]! + (same ? 2 : -1)) {
      if (same) matched++;
      i--;
      j--;
    } else if (H[i]![j] === H[i - 1]![j]! - 1) i--;
    else j--;
  }
  return { from: j, to: bj, matched, claimFrom: i, claimTo: bi };
}

describe('localAlign', () => {
  it('finds the matching stretch of a passage', () => {
    const r = localAlign(tokens('leader are very effect'.split(' ')), tokens('senior leader are effect and ambiti'.split(' ')));
    expect(r).toEqual({ from: 1, to: 4, matched: 3, claimFrom: 0, claimTo: 4 });
  });
  it('answers as the full matrix and its walk back do, in two rows', () => {
    const stems = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 14 });
    fc.assert(fc.property(stems, stems, (c, p) => {
      expect(localAlign(tokens(c), tokens(p))).toEqual(fullMatrix(tokens(c), tokens(p)));
    }), { numRuns: 2000 });
  });
  it('answers as the full matrix where many claim words are missing from the passage (rows filled at once)', () => {
    const claim = fc.array(fc.constantFrom('a', 'b', 'x', 'y', 'z', 'w'), { maxLength: 30 });
    const passage = fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 10 });
    fc.assert(fc.property(claim, passage, (c, p) => {
      expect(localAlign(tokens(c), tokens(p))).toEqual(fullMatrix(tokens(c), tokens(p)));
    }), { numRuns: 2000 });
  });
});

describe('alignBound', () => {
  it('counts the words either side could pair, the fewer of the two', () => {
    // the claim's 'leader' twice and 'effect' meet the passage; the passage has 'leader' once and 'effect' once
    expect(alignBound(tokens('leader leader are effect'.split(' ')), tokens('senior leader and effect'.split(' ')))).toBe(2);
    expect(alignBound(tokens('children are safe'.split(' ')), tokens('senior leader'.split(' ')))).toBe(0);
  });
  it('is never below what the alignment matches', () => {
    const stems = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 16 });
    fc.assert(fc.property(stems, stems, (c, p) => {
      expect(alignBound(tokens(c), tokens(p))).toBeGreaterThanOrEqual(localAlign(tokens(c), tokens(p)).matched);
    }), { numRuns: 2000 });
  });
});
