// Finding the claim a saved decision belongs to after the draft may have changed.
import stringSimilarity from 'string-similarity';
import type { ClaimResult } from '../types.js';
import type { Decision, ReviewFile } from './store.js';

/** What matching needs of a claim. */
export type ClaimRef = Pick<ClaimResult, 'id' | 'text'> & { span: { start: number } };

export interface DecisionMatch {
  claimId: string;
  decision: Decision;
  /** exact: same text; similar: text changed a little, matched by nearest position. */
  how: 'exact' | 'similar';
  similarity: number;
}

export interface MatchResult {
  /** Decision of each matched claim, by claim id. */
  byClaim: Map<string, Decision>;
  matches: DecisionMatch[];
  /** Decisions that match no claim any more (the claim was deleted or rewritten beyond recognition). */
  orphans: Decision[];
}

export interface MatchOptions {
  /** Lowest Dice similarity (0..1) of normalised texts for a changed claim to keep its decision. */
  minSimilarity?: number;
}

export const DEFAULT_MIN_SIMILARITY = 0.8;

/** Lower case, straight quotes and apostrophes, one space between words: small edits such as
 * retyped quotation marks or a re-wrapped line leave this unchanged. */
export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Pair {
  d: number;
  c: number;
  distance: number;
  similarity: number;
}

/** Assigns pairs cheapest first, each decision and each claim at most once. */
function assign(pairs: Pair[], takenD: Set<number>, takenC: Set<number>, out: Pair[]): void {
  pairs.sort((a, b) => a.distance - b.distance || b.similarity - a.similarity || a.d - b.d || a.c - b.c);
  for (const p of pairs) {
    if (takenD.has(p.d) || takenC.has(p.c)) continue;
    takenD.add(p.d);
    takenC.add(p.c);
    out.push(p);
  }
}

/**
 * Matches saved decisions to the claims of a fresh check of the draft. Exact text first (the
 * nearest position wins when a text occurs more than once), then, for what is left, the nearest
 * claim whose normalised text is at least `minSimilarity` alike. Whatever is still left is an orphan.
 */
export function matchDecisions(decisions: readonly Decision[], claims: readonly ClaimRef[], options: MatchOptions = {}): MatchResult {
  const minSimilarity = options.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
  const takenD = new Set<number>();
  const takenC = new Set<number>();
  const chosen: Pair[] = [];

  const exact: Pair[] = [];
  decisions.forEach((dec, d) => {
    claims.forEach((claim, c) => {
      if (claim.text === dec.claimText) exact.push({ d, c, distance: Math.abs(claim.span.start - dec.start), similarity: 1 });
    });
  });
  assign(exact, takenD, takenC, chosen);
  const exactCount = chosen.length;

  const similar: Pair[] = [];
  // only a decision the exact pass left needs the claims normalized (none, most runs: no review file)
  const normClaims = takenD.size < decisions.length ? claims.map((c) => normalizeForMatch(c.text)) : [];
  decisions.forEach((dec, d) => {
    if (takenD.has(d)) return;
    const norm = normalizeForMatch(dec.claimText);
    claims.forEach((claim, c) => {
      if (takenC.has(c)) return;
      const other = normClaims[c] ?? '';
      const similarity = norm === other ? 1 : stringSimilarity.compareTwoStrings(norm, other);
      if (similarity >= minSimilarity) similar.push({ d, c, distance: Math.abs(claim.span.start - dec.start), similarity });
    });
  });
  assign(similar, takenD, takenC, chosen);

  const byClaim = new Map<string, Decision>();
  const matches: DecisionMatch[] = chosen.map((p, i) => {
    const claimId = claims[p.c]!.id;
    const decision = decisions[p.d]!;
    byClaim.set(claimId, decision);
    return { claimId, decision, how: i < exactCount ? 'exact' : 'similar', similarity: p.similarity };
  });
  const orphans = decisions.filter((_, d) => !takenD.has(d));
  return { byClaim, matches, orphans };
}

/** The review file for the current claims: each decision re-anchored to its claim's current text
 * and position (in draft order), then the orphans unchanged, so nothing is dropped silently. */
export function toReviewFile(
  draft: string,
  claims: readonly ClaimRef[],
  byClaim: ReadonlyMap<string, Decision>,
  orphans: readonly Decision[],
): ReviewFile {
  const decisions: Decision[] = [];
  for (const claim of claims) {
    const decision = byClaim.get(claim.id);
    if (decision) decisions.push({ ...decision, claimText: claim.text, start: claim.span.start });
  }
  return { version: 1, draft, decisions: [...decisions, ...orphans] };
}
