import type { CheckResult, ClaimResult, Verdict } from '../types.js';
import { chosenReports, diffText, evidenceLocator, oneLine, VERDICT_LETTER } from './common.js';

const COLOUR: Record<Verdict, string> = { verbatim: '32', paraphrased: '36', unsupported: '33', contradictory: '31', unchecked: '90' };

/** A readable report: per draft, one line per claim with verdict, place, reason and evidence locator. */
export function formatText(result: CheckResult, options: { color: boolean }): string {
  const paint = (v: Verdict, s: string) => (options.color ? `\u001b[${COLOUR[v]}m${s}\u001b[0m` : s);
  const lines: string[] = chosenReports(result);
  if (lines.length) lines.push('');
  for (const doc of result.documents) {
    lines.push(doc.path);
    for (const n of doc.notices) lines.push(`  ! ${n.message} [${n.rule}]`);
    for (const c of doc.claims) lines.push(...claimLines(doc.path, c, paint));
    lines.push('');
  }
  const s = result.summary;
  lines.push(`${s.verbatim} verbatim, ${s.paraphrased} paraphrased, ${s.unsupported} unsupported, ${s.contradictory} contradictory, ${s.unchecked} unchecked`);
  if (result.gate) lines.push(result.gate.passed ? 'gate passed' : `gate failed: ${result.gate.failures} claim(s) fail on ${result.gate.failOn.join(', ')}`);
  return lines.join('\n') + '\n';
}

function claimLines(path: string, c: ClaimResult, paint: (v: Verdict, s: string) => string): string[] {
  const where = `${path}:${c.span.line}:${c.span.column}`;
  const evidence = c.evidence[0] ? ` (${evidenceLocator(c)})` : '';
  const mark = c.gate === 'fail' ? ' FAIL' : c.gate === 'suppressed' ? ` suppressed by ${c.suppressed?.by ?? 'marker'}` : '';
  const lines = [`  ${paint(c.verdict, `${VERDICT_LETTER[c.verdict]} ${c.verdict.padEnd(13)}`)} ${where}  ${c.kind} "${oneLine(c.text)}"${mark}`];
  lines.push(`      ${c.reasons[0]?.message ?? ''}${evidence}`);
  if (c.diff) lines.push(`      diff: ${diffText(c.diff)}`);
  return lines;
}
