import type { ReportFacts } from '../layout/facts.js';
import { formatLocator } from './locator.js';

/** `claimcheck facts` as text: one block per report. */
export function formatFacts(f: ReportFacts): string {
  const when = (w: ReportFacts['grades'][number]['when']) => (typeof w === 'string' ? '' : ` (${w.year})`);
  const lines = [
    f.path,
    `  profile:    ${f.profile}`,
    `  subject:    ${f.subject ?? '(not found)'}`,
    `  inspection: ${f.dates.inspection ? `${f.dates.inspection.start} to ${f.dates.inspection.end}` : '(no dates found)'}`,
    `  published:  ${f.dates.published ?? '(not found)'}`,
    `  grades:     ${f.grades.length ? '' : 'none'}`,
    ...f.grades.map((g) => `    ${g.overall ? '* ' : '  '}${g.subject}: ${g.term}${when(g.when)}  [${g.scale} ${g.level}; ${formatLocator(g.locator)}]`),
    `  passages:   ${Object.entries(f.passages).map(([k, n]) => `${k} ${n}`).join(', ')}`,
  ];
  return lines.join('\n') + '\n';
}
