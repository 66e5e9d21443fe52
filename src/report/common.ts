import type { CheckResult, ClaimResult, DiffPart, Verdict } from '../types.js';

export const VERDICT_LETTER: Record<Verdict, string> = { verbatim: 'V', paraphrased: 'P', unsupported: 'U', contradictory: 'C', unchecked: '-' };

/** One line of a claim's text, cut to `max` characters. */
export function oneLine(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 3) + '...' : flat;
}

/** A word diff readable without colour: [-only in the source-] {+only in the draft+}. */
export function diffText(diff: DiffPart[]): string {
  return diff.map((d) => (d.op === 'equal' ? d.text : d.op === 'delete' ? `[-${d.text}-]` : `{+${d.text}+}`)).join(' ');
}

/** What is wrong with a claim a reader has to act on, worst first; the order the text and HTML
 * reports list them in. */
export const PROBLEMS = ['contradictory', 'unsupported quote', 'misquote', 'unsupported'] as const;
export type Problem = (typeof PROBLEMS)[number];

export function problemOf(claim: ClaimResult): Problem | undefined {
  if (claim.verdict === 'contradictory') return 'contradictory';
  if (claim.verdict === 'unsupported') return claim.kind === 'quote' ? 'unsupported quote' : 'unsupported';
  return claim.diff !== undefined ? 'misquote' : undefined;
}

/** The claims a reader has to act on: contradictions, unsupported claims, misquotes. */
export function isProblem(claim: ClaimResult): boolean {
  return problemOf(claim) !== undefined;
}

/** A draft's problems worst first, then in draft order; suppressed ones are not among them. */
export function problemsFirst(claims: ClaimResult[]): ClaimResult[] {
  const rank = (c: ClaimResult) => PROBLEMS.indexOf(problemOf(c)!);
  return claims.filter((c) => isProblem(c) && c.gate !== 'suppressed').sort((a, b) => rank(a) - rank(b) || a.span.start - b.span.start);
}

/** "10 verbatim, 3 paraphrased": the counts that are not zero, in verdict order. */
export function countsText(counts: Partial<Record<string, number>>, order: readonly string[]): string {
  return order.filter((k) => counts[k]).map((k) => `${counts[k]} ${k}`).join(', ');
}

/** The sources a result was checked against, for the top of a report. */
export function sourcesLine(result: CheckResult): string {
  return `Checked against ${result.sources.map((s) => `${s.id} "${s.title}" (${s.path})`).join('; ')}`;
}

/** Where the claim's evidence is; for an unsupported claim, only the nearest passage. */
export function evidenceLocator(claim: ClaimResult): string {
  const e = claim.evidence[0];
  if (!e) return '';
  return claim.verdict === 'unsupported' ? `nearest: ${e.locator}` : e.locator;
}

/** The rule a claim is reported under: its first reason's rule, or its verdict. */
export function ruleOf(claim: ClaimResult): string {
  return claim.reasons[0]?.rule ?? `verdict/${claim.verdict}`;
}

/** How many claims --changed-since left out of a report. */
export const outsideText = (n: number): string => `${n} claim${n === 1 ? '' : 's'} outside the change ${n === 1 ? 'is' : 'are'} left out`;
/** With a corpus index, the report(s) chosen and why, one line each, for the top of every format:
 * "Report: Inspection of … (reports/x.pdf): subject X, inspected 4 to 15 December 2023, 9 of 11 quotes found verbatim". */
export function chosenReports(result: CheckResult): string[] {
  return (result.corpus?.chosen ?? []).map((c, i) => `${i === 0 ? 'Report' : 'Also'}: ${oneLine(c.title, 100)} (${c.path}): ${c.reason}`);
}
