import type { CheckResult, ClaimResult } from '../types.js';
import { chosenReports, diffText, evidenceLocator, isProblem, oneLine, outsideText, VERDICT_LETTER } from './common.js';
import { markdownCode as code, markdownText as md } from './sanitize.js';

// every text from a draft, a source or a file name goes through `md` or `code`: GitHub renders
// this (the step summary too), and raw HTML or a link in a draft must show as text
const escapeCell = (s: string) => md(s.replace(/\s+/g, ' ').trim());
const quoteBlock = (s: string) => s.split(/\r\n|\r|\n/).map((l) => `> ${md(l)}`).join('\n');

/** A review report to paste into an email or a pull request: counts, a table of every claim,
 * then each problem with its evidence quoted and located. */
export function formatMarkdown(result: CheckResult): string {
  const out: string[] = ['# claimcheck report', ''];
  for (const line of chosenReports(result)) out.push(`**${line.slice(0, line.indexOf(':'))}**${line.slice(line.indexOf(':'))}`, '');
  const s = result.summary;
  out.push(`Sources: ${result.sources.map((x) => `${md(x.id)} ${md(x.title)} (${code(x.path)})`).join('; ')}`, '');
  out.push('| verbatim | paraphrased | unsupported | contradictory | unchecked |', '| --- | --- | --- | --- | --- |');
  out.push(`| ${s.verbatim} | ${s.paraphrased} | ${s.unsupported} | ${s.contradictory} | ${s.unchecked} |`, '');
  if (result.scope) out.push(`Only lines changed since ${code(result.scope.changedSince)} are reported; ${outsideText(result.scope.outside)}.`, '');
  if (result.gate) out.push(result.gate.passed ? '**Gate passed.**' : `**Gate failed:** ${result.gate.failures} claim(s) fail on ${result.gate.failOn.join(', ')}.`, '');
  for (const doc of result.documents) {
    out.push(`## ${md(doc.path)}`, '');
    for (const n of doc.notices) out.push(`> **Note:** ${md(n.message)} (${code(n.rule)})`, '');
    out.push('| | verdict | line | claim | evidence |', '| --- | --- | --- | --- | --- |');
    for (const c of doc.claims) {
      const mark = c.gate === 'fail' ? '**fail**' : c.gate === 'suppressed' ? 'suppressed' : '';
      out.push(`| ${VERDICT_LETTER[c.verdict]} ${mark} | ${c.verdict} | ${c.span.line} | ${escapeCell(oneLine(c.text, 90))} | ${escapeCell(evidenceLocator(c))} |`);
    }
    out.push('');
    const problems = doc.claims.filter(isProblem);
    if (problems.length) out.push('### To look at', '');
    for (const c of problems) out.push(...problem(doc.path, c));
  }
  return out.join('\n').trimEnd() + '\n';
}

function problem(path: string, c: ClaimResult): string[] {
  const out = [`#### ${c.verdict}: ${md(path)}:${c.span.line}:${c.span.column}`, '', quoteBlock(c.text), ''];
  for (const r of c.reasons) out.push(`- ${md(r.message)} (${code(r.rule)})`);
  if (c.diff) out.push(`- Word diff (\`[-source-]\` \`{+draft+}\`): ${md(diffText(c.diff))}`);
  const e = c.evidence[0];
  if (e) out.push('', c.verdict === 'unsupported' ? `Nearest passage, ${md(e.locator)}:` : `Evidence, ${md(e.locator)}:`, '', quoteBlock(e.text));
  out.push('');
  return out;
}
