import type { CheckResult, ClaimResult, Verdict } from '../types.js';

const LETTER: Record<Verdict, string> = { verbatim: 'V', paraphrased: 'P', unsupported: 'U', contradictory: 'C', unchecked: '-' };
const COLOUR: Record<Verdict, string> = { verbatim: '32', paraphrased: '36', unsupported: '33', contradictory: '31', unchecked: '90' };

/** A readable report: per draft, one line per claim with verdict, place, reason and evidence locator. */
export function formatText(result: CheckResult, options: { color: boolean }): string {
  const paint = (v: Verdict, s: string) => (options.color ? `\u001b[${COLOUR[v]}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  for (const doc of result.documents) {
    lines.push(doc.path);
    for (const n of doc.notices) lines.push(`  ! ${n.message} [${n.rule}]`);
    for (const c of doc.claims) lines.push(claimLine(doc.path, c, paint));
    lines.push('');
  }
  const s = result.summary;
  lines.push(`${s.verbatim} verbatim, ${s.paraphrased} paraphrased, ${s.unsupported} unsupported, ${s.contradictory} contradictory, ${s.unchecked} unchecked`);
  return lines.join('\n') + '\n';
}

function claimLine(path: string, c: ClaimResult, paint: (v: Verdict, s: string) => string): string {
  const text = c.text.replace(/\s+/g, ' ');
  const short = text.length > 70 ? text.slice(0, 67) + '...' : text;
  const where = `${path}:${c.span.line}:${c.span.column}`;
  const evidence = c.evidence[0] ? ` (${c.evidence[0].locator})` : '';
  const reason = c.reasons[0]?.message ?? '';
  return `  ${paint(c.verdict, `${LETTER[c.verdict]} ${c.verdict.padEnd(13)}`)} ${where}  ${c.kind} "${short}"\n      ${reason}${evidence}`;
}
