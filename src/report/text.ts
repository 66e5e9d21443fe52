import type { CheckResult } from '../types.js';

export function formatText(result: CheckResult, _options: { color: boolean }): string {
  return result.documents.map((d) => d.path).join('\n') + '\n';
}
