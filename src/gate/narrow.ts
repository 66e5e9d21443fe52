import { VERDICTS, type CheckResult, type Summary } from '../types.js';

/** With --changed-since: the report holds only the claims on changed lines (the gate has marked the
 * rest 'unchanged'), counts only them, and says how many were left out. Pure. */
export function narrowToChange(result: CheckResult, ref: string): CheckResult {
  let outside = 0;
  const documents = result.documents.map((doc) => {
    const claims = doc.claims.filter((c) => c.gate !== 'unchanged');
    outside += doc.claims.length - claims.length;
    return { ...doc, claims };
  });
  const summary = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Summary;
  for (const d of documents) for (const c of d.claims) summary[c.verdict]++;
  return { ...result, documents, summary, scope: { changedSince: ref, outside } };
}
