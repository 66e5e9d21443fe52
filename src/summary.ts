import { VERDICTS, type DocumentResult, type Summary } from './types.js';

/** How many claims of the documents have each verdict. */
export function summarize(documents: readonly DocumentResult[]): Summary {
  const summary = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Summary;
  for (const d of documents) for (const c of d.claims) summary[c.verdict]++;
  return summary;
}
