import { makeDoc, tokensIn, type Doc } from '../ingest/document.js';
import type { Token } from '../ingest/tokens.js';
import { isContentWord } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import { blockLocator, segmentSource, type SourceBlock } from '../layout/source.js';
import { readSourceDoc } from '../layout/read-source.js';
import { chooseProfile, shippedProfiles } from '../layout/profile.js';
import type { Locator, SourceDoc } from '../layout/source-doc.js';
import { capRanges, splitSentences } from '../layout/sentences.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { InputText } from '../types.js';

/** A sentence of a source (or a whole short block: a heading, a table row), the unit evidence is cited in. */
export interface Passage {
  index: number;
  block: SourceBlock;
  /** Where it sits in the report, typed. */
  at: Locator;
  /** The same place in words, as evidence shows it. */
  locator: string;
  start: number;
  end: number;
  tokens: Token[];
}

export interface SourceModel {
  id: string;
  doc: Doc;
  title: string;
  blocks: SourceBlock[];
  passages: Passage[];
  /** What the report states: its dates, subject and grades. */
  source: SourceDoc;
  /** All tokens of the source in reading order (boilerplate included), for exact matching. */
  tokens: Token[];
  /** Content stem → indexes of the passages that contain it. */
  postings: Map<string, number[]>;
  /** Inverse document frequency of each content stem over passages. */
  idf: Map<string, number>;
  /** What the judge works out from the model the first time it needs it (see `memoized`), by key
   * name: whole values (the report's dates) and maps filled as they are asked (which passages cover
   * which words). */
  memo: Record<string, unknown>;
}

/** The name of one thing worked out from a source model (the report's dates, its place names …);
 * its type is the value's. */
export interface MemoKey<T> {
  readonly name: string;
  readonly value?: T;
}

const memoNames = new Set<string>();

export function memoKey<T>(name: string): MemoKey<T> {
  if (memoNames.has(name)) throw new Error(`source model memo '${name}' is defined twice`);
  memoNames.add(name);
  return { name };
}

/** `compute()` once per model: the value is kept on the model, so a ModelStore keeps it with the
 * model and the next run against the same report reads it back. It must be plain data (no functions
 * or class instances), as the store writes it with V8's serializer. */
export function memoized<T>(model: SourceModel, key: MemoKey<T>, compute: () => T): T {
  if (Object.hasOwn(model.memo, key.name)) return model.memo[key.name] as T;
  const value = compute();
  model.memo[key.name] = value;
  grown.add(model);
  return value;
}

const grown = new WeakSet<SourceModel>();

/** Says that a memo filled as it is asked (a map from word to answer) has gained an entry. */
export function memoGrew(model: SourceModel): void {
  grown.add(model);
}

const askedNames = new Set<string>();

/** The name of a memo that is a map filled as it is asked, each entry an answer of its own (which
 * passages cover which words): a model store may drop its oldest entries, as every draft checked
 * against a report adds its own, and an answer dropped is only worked out again. */
export function askedMemoKey<K, V>(name: string): MemoKey<Map<K, V>> {
  const key = memoKey<Map<K, V>>(name);
  askedNames.add(name);
  return key;
}

/** Entry `k` of an asked memo, made by `make` when it is missing; the entry asked becomes the newest. */
export function askedEntry<K, V>(model: SourceModel, key: MemoKey<Map<K, V>>, k: K, make: () => V): V {
  const all = memoized(model, key, () => new Map<K, V>());
  let value = all.get(k);
  if (value === undefined) {
    value = make();
    memoGrew(model);
  } else all.delete(k);
  all.set(k, value);
  return value;
}

/** Drops the oldest `share` of every asked memo's entries; false when there were none to drop. */
export function dropOldestAsked(model: SourceModel, share: number): boolean {
  let dropped = false;
  for (const name of askedNames) {
    const all = model.memo[name];
    if (!(all instanceof Map)) continue;
    let drop = Math.ceil(all.size * share);
    for (const k of all.keys()) {
      if (drop-- <= 0) break;
      all.delete(k);
      dropped = true;
    }
  }
  return dropped;
}

/** Whether the model's memo has grown since the last call (or since the model was made or read). */
export function takeMemoGrowth(model: SourceModel): boolean {
  return grown.delete(model);
}

const WHOLE_BLOCK: ReadonlySet<SourceBlock['kind']> = new Set(['title', 'meta', 'table-header', 'judgement', 'heading']);

export function buildSourceModel(id: string, input: InputText, lex: Lexicon, options: { profile?: string } = {}): SourceModel {
  const doc = makeDoc(input);
  const blocks = segmentSource(doc.text, lex);
  const profile = chooseProfile(doc.text, shippedProfiles(), options.profile);
  const passages: Passage[] = [];
  for (const block of blocks) {
    const ranges = WHOLE_BLOCK.has(block.kind)
      ? [[block.bodyStart, block.end] as [number, number]]
      : capRanges(splitSentences(doc.text.slice(block.bodyStart, block.end), block.bodyStart), (s, e) => tokensIn(doc, s, e), DEFAULT_LIMITS.maxSentenceWords);
    const at = blockLocator(block);
    for (const [start, end] of ranges) {
      passages.push({ index: passages.length, block, at, locator: block.locator, start, end, tokens: tokensIn(doc, start, end) });
    }
  }
  const postings = new Map<string, number[]>();
  for (const p of passages) {
    for (const s of new Set(p.tokens.filter((t) => isContentWord(t.word)).map((t) => t.stem))) {
      const list = postings.get(s);
      if (list) list.push(p.index);
      else postings.set(s, [p.index]);
    }
  }
  const idf = new Map<string, number>();
  for (const [s, list] of postings) idf.set(s, Math.log(1 + passages.length / list.length));
  const titleBlock = blocks.find((b) => b.kind === 'title');
  return {
    id,
    doc,
    title: titleBlock ? doc.text.slice(titleBlock.start, titleBlock.end).trim() : input.path,
    blocks,
    passages,
    source: readSourceDoc(id, doc, lex, profile, passages),
    tokens: doc.tokens,
    postings,
    idf,
    memo: {},
  };
}
