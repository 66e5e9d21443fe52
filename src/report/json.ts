import type { CheckResult } from '../types.js';

/** The JSON of docs/output-contract.md: the result object itself, stably indented. */
export function formatJson(result: CheckResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
