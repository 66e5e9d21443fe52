import { check } from '../check.js';
import type { ClaimResult, Verdict } from '../types.js';
import type { RuleExample, RuleSet } from './rule-set.js';

/** One row of a rule's table, as in ESLint's RuleTester: a draft sentence checked against a source
 * passage with only the rule under test switched on. */
export interface RuleTestRow {
  /** The draft's sentence. */
  claim: string;
  /** The source's passage (any text a report could hold: a paragraph, a table row). */
  source: string;
  /** The verdict some claim of the sentence must get. */
  verdict: Verdict;
  /** The message the rule must report (required for invalid rows). */
  messageId?: string;
  /** The draft's words that message must be about. */
  span?: string;
}

export interface RuleTable {
  /** Rows the rule must not find a problem in. */
  valid: RuleTestRow[];
  /** Rows the rule must report on, with the message, verdict and span given. */
  invalid: RuleTestRow[];
}

const PROBLEMS: readonly Verdict[] = ['contradictory', 'unsupported'];

/** A rule's `examples:` as table rows: one that ends in a problem is invalid, any other valid. */
export function examplesTable(examples: RuleExample[]): RuleTable {
  const rows = examples.map((e) => ({ claim: e.claim, source: e.source, verdict: e.verdict as Verdict, messageId: e.messageId, span: e.span }));
  return { valid: rows.filter((r) => !PROBLEMS.includes(r.verdict)), invalid: rows.filter((r) => PROBLEMS.includes(r.verdict)) };
}

/** Runs one row with only `ruleId` on; returns what is wrong with the outcome, or undefined. */
export function testRow(rules: RuleSet, ruleId: string, row: RuleTestRow, kind: 'valid' | 'invalid'): string | undefined {
  if (!rules.get(ruleId)) return `no rule with id '${ruleId}'`;
  if (kind === 'invalid' && !row.messageId) return 'an invalid row needs the messageId the rule must report';
  const result = check([{ path: 'draft.txt', text: row.claim, format: 'text' }], [{ path: 'source.txt', text: row.source, format: 'text' }], { rules: rules.only(ruleId) });
  const claims = result.documents[0]!.claims.filter((c) => c.kind !== 'statement');
  const prefix = `${ruleId}/`;
  const ours = (c: ClaimResult) => c.reasons.filter((r) => r.rule.startsWith(prefix));
  const wanted = (c: ClaimResult) =>
    ours(c).some((r) => (!row.messageId || r.rule === prefix + row.messageId) && (!row.span || (r.place && row.claim.slice(r.place.start, r.place.end) === row.span)));
  const hit = claims.find((c) => c.verdict === row.verdict && wanted(c));
  const seen = () =>
    claims.length
      ? claims.map((c) => `'${c.text}' ${c.verdict}${ours(c).map((r) => ` ${r.rule}${r.place ? ` at '${row.claim.slice(r.place.start, r.place.end)}'` : ''}`).join('')}`).join('; ')
      : 'no claim';
  if (kind === 'valid') {
    const problem = claims.find((c) => PROBLEMS.includes(c.verdict) && ours(c).length);
    if (problem) return `the rule reports a problem: ${seen()}`;
    if (!claims.some((c) => c.verdict === row.verdict) || (row.messageId && !hit)) return `expected ${row.verdict}${row.messageId ? ` with ${prefix}${row.messageId}` : ''}; got ${seen()}`;
    return undefined;
  }
  return hit ? undefined : `expected ${row.verdict} with ${prefix}${row.messageId}${row.span ? ` at '${row.span}'` : ''}; got ${seen()}`;
}

/** Every row of a table; the failures, each with its row. */
export function testRule(rules: RuleSet, ruleId: string, table: RuleTable): Array<{ row: RuleTestRow; kind: 'valid' | 'invalid'; problem: string }> {
  const failures: Array<{ row: RuleTestRow; kind: 'valid' | 'invalid'; problem: string }> = [];
  for (const kind of ['valid', 'invalid'] as const) {
    for (const row of table[kind]) {
      const problem = testRow(rules, ruleId, row, kind);
      if (problem) failures.push({ row, kind, problem });
    }
  }
  return failures;
}
