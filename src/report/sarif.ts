import { relative } from 'node:path';
import type { CheckResult, ClaimResult } from '../types.js';
import { chosenReports, evidenceLocator, isProblem, ruleOf } from './common.js';

const HELP = 'https://www.npmjs.com/package/claimcheck#rules';

/** SARIF 2.1.0 for code scanning: one result per claim to look at, located in the draft. */
export function formatSarif(result: CheckResult, options: { cwd: string; describe?: (rule: string) => string | undefined }): string {
  const results: object[] = [];
  const rules = new Map<string, object>();
  for (const doc of result.documents) {
    for (const c of doc.claims) {
      if (!isProblem(c) || c.gate === 'unchanged') continue;
      const ruleId = ruleOf(c);
      if (!rules.has(ruleId)) {
        rules.set(ruleId, {
          id: ruleId,
          shortDescription: { text: options.describe?.(ruleId.split('/')[0]!) ?? `claimcheck ${ruleId}` },
          helpUri: HELP,
        });
      }
      results.push({
        ruleId,
        level: level(c),
        message: { text: `${c.verdict}: ${c.reasons.map((r) => r.message).join(' ')}${c.evidence[0] ? ` (${evidenceLocator(c)})` : ''}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(relative(options.cwd, doc.path) || doc.path) },
              region: { startLine: c.span.line, startColumn: c.span.column, endLine: c.span.endLine, endColumn: c.span.endColumn },
            },
          },
        ],
        ...(c.suppressed ? { suppressions: [{ kind: c.suppressed.by === 'marker' ? 'inSource' : 'external', justification: c.suppressed.reason ?? '' }] } : {}),
      });
    }
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: result.tool.name, version: result.tool.version, informationUri: HELP, rules: [...rules.values()] } },
        // the report a corpus check chose, for a reader of the run before its results
        ...(result.corpus ? { properties: { reports: chosenReports(result) } } : {}),
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

function level(c: ClaimResult): 'error' | 'warning' | 'note' {
  if (c.gate === 'fail' || c.verdict === 'contradictory') return 'error';
  return c.verdict === 'unsupported' ? 'warning' : 'note';
}

const toUri = (path: string) => path.split(/[\\/]/).map(encodeURIComponent).join('/');
