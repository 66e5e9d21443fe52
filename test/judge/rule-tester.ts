import { expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { rules, text } from '../helpers.js';
import type { Verdict } from '../../src/types.js';

/** One row of a rule table: a draft claim checked against a small source, and what must come out. */
export interface RuleCase {
  source: string;
  claim: string;
  verdict: Verdict;
  /** The rule id (or its prefix) one of the reasons must carry. */
  rule?: string;
}

/** ESLint-style table tests: `valid` rows must not be contradictory, `invalid` rows must match. */
export function ruleTester(tables: { valid: RuleCase[]; invalid: RuleCase[] }): void {
  for (const row of [...tables.valid, ...tables.invalid]) {
    it(`${row.verdict}: ${row.claim}`, () => {
      const result = check([text(row.claim)], [text(row.source, 'source.txt')], { rules });
      const claims = result.documents[0]!.claims.filter((c) => c.kind !== 'statement');
      const hit = claims.find((c) => c.verdict === row.verdict && (!row.rule || c.reasons.some((r) => r.rule.startsWith(row.rule!))));
      expect(hit, JSON.stringify(claims.map((c) => [c.text, c.verdict, c.reasons[0]?.rule]))).toBeDefined();
      if (tables.valid.includes(row)) expect(claims.some((c) => c.verdict === 'contradictory')).toBe(false);
    });
  }
}
