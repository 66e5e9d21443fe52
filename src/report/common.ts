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

/** The claims a reader has to act on: the gate's failures, then everything not verbatim or paraphrased. */
export function isProblem(claim: ClaimResult): boolean {
  return claim.verdict === 'contradictory' || claim.verdict === 'unsupported' || claim.diff !== undefined;
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

/** With a corpus index, the report(s) chosen and why, one line each, for the top of every format:
 * "Report: Inspection of … (reports/x.pdf): subject X, inspected 4 to 15 December 2023, 9 of 11 quotes found verbatim". */
export function chosenReports(result: CheckResult): string[] {
  return (result.corpus?.chosen ?? []).map((c, i) => `${i === 0 ? 'Report' : 'Also'}: ${oneLine(c.title, 100)} (${c.path}): ${c.reason}`);
}
