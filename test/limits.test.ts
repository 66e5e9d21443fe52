import { describe, expect, it } from 'vitest';
import { check } from '../src/check.js';
import { rules, source, text } from './helpers.js';

describe('limits', () => {
  it('a draft with more claims than the limit is an input error naming the file and the limit', () => {
    const draft = text('\u201Cstaff describe leaders\u201D '.repeat(60), 'dump.txt');
    expect(() => check([draft], [source()], { rules, maxClaims: 50 })).toThrow(/^dump\.txt: has more than 50 claims, the limit per draft \(raise it with --max-claims\)$/);
    expect(check([draft], [source()], { rules, maxClaims: 60 }).documents[0]!.claims).toHaveLength(60);
  });

  it('a line with no sentence ends is matched in pieces, each with an exact span', () => {
    const words = 'Staff describe leaders as approachable visible and supportive and '.repeat(120);
    const claims = check([text(words)], [source()], { rules }).documents[0]!.claims;
    expect(claims.length).toBeGreaterThanOrEqual(5);
    for (const c of claims) expect(words.slice(c.span.start, c.span.end)).toBe(c.text);
    expect(Math.max(...claims.map((c) => c.text.split(/\s+/).length))).toBeLessThanOrEqual(200);
  });
});
