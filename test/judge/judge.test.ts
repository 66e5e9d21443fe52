import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { rules, text } from '../helpers.js';
import { REINSPECTION } from '../judgement-tables.js';

/** The sentence-level claim of a one-sentence draft, as checked against the re-inspection. */
const sentenceClaim = (sentence: string) => check([text(sentence)], [text(REINSPECTION, 'source.txt')], { rules }).documents[0]!.claims.find((c) => c.kind === 'claim');

describe('a claim that says no more than its facts', () => {
  it('is borne out when every grade and year in it is', () => {
    const c = sentenceClaim('Northshire Council, which was given the lowest grade in 2019, is now rated as requiring improvement overall by inspectors.');
    expect(c?.verdict).toBe('paraphrased');
    expect(c?.reasons[0]?.rule).toBe('match/facts');
  });

  it('is contradicted when one of its grades is', () => {
    const c = sentenceClaim('Northshire Council, which was given the lowest grade in 2019, is now rated as outstanding overall by inspectors.');
    expect(c?.verdict).toBe('contradictory');
    expect(c?.reasons[0]?.rule).toBe('match/facts');
  });

  it('is judged by its own words when they say more than its facts', () => {
    const c = sentenceClaim('Northshire Council, rated as requiring improvement overall, has failed for years to find foster homes for teenagers with complex needs.');
    expect(c).toBeDefined();
    expect(c?.reasons.some((r) => r.rule === 'match/facts')).toBe(false);
  });
});
