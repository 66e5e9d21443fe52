import type { CheckResult, ClaimResult, DocumentResult, Verdict } from '../types.js';
import { VERDICTS } from '../types.js';
import { chosenReports, countsText, diffText, outsideText, evidenceLocator, oneLine, problemOf, problemsFirst, sourcesLine, VERDICT_LETTER } from './common.js';

const COLOUR: Record<Verdict, string> = { verbatim: '32', paraphrased: '36', unsupported: '33', contradictory: '31', unchecked: '90' };

/** problems: the problems worst first, the rest as counts; all: every claim in draft order;
 * quiet: the problems and nothing else. */
export type TextDetail = 'problems' | 'all' | 'quiet';

type Paint = (v: Verdict, s: string) => string;

/** A readable report: the sources at the top, then per draft the problems (or, with `all`, every
 * claim) with verdict, place, reason, evidence locator and a misquote's word diff. */
export function formatText(result: CheckResult, options: { color: boolean; detail?: TextDetail }): string {
  const detail = options.detail ?? 'problems';
  const paint: Paint = (v, s) => (options.color ? `\u001b[${COLOUR[v]}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  if (detail !== 'quiet') lines.push(sourcesLine(result), '');
  const chosen = chosenReports(result);
  if (chosen.length) lines.push(...chosen, '');
  for (const doc of result.documents) {
    const shown = detail === 'all' ? doc.claims : problemsFirst(doc.claims);
    if (detail === 'quiet' && !shown.length && !doc.notices.length) continue;
    lines.push(doc.path);
    for (const n of doc.notices) lines.push(`  ! ${n.message} [${n.rule}]`);
    for (const c of shown) lines.push(...claimLines(doc.path, c, paint, detail !== 'all'));
    if (detail === 'problems') lines.push(`  ${rest(doc, shown)}`);
    lines.push('');
  }
  if (detail === 'quiet') return lines.join('\n');
  if (result.scope) lines.push(`Only lines changed since ${result.scope.changedSince} are reported; ${outsideText(result.scope.outside)}.`);
  const s = result.summary;
  lines.push(`${s.verbatim} verbatim, ${s.paraphrased} paraphrased, ${s.unsupported} unsupported, ${s.contradictory} contradictory, ${s.unchecked} unchecked`);
  if (result.gate) lines.push(result.gate.passed ? 'gate passed' : `gate failed: ${result.gate.failures} claim(s) fail on ${result.gate.failOn.join(', ')}`);
  return lines.join('\n') + '\n';
}

/** The claims not listed, folded into one line of counts. */
function rest(doc: DocumentResult, shown: ClaimResult[]): string {
  const listed = new Set(shown);
  const others = doc.claims.filter((c) => !listed.has(c));
  if (!shown.length && !others.length) return 'no claims';
  const counts: Record<string, number> = {};
  for (const c of others) {
    const key = c.gate === 'suppressed' ? 'suppressed' : c.verdict;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  const folded = countsText(counts, [...VERDICTS, 'suppressed']);
  const head = shown.length ? `${shown.length} problem${shown.length === 1 ? '' : 's'} above` : 'no problems';
  return folded ? `${head}; also ${folded} (--all lists every claim)` : head;
}

function claimLines(path: string, c: ClaimResult, paint: Paint, byProblem: boolean): string[] {
  const where = `${path}:${c.span.line}:${c.span.column}`;
  const evidence = c.evidence[0] ? ` (${evidenceLocator(c)})` : '';
  const mark = c.gate === 'fail' ? ' FAIL' : c.gate === 'suppressed' ? ` suppressed by ${c.suppressed?.by ?? 'marker'}` : '';
  const label = byProblem && problemOf(c) === 'misquote' ? 'misquote' : c.verdict;
  const lines = [`  ${paint(c.verdict, `${VERDICT_LETTER[c.verdict]} ${label.padEnd(13)}`)} ${where}  ${c.kind} "${oneLine(c.text)}"${mark}`];
  lines.push(`      ${c.reasons[0]?.message ?? ''}${evidence}`);
  if (c.diff) lines.push(`      diff: ${diffText(c.diff)}`);
  return lines;
}
