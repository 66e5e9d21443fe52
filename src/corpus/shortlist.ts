import type { DraftModel } from '../extract/claims.js';
import { isContentWord, type Token } from '../ingest/tokens.js';
import { rankDocuments, type CorpusIndex, type IndexedDocument } from './index.js';

/** Documents taken by shared words, by each route below. */
export const SHORTLIST = { words: 30, perPlace: 15, perQuote: 10 } as const;

// The candidates a draft's report is chosen from. Shared words alone can lose it: a full report
// shares more of a draft's words than the short excerpt it quotes, and three inspections of one
// council share most of theirs. So the report can also come in by the draft's place names (the
// documents naming them most) and by its quotations (the documents holding all the rarest words
// of one), each route reading only the postings of those words.

export interface Shortlisted {
  document: IndexedDocument;
  /** BM25 score of the draft's words. */
  words: number;
}

export function shortlist(index: CorpusIndex, draft: DraftModel, names: Array<[string, number, boolean]>): Shortlisted[] {
  const ranked = rankDocuments(index, draft.doc.tokens, index.documents.length);
  const words = new Map(ranked.map((r) => [r.document, r.score]));
  const picked = new Set(ranked.slice(0, SHORTLIST.words).map((r) => r.document));
  const stemOf = new Map(draft.doc.tokens.map((t) => [t.word.replace(/['’]s$/, ''), t.stem]));
  for (const [name] of names.slice(0, 3)) {
    const stem = stemOf.get(name);
    const list = stem ? index.postings(stem) : undefined;
    if (!list) continue;
    const docs: Array<[number, number]> = [];
    for (let k = 0; k < list.length; k += 2) docs.push([list[k]!, list[k + 1]!]);
    docs.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [doc] of docs.slice(0, SHORTLIST.perPlace)) picked.add(index.documents[doc]!);
  }
  for (const claim of draft.claims) {
    if (claim.kind !== 'quote') continue;
    for (const doc of holdingAll(index, rarest(index, claim.tokens, 3)).slice(0, SHORTLIST.perQuote)) picked.add(index.documents[doc]!);
  }
  return [...picked].map((document) => ({ document, words: words.get(document) ?? 0 }));
}

/** The n stems of these tokens found in fewest documents (but in some). */
function rarest(index: CorpusIndex, tokens: Token[], n: number): Uint32Array[] {
  const lists = [...new Set(tokens.filter((t) => isContentWord(t.word)).map((t) => t.stem))]
    .map((s) => index.postings(s))
    .filter((l): l is Uint32Array => l !== undefined);
  return lists.sort((a, b) => a.length - b.length).slice(0, n);
}

/** Documents in every one of these posting lists, in index order. */
function holdingAll(index: CorpusIndex, lists: Uint32Array[]): number[] {
  if (!lists.length) return [];
  let docs = new Set<number>();
  for (let k = 0; k < lists[0]!.length; k += 2) docs.add(lists[0]![k]!);
  for (const list of lists.slice(1)) {
    const next = new Set<number>();
    for (let k = 0; k < list.length; k += 2) if (docs.has(list[k]!)) next.add(list[k]!);
    docs = next;
  }
  return [...docs].sort((a, b) => a - b);
}
