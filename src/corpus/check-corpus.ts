import { check, type CheckOptions } from '../check.js';
import { makeDoc } from '../ingest/document.js';
import { readInput } from '../ingest/read.js';
import { InputError } from '../errors.js';
import type { CheckResult, ClaimResult, InputText } from '../types.js';
import { DocumentRanker, shownPath } from './index.js';

/** How many of the best-ranked documents are read and checked in full. */
export const SHORTLIST = 3;

const supported = (c: ClaimResult) => c.verdict === 'verbatim' || c.verdict === 'paraphrased';

/** Checks a draft against a corpus: the index shortlists the documents most like the draft, each
 * is checked in full, and the verdicts are given against the one that supports most of the draft;
 * support found only in another document is said so in the claim's reasons. */
export async function checkAgainstCorpus(draft: InputText, ranker: DocumentRanker, options: CheckOptions): Promise<CheckResult> {
  const ranked = ranker.rank(makeDoc(draft).tokens, SHORTLIST);
  if (!ranked.length) throw new InputError(draft.path, 'shares no words with any document in the index: no source to check it against');
  const candidates = await Promise.all(ranked.map(async (r) => ({ ...r, input: await readInput(r.document.path) })));
  const results = candidates.map((c) => check([draft], [c.input], options));
  const shares = results.map((r) => {
    const checked = r.documents[0]!.claims.filter((c) => c.verdict !== 'unchecked');
    return checked.length ? checked.filter(supported).length / checked.length : 0;
  });
  // the primary document: the largest share of supported claims, then the best rank
  const order = candidates.map((_, i) => i).sort((a, b) => shares[b]! - shares[a]! || ranked[b]!.score - ranked[a]!.score || a - b);
  const primary = order[0]!;
  const idOf = new Map(order.map((i, k) => [i, `S${k + 1}`]));
  const base = results[primary]!;
  // better elsewhere: a quote verbatim in another document but not in this one; any other claim
  // supported in another document but not in this one
  const betterIn = (claim: ClaimResult, other: ClaimResult) =>
    claim.kind === 'quote' ? claim.verdict !== 'verbatim' && other.verdict === 'verbatim' : !supported(claim) && supported(other);
  const claims = base.documents[0]!.claims.map((claim, n) => {
    for (const i of order.slice(1)) {
      const other = results[i]!.documents[0]!.claims[n];
      if (!other || other.id !== claim.id || !betterIn(claim, other)) continue;
      const e = other.evidence[0];
      const where = `${candidates[i]!.document.title} (${shownPath(candidates[i]!.document.path)}${e ? `, ${e.locator}` : ''})`;
      return {
        ...claim,
        reasons: [
          { rule: 'corpus/elsewhere', message: `${other.verdict === 'verbatim' ? 'Verbatim' : 'Said'} in ${where}, not in ${candidates[primary]!.document.title}.`, severity: 'warning' as const },
          ...claim.reasons,
        ],
        evidence: [...claim.evidence, ...other.evidence.map((ev) => ({ ...ev, source: idOf.get(i)! }))],
      };
    }
    return claim;
  });
  return {
    ...base,
    sources: order.map((i) => ({ id: idOf.get(i)!, path: candidates[i]!.document.path, title: candidates[i]!.document.title })),
    documents: [{ ...base.documents[0]!, claims }],
    corpus: {
      documents: order.map((i) => ({ path: candidates[i]!.document.path, title: candidates[i]!.document.title, share: Math.round(shares[i]! * 1000) / 1000, score: Math.round(ranked[i]!.score * 100) / 100 })),
    },
  };
}
