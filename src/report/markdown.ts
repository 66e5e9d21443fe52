import type { CheckResult, ClaimResult } from '../types.js';
import { chosenReports, diffText, evidenceLocator, isProblem, oneLine, VERDICT_LETTER } from './common.js';

const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const quoteBlock = (s: string) => s.split(/\r?\n/).map((l) => `> ${l}`).join('\n');

/** A review report to paste into an email or a pull request: counts, a table of every claim,
 * then each problem with its evidence quoted and located. */
export function formatMarkdown(result: CheckResult): string {
  const out: string[] = ['# claimcheck report', ''];
  for (const line of chosenReports(result)) out.push(`**${line.slice(0, line.indexOf(':'))}**${line.slice(line.indexOf(':'))}`, '');
  const s = result.summary;
  out.push(`Sources: ${result.sources.map((x) => `${x.id} ${x.title} (\`${x.path}\`)`).join('; ')}`, '');
  out.push('| verbatim | paraphrased | unsupported | contradictory | unchecked |', '| --- | --- | --- | --- | --- |');
  out.push(`| ${s.verbatim} | ${s.paraphrased} | ${s.unsupported} | ${s.contradictory} | ${s.unchecked} |`, '');
  if (result.gate) out.push(result.gate.passed ? '**Gate passed.**' : `**Gate failed:** ${result.gate.failures} claim(s) fail on ${result.gate.failOn.join(', ')}.`, '');
  for (const doc of result.documents) {
    out.push(`## ${doc.path}`, '');
    for (const n of doc.notices) out.push(`> **Note:** ${n.message} (\`${n.rule}\`)`, '');
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
  const out = [`#### ${c.verdict}: ${path}:${c.span.line}:${c.span.column}`, '', quoteBlock(c.text), ''];
  for (const r of c.reasons) out.push(`- ${r.message} (\`${r.rule}\`)`);
  if (c.diff) out.push(`- Word diff (\`[-source-]\` \`{+draft+}\`): ${diffText(c.diff)}`);
  const e = c.evidence[0];
  if (e) out.push('', c.verdict === 'unsupported' ? `Nearest passage, ${e.locator}:` : `Evidence, ${e.locator}:`, '', quoteBlock(e.text));
  out.push('');
  return out;
}
