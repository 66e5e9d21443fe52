import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { InputError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { readBounded } from '../fs/bounded-read.js';
import { validateDocuments } from './validate.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { makeDoc } from '../ingest/document.js';
import { decodeInput } from '../ingest/read.js';
import { isContentWord, type Token } from '../ingest/tokens.js';
import { segmentSource } from '../layout/source.js';
import type { Lexicon } from '../rules/lexicon.js';

// A corpus index: for each source document its content hash, title and the counts of its content
// stems. It is a JSON file of our own rather than SQLite: it needs no native build (prebuilt
// binaries cannot be downloaded here), loads in tens of milliseconds at a thousand reports, and
// document ranking over stem counts is all the lookup needs — the passages of the few documents
// that rank highest are read again and checked by the ordinary pipeline. Numbers: docs/corpus.md.

export const INDEX_VERSION = 1;

export interface IndexedDocument {
  path: string;
  hash: string;
  title: string;
  /** Number of content words. */
  length: number;
  /** Content stem → how often it occurs. */
  terms: Record<string, number>;
}

export interface CorpusIndex {
  version: typeof INDEX_VERSION;
  documents: IndexedDocument[];
}

const READABLE = new Set(['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx']);

/** The files under the given files and folders that claimcheck reads, sorted. */
export function listInputs(paths: string[]): string[] {
  const out = new Set<string>();
  const walk = (p: string) => {
    let info;
    try {
      info = statSync(p);
    } catch {
      throw new InputError(p, 'no such file or folder');
    }
    if (info.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) walk(join(p, name));
    } else if (READABLE.has(extname(p).toLowerCase()) || paths.includes(p)) out.add(p);
  };
  for (const p of paths) walk(p);
  return [...out].sort();
}

export function loadIndex(path: string): CorpusIndex {
  if (!existsSync(path)) return { version: INDEX_VERSION, documents: [] };
  let data: CorpusIndex;
  try {
    data = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as CorpusIndex;
  } catch {
    throw new InputError(path, 'is not a claimcheck index (not valid JSON)');
  }
  if (data?.version !== INDEX_VERSION || !Array.isArray(data.documents)) throw new InputError(path, `is not a claimcheck index (version ${INDEX_VERSION})`);
  return { ...data, documents: validateDocuments<IndexedDocument>(path, data.documents) };
}

export function saveIndex(path: string, index: CorpusIndex): void {
  writeFileAtomic(path, JSON.stringify(index));
}

export interface UpdateReport {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
}

/** Brings an index up to date with the files: new and changed files (by content hash) are read,
 * unchanged ones kept, files no longer given dropped. `progress` is told after each file. */
export async function updateIndex(
  index: CorpusIndex,
  files: string[],
  lex: Lexicon,
  progress?: (done: number, total: number) => void,
): Promise<{ index: CorpusIndex; report: UpdateReport }> {
  const byPath = new Map(index.documents.map((d) => [d.path, d]));
  const documents: IndexedDocument[] = [];
  const report: UpdateReport = { added: 0, changed: 0, unchanged: 0, removed: 0 };
  for (const [i, path] of files.entries()) {
    const bytes = readBounded(path, DEFAULT_LIMITS.maxBytes);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const old = byPath.get(path);
    if (old && old.hash === hash) {
      documents.push(old);
      report.unchanged++;
    } else {
      documents.push(describe(path, hash, (await decodeInput(path, bytes)).text, lex));
      if (old) report.changed++;
      else report.added++;
    }
    byPath.delete(path);
    progress?.(i + 1, files.length);
  }
  report.removed = byPath.size;
  return { index: { version: INDEX_VERSION, documents }, report };
}

function describe(path: string, hash: string, text: string, lex: Lexicon): IndexedDocument {
  const doc = makeDoc({ path, text, format: 'text' });
  const title = segmentSource(text, lex).find((b) => b.kind === 'title');
  const terms: Record<string, number> = {};
  let length = 0;
  for (const t of doc.tokens) {
    if (!isContentWord(t.word)) continue;
    terms[t.stem] = (terms[t.stem] ?? 0) + 1;
    length++;
  }
  return { path, hash, title: title ? text.slice(title.start, title.end).trim() : path, length, terms };
}

/** Documents ranked for a set of words: BM25 over the documents' stem counts. Built once per index. */
export class DocumentRanker {
  private readonly postings = new Map<string, Array<[number, number]>>();
  private readonly avgLength: number;

  constructor(readonly index: CorpusIndex) {
    index.documents.forEach((d, i) => {
      for (const [stem, tf] of Object.entries(d.terms)) {
        const list = this.postings.get(stem);
        if (list) list.push([i, tf]);
        else this.postings.set(stem, [[i, tf]]);
      }
    });
    this.avgLength = index.documents.reduce((n, d) => n + d.length, 0) / Math.max(1, index.documents.length);
  }

  /** The documents best matching these tokens, best first, with their scores. */
  rank(tokens: Token[], limit = 5): Array<{ document: IndexedDocument; score: number }> {
    const n = this.index.documents.length;
    const scores = new Map<number, number>();
    const stems = [...new Set(tokens.filter((t) => isContentWord(t.word)).map((t) => t.stem))].filter((s) => this.postings.has(s));
    // a stem in most documents tells them apart least and costs most (its posting list is the
    // longest): in a large corpus, rank on the rarer ones when there are any
    const rare = n >= 20 ? stems.filter((s) => this.postings.get(s)!.length <= n / 2) : stems;
    for (const stem of rare.length ? rare : stems) {
      const list = this.postings.get(stem)!;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const [doc, tf] of list) {
        const len = this.index.documents[doc]!.length;
        const s = (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * len) / this.avgLength));
        scores.set(doc, (scores.get(doc) ?? 0) + s);
      }
    }
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([doc, score]) => ({ document: this.index.documents[doc]!, score }));
  }
}

export const shownPath = (path: string) => relative(process.cwd(), path) || path;
