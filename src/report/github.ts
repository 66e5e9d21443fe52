import { relative } from 'node:path';
import type { CheckResult } from '../types.js';
import { chosenReports, evidenceLocator, isProblem, oneLine } from './common.js';
import { LEVELS, levelOf } from '../severity.js';

// GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One annotation per claim to look at, at its level (src/report/severity.ts). */
export function formatGithub(result: CheckResult, options: { cwd: string }): string {
  const lines: string[] = chosenReports(result).map((line) => `::notice title=${escapeProperty('claimcheck: report chosen')}::${escapeData(line)}`);
  for (const doc of result.documents) {
    const file = relative(options.cwd, doc.path) || doc.path;
    for (const n of doc.notices) lines.push(`::warning file=${escapeProperty(file)},title=${escapeProperty(`claimcheck ${n.rule}`)}::${escapeData(n.message)}`);
    for (const c of doc.claims) {
      if (!isProblem(c) || c.gate === 'unchanged' || c.gate === 'suppressed') continue;
      const command = LEVELS[levelOf(c)].github;
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${c.span.line}`,
        `col=${c.span.column}`,
        `endLine=${c.span.endLine}`,
        `endColumn=${c.span.endColumn}`,
        `title=${escapeProperty(`claimcheck: ${c.verdict} ${c.kind}`)}`,
      ];
      const message = `${oneLine(c.text, 100)} — ${c.reasons[0]?.message ?? c.verdict}${c.evidence[0] ? ` (${evidenceLocator(c)})` : ''}`;
      lines.push(`::${command} ${props.join(',')}::${escapeData(message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
