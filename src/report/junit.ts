import type { CheckResult } from '../types.js';
import { chosenReports, oneLine } from './common.js';
import { xmlChars } from './sanitize.js';

const xml = (s: string) =>
  xmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JUnit XML: one testsuite per draft, one testcase per checked claim, a failure for each the gate fails. */
export function formatJunit(result: CheckResult): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const checked = result.documents.map((d) => d.claims.filter((c) => c.verdict !== 'unchecked'));
  const total = checked.reduce((n, cs) => n + cs.length, 0);
  const failed = checked.reduce((n, cs) => n + cs.filter((c) => c.gate === 'fail').length, 0);
  out.push(`<testsuites name="claimcheck" tests="${total}" failures="${failed}">`);
  const chosen = chosenReports(result);
  if (chosen.length) out.push('  <properties>', ...chosen.map((line, i) => `    <property name="report${i ? `.${i + 1}` : ''}" value="${xml(line)}"/>`), '  </properties>');
  result.documents.forEach((doc, i) => {
    const claims = checked[i]!;
    const failures = claims.filter((c) => c.gate === 'fail').length;
    const skipped = claims.filter((c) => c.gate === 'suppressed' || c.gate === 'unchanged').length;
    out.push(`  <testsuite name="${xml(doc.path)}" tests="${claims.length}" failures="${failures}" skipped="${skipped}">`);
    for (const c of claims) {
      const name = xml(`${doc.path}:${c.span.line}:${c.span.column} ${c.kind} "${oneLine(c.text, 80)}"`);
      out.push(`    <testcase classname="${xml(doc.path)}" name="${name}">`);
      if (c.gate === 'fail') {
        const message = xml(c.reasons[0]?.message ?? c.verdict);
        const detail = xml([...c.reasons.map((r) => `${r.rule}: ${r.message}`), ...c.evidence.slice(0, 1).map((e) => `evidence (${e.locator}): ${e.text}`)].join('\n'));
        out.push(`      <failure type="${c.verdict}" message="${message}">${detail}</failure>`);
      } else if (c.gate === 'suppressed' || c.gate === 'unchanged') {
        out.push(`      <skipped message="${c.gate === 'suppressed' ? `suppressed by ${c.suppressed?.by ?? 'marker'}` : 'not on a changed line'}"/>`);
      }
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  });
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
