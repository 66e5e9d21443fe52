import { relative } from 'node:path';
import type { CheckResult, ClaimResult } from '../types.js';
import { LEVELS, levelOf } from '../severity.js';
import { chosenReports, evidenceLocator, isProblem, ruleOf } from './common.js';
import { quoteFix } from '../fix/quote-fix.js';

/** SARIF 2.1.0 for code scanning: one result per claim to look at, located in the draft. */
export function formatSarif(result: CheckResult, options: { cwd: string; describe?: (rule: string) => string | undefined }): string {
  const results: object[] = [];
  const rules = new Map<string, object>();
  for (const doc of result.documents) {
    const uri = toUri(relative(options.cwd, doc.path) || doc.path);
    for (const c of doc.claims) {
      if (!isProblem(c) || c.gate === 'unchanged') continue;
      const ruleId = ruleOf(c);
      if (!rules.has(ruleId)) {
        rules.set(ruleId, {
          id: ruleId,
          shortDescription: { text: options.describe?.(ruleId.split('/')[0]!) ?? `claimcheck ${ruleId}` },
          // claimcheck is not published anywhere a link could point to; the help is in the tool
          help: { text: `Run 'claimcheck rules --explain ${ruleId.split('/')[0]}' for what this rule checks and how to configure it.` },
        });
      }
      results.push({
        ruleId,
        level: LEVELS[levelOf(c)].sarif,
        message: { text: `${c.verdict}: ${c.reasons.map((r) => r.message).join(' ')}${c.evidence[0] ? ` (${evidenceLocator(c)})` : ''}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri },
              region: { startLine: c.span.line, startColumn: c.span.column, endLine: c.span.endLine, endColumn: c.span.endColumn },
            },
          },
        ],
        ...fixesOf(c, uri),
        ...(c.suppressed ? { suppressions: [{ kind: c.suppressed.by === 'marker' ? 'inSource' : 'external', justification: c.suppressed.reason ?? '' }] } : {}),
      });
    }
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: result.tool.name, version: result.tool.version, rules: [...rules.values()] } },
        // the report a corpus check chose, for a reader of the run before its results
        ...(result.corpus ? { properties: { reports: chosenReports(result) } } : {}),
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

/** A misquote's fix, as `claimcheck fix` makes it: the claim's span replaced by the source's words. */
function fixesOf(c: ClaimResult, uri: string): { fixes?: object[] } {
  const text = quoteFix(c);
  if (text === undefined) return {};
  const deletedRegion = { startLine: c.span.line, startColumn: c.span.column, endLine: c.span.endLine, endColumn: c.span.endColumn };
  return { fixes: [{ description: { text: "Use the source's exact words" }, artifactChanges: [{ artifactLocation: { uri }, replacements: [{ deletedRegion, insertedContent: { text } }] }] }] };
}


const toUri = (path: string) => path.split(/[\\/]/).map(encodeURIComponent).join('/');
