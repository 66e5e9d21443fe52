import { summarize } from '../summary.js';
import type { CheckResult } from '../types.js';

/** With --changed-since: the report holds only the claims on changed lines (the gate has marked the
 * rest 'unchanged'), counts only them, and says how many were left out. Pure. */
export function narrowToChange(result: CheckResult, ref: string): CheckResult {
  let outside = 0;
  const documents = result.documents.map((doc) => {
    const claims = doc.claims.filter((c) => c.gate !== 'unchanged');
    outside += doc.claims.length - claims.length;
    return { ...doc, claims };
  });
  return { ...result, documents, summary: summarize(documents), scope: { changedSince: ref, outside } };
}
