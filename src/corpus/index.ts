import { readdirSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { InputError } from '../errors.js';
import { isContentWord, type Token } from '../ingest/tokens.js';
import { compareStems, openIndexFile, type IndexFile } from './index-file.js';
import type { ReportFacts } from './report-facts.js';
import { validateDocument } from './validate.js';

// A corpus index is one binary file (index-file.ts: the term dictionary, every stem's postings,
// each document's length and record, read by offset) beside a folder `<index>.d/` holding each
// report's stem counts (to rebuild postings when files change) and the text of every indexed
// file by content hash. A lookup reads the dictionary, the lengths, the lists of the draft's own
// stems and the records of the documents it shortlists, so its cost follows the draft, not the
// corpus. Why not SQLite, and the figures: docs/corpus.md.

/** The version of what `reportFacts` reads: a document described by an older one is described
 * again (from the cached text) when the index is next brought up to date, though its file has not
 * changed. */
export const FACTS_VERSION = 2;

export interface IndexedDocument extends ReportFacts {
  path: string;
  hash: string;
  size: number;
  mtimeMs: number;
  /** Number of content words. */
  length: number;
  /** FACTS_VERSION when it was described. */
  facts?: number;
}

/** An index opened for lookups: the term dictionary and document lengths in memory; postings and
 * records read from disk when asked for, once each. */
export interface CorpusIndex {
  path: string;
  /** Number of documents. */
  size: number;
  /** Content words of each document, by document number. */
  lengths: Uint32Array;
  /** Folder of cached report texts (by content hash). */
  texts: string;
  /** The documents containing a stem and how often, as [document number, count] pairs. */
  postings(stem: string): Uint32Array | undefined;
  /** The document of this number. */
  document(n: number): IndexedDocument;
  /** Every document, in order (reads all records: for tools and tests; a lookup never needs it). */
  documents(): IndexedDocument[];
  /** How many posting lists and records have been read from disk so far. */
  read: { postings: number; records: number };
  close(): void;
}

const READABLE = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx']);

/** The files under the given files and folders that claimcheck reads, sorted. */
export function listInputs(paths: string[]): string[] {
  const out = new Set<string>();
  const walk = (p: string, kind?: Dirent) => {
    // a folder's entries say what they are: only a symlink costs a stat (a corpus of thousands of
    // files is stat'ed once, by the update, not twice)
    let folder = kind?.isDirectory();
    if (!kind || kind.isSymbolicLink()) {
      try {
        folder = statSync(p).isDirectory();
      } catch {
        throw new InputError(p, 'no such file or folder');
      }
    }
    if (folder) {
      const entries = readdirSync(p, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) if (!entry.name.startsWith('.')) walk(join(p, entry.name), entry);
    } else if (READABLE.has(extname(p).toLowerCase()) || paths.includes(p)) out.add(p);
  };
  for (const p of paths) walk(p);
  return [...out].sort();
}

/** The folder beside an index holding its stem counts and texts. */
export const storeOf = (indexPath: string) => join(dirname(indexPath), `${basename(indexPath)}.d`);
/** Where a report's stem counts are kept in the store, by content hash. */
export const termsFile = (store: string, hash: string) => join(store, 'terms', `${hash}.json`);

/** Opens an index for lookups. */
export function openIndex(path: string): CorpusIndex {
  const file = openIndexFile(path);
  if (!file) throw new InputError(path, "no such index (build one with 'claimcheck index <folder> --index <file>')");
  try {
    return lookups(file, storeOf(path));
  } catch (error) {
    file.close();
    throw error;
  }
}

function lookups(file: IndexFile, store: string): CorpusIndex {
  const lengths = file.numbers('lengths');
  const termEnds = file.numbers('termEnds');
  const termText = file.read('termText');
  const listEnds = file.numbers('listEnds');
  const recordEnds = file.numbers('recordEnds');
  const term = (i: number) => termText.subarray(i ? termEnds[i - 1]! : 0, termEnds[i]!);
  /** The stem's place in the dictionary, by halving. */
  const find = (stem: string): number | undefined => {
    const key = Buffer.from(stem);
    let [lo, hi] = [0, file.terms - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareStems(term(mid), key);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
  const lists = new Map<string, Uint32Array | undefined>();
  const records = new Map<number, IndexedDocument>();
  const read = { postings: 0, records: 0 };
  const document = (n: number) => {
    let doc = records.get(n);
    if (!doc) {
      if (!(n >= 0 && n < file.documents)) throw file.damaged(`no document ${n}`);
      const bytes = file.read('records', n ? recordEnds[n - 1]! : 0, recordEnds[n]!);
      let data: unknown;
      try {
        data = JSON.parse(bytes.toString('utf8'));
      } catch {
        throw file.damaged(`document ${n} is not valid JSON`);
      }
      doc = validateDocument<IndexedDocument>(file.path, data, n);
      records.set(n, doc);
      read.records++;
    }
    return doc;
  };
  return {
    path: file.path,
    size: file.documents,
    lengths,
    texts: join(store, 'text'),
    postings(stem) {
      if (lists.has(stem)) return lists.get(stem);
      const i = find(stem);
      let list: Uint32Array | undefined;
      if (i !== undefined) {
        list = file.numbers('postings', 2 * (i ? listEnds[i - 1]! : 0), 2 * listEnds[i]!);
        for (let k = 0; k < list.length; k += 2) if (list[k]! >= file.documents) throw file.damaged(`the postings of '${stem}' name document ${list[k]}, past the last`);
        read.postings++;
      }
      lists.set(stem, list);
      return list;
    },
    document,
    documents: () => Array.from({ length: file.documents }, (_, n) => document(n)),
    read,
    close: () => file.close(),
  };
}

/** Document numbers ranked for a set of words by BM25 over their stem counts. */
export function rankDocuments(index: CorpusIndex, tokens: Token[], limit: number): Array<{ doc: number; score: number }> {
  const n = index.size;
  const avgLength = index.lengths.reduce((s, length) => s + length, 0) / Math.max(1, n);
  const stems = [...new Set(tokens.filter((t) => isContentWord(t.word)).map((t) => t.stem))];
  const lists = stems.map((s) => index.postings(s)).filter((l): l is Uint32Array => l !== undefined);
  // a stem in most documents tells them apart least and costs most (its list is the longest): in a
  // large corpus, rank on the rarer ones when there are any
  const rare = n >= 20 ? lists.filter((l) => l.length / 2 <= n / 2) : lists;
  const scores = new Float64Array(n);
  for (const list of rare.length ? rare : lists) {
    const df = list.length / 2;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    for (let k = 0; k < list.length; k += 2) {
      const doc = list[k]!;
      const tf = list[k + 1]!;
      // length normalisation only ever helps a short text: a full report among excerpts and
      // letters is not marked down for being long
      const norm = 0.25 + 0.75 * Math.min(1, index.lengths[doc]! / avgLength);
      scores[doc]! += (idf * tf * 2.2) / (tf + 1.2 * norm);
    }
  }
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (scores[i]! > 0) order.push(i);
  order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return order.slice(0, limit).map((doc) => ({ doc, score: scores[doc]! }));
}

export const shownPath = (path: string) => relative(process.cwd(), path) || path;
