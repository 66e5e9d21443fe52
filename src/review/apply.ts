// A check result together with the reviewer's decisions, for export and for a CI gate.
import type { CheckResult, ClaimResult, DocumentResult, Verdict } from '../types.js';
import type { Decision } from './store.js';

export interface ReviewedClaim extends ClaimResult {
  /** The reviewer's decision on this claim, if any. The tool's `verdict` is kept as it was. */
  review?: Decision;
}

export interface ReviewedDocument extends DocumentResult {
  claims: ReviewedClaim[];
}

export interface ReviewedResult extends CheckResult {
  documents: ReviewedDocument[];
  review: {
    /** The review file the decisions come from. */
    file: string;
    /** How many claims have a decision. */
    decided: number;
    /** Saved decisions that match no claim of the current draft. */
    orphans: Decision[];
  };
}

/** The verdict a reader should act on: the reviewer's where they overrode the tool, else the tool's. */
export function effectiveVerdict(claim: Pick<ClaimResult, 'verdict'>, decision: Decision | undefined): Verdict {
  return decision?.status === 'overridden' && decision.verdict ? decision.verdict : claim.verdict;
}

/** Whether a claim still needs attention once the decision is taken into account: accepted claims
 * and overrides to verbatim/paraphrased are settled; a claim flagged for rewrite is not. */
export function needsAttention(claim: Pick<ClaimResult, 'verdict'>, decision: Decision | undefined): boolean {
  if (decision?.status === 'accepted') return false;
  if (decision?.status === 'rewrite') return true;
  const verdict = effectiveVerdict(claim, decision);
  return verdict === 'unsupported' || verdict === 'contradictory';
}

/** Attaches decisions (by claim id) to the claims of the document at `draft`; other documents are
 * copied unchanged. Pure. */
export function withDecisions(
  result: CheckResult,
  draft: string,
  byClaim: ReadonlyMap<string, Decision>,
  orphans: readonly Decision[],
  file: string,
): ReviewedResult {
  let decided = 0;
  const documents = result.documents.map((doc): ReviewedDocument => {
    if (doc.path !== draft) return doc;
    return {
      ...doc,
      claims: doc.claims.map((claim): ReviewedClaim => {
        const review = byClaim.get(claim.id);
        if (!review) return claim;
        decided++;
        return { ...claim, review };
      }),
    };
  });
  return { ...result, documents, review: { file, decided, orphans: [...orphans] } };
}
