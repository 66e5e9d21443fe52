import type { DraftModel } from '../extract/claims.js';
import { isContentWord, type Token } from '../ingest/tokens.js';
import { rankDocuments, type CorpusIndex, type IndexedDocument } from './index.js';

/** Documents taken by shared words, by each route below. */
export const SHORTLIST = { words: 30, perPlace: 15, perQuote: 10 } as const;
/** How many of the draft's own words, those it uses most that fewest reports have, say what it is about. */
const KEYWORDS = 12;

// The candidates a draft's report is chosen from. Shared words alone can lose it: a full report
// shares more of a draft's words than the short excerpt it quotes, and three inspections of one
// council share most of theirs. So the report can also come in by the draft's place names (the
// documents naming them most) and by its quotations (the documents holding all the rarest words
// of one), each route reading only the postings of those words.

export interface Shortlisted {
  document: IndexedDocument;
  /** BM25 score of the draft's words. */
  words: number;
  /** Share of the draft's keywords (weighted) the document has. */
  keywords: number;
}

export function shortlist(index: CorpusIndex, draft: DraftModel, names: Array<[string, number, boolean]>): Shortlisted[] {
  // documents by number until the end: only the shortlisted ones' records are read
  const ranked = rankDocuments(index, draft.doc.tokens, index.size);
  const words = new Map(ranked.map((r) => [r.doc, r.score]));
  const picked = new Set(ranked.slice(0, SHORTLIST.words).map((r) => r.doc));
  const stemOf = new Map(draft.doc.tokens.map((t) => [t.word.replace(/['\u2019]s$/, ''), t.stem]));
  for (const [name] of names.slice(0, 3)) {
    const stem = stemOf.get(name);
    const list = stem ? index.postings(stem) : undefined;
    if (!list) continue;
    const docs: Array<[number, number]> = [];
    for (let k = 0; k < list.length; k += 2) docs.push([list[k]!, list[k + 1]!]);
    docs.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [doc] of docs.slice(0, SHORTLIST.perPlace)) picked.add(doc);
  }
  for (const claim of draft.claims) {
    if (claim.kind !== 'quote') continue;
    for (const doc of holdingAll(rarest(index, claim.tokens, 3)).slice(0, SHORTLIST.perQuote)) picked.add(doc);
  }
  const keywords = keywordShares(index, draft.doc.tokens);
  return [...picked].map((doc) => ({ document: index.document(doc), words: words.get(doc) ?? 0, keywords: keywords.get(doc) ?? 0 }));
}

/** For each document number, the weighted share of the draft's keywords it has: the words the draft uses
 * most that fewest reports use (tf × idf), each counted once however often the report has it,
 * so that a long report gains nothing from the many common words it holds. A statistical bulletin
 * has the words its coverage is about ("inflation", "wages"); a children's services report with
 * ten times its words may have neither. */
function keywordShares(index: CorpusIndex, tokens: Token[]): Map<number, number> {
  const n = index.size;
  const tf = new Map<string, number>();
  for (const t of tokens) if (isContentWord(t.word) && !/^\d/.test(t.word)) tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
  const weighed = [...tf]
    .map(([stem, count]) => ({ list: index.postings(stem), count, stem }))
    .filter((k): k is { list: Uint32Array; count: number; stem: string } => k.list !== undefined)
    .map((k) => ({ ...k, weight: k.count * Math.log(1 + n / (k.list.length / 2)) }))
    .sort((a, b) => b.weight - a.weight || (a.stem < b.stem ? -1 : 1))
    .slice(0, KEYWORDS);
  const total = weighed.reduce((sum, k) => sum + k.weight, 0);
  const shares = new Map<number, number>();
  for (const k of weighed) {
    for (let j = 0; j < k.list.length; j += 2) {
      const doc = k.list[j]!;
      shares.set(doc, (shares.get(doc) ?? 0) + k.weight / total);
    }
  }
  return shares;
}

/** The n stems of these tokens found in fewest documents (but in some). */
function rarest(index: CorpusIndex, tokens: Token[], n: number): Uint32Array[] {
  const lists = [...new Set(tokens.filter((t) => isContentWord(t.word)).map((t) => t.stem))]
    .map((s) => index.postings(s))
    .filter((l): l is Uint32Array => l !== undefined);
  return lists.sort((a, b) => a.length - b.length).slice(0, n);
}

/** Documents in every one of these posting lists, in index order. */
function holdingAll(lists: Uint32Array[]): number[] {
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
