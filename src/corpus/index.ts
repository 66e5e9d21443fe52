import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { InputError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { readBounded } from '../fs/bounded-read.js';
import { validateDocuments } from './validate.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { makeDoc } from '../ingest/document.js';
import { isContentWord, type Token } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import type { InputText } from '../types.js';
import { reportFacts, type ReportFacts } from './report-facts.js';
import { contentHash, decodeCached } from './text-cache.js';

// A corpus index is a small JSON manifest (one entry per report: path, size, mtime, content hash,
// title, subject, inspection dates, length, and the term dictionary) beside a folder
// `<index>.d/` holding the postings (one binary file: for each stem, its documents and counts),
// each report's stem counts (to rebuild postings when files change), and the text of each PDF
// or Word file by content hash. A lookup parses the manifest and reads from the postings file
// only the lists of the draft's own stems, so its cost follows the draft, not the corpus. Why not
// SQLite and the figures: docs/corpus.md.

export const INDEX_VERSION = 2;

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

interface Manifest {
  version: typeof INDEX_VERSION;
  documents: IndexedDocument[];
  /** Postings file inside the store, renewed on each change so that a reader never sees half of one. */
  postings: string;
  /** Stems, sorted, and for each where its list starts in the postings file (in pairs of uint32: document, count); one more entry closes the last. */
  terms: string[];
  starts: number[];
}

/** An index opened for lookups: the manifest in memory, postings read from disk by stem. */
export interface CorpusIndex {
  path: string;
  documents: IndexedDocument[];
  /** Folder of cached report texts (by content hash). */
  texts: string;
  /** The documents containing a stem and how often, as [document index, count] pairs. */
  postings(stem: string): Uint32Array | undefined;
  close(): void;
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

const storeOf = (indexPath: string) => join(dirname(indexPath), `${basename(indexPath)}.d`);
const termsFile = (store: string, hash: string) => join(store, 'terms', `${hash}.json`);

function readManifest(path: string): Manifest | undefined {
  if (!existsSync(path)) return undefined;
  let data: Manifest;
  try {
    data = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as Manifest;
  } catch {
    throw new InputError(path, 'is not a claimcheck index (not valid JSON)');
  }
  const ok =
    data?.version === INDEX_VERSION &&
    Array.isArray(data.documents) &&
    Array.isArray(data.terms) &&
    Array.isArray(data.starts) &&
    data.starts.length === data.terms.length + 1 &&
    typeof data.postings === 'string' &&
    /^postings-[0-9a-z]+\.bin$/.test(data.postings);
  if (!ok) throw new InputError(path, `is not a claimcheck index (version ${INDEX_VERSION}); build it again with 'claimcheck index'`);
  return { ...data, documents: validateDocuments<IndexedDocument>(path, data.documents) };
}

/** Opens an index for lookups. */
export function openIndex(path: string): CorpusIndex {
  const manifest = readManifest(path);
  if (!manifest) throw new InputError(path, "no such index (build one with 'claimcheck index <folder> --index <file>')");
  const store = storeOf(path);
  const where = new Map(manifest.terms.map((t, i) => [t, i]));
  let fd: number | undefined;
  return {
    path,
    documents: manifest.documents,
    texts: join(store, 'text'),
    postings(stem) {
      const i = where.get(stem);
      if (i === undefined) return undefined;
      const [from, to] = [manifest.starts[i]!, manifest.starts[i + 1]!];
      fd ??= openSync(join(store, manifest.postings), 'r');
      const bytes = Buffer.alloc((to - from) * 8);
      readSync(fd, bytes, 0, bytes.length, from * 8);
      return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}

export interface UpdateReport {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  /** Files that could not be read, with why: left out of the index, the rest indexed. */
  failed: Array<{ path: string; problem: string }>;
}

/** Brings the index at `indexPath` up to date with the files: a file whose size and mtime are
 * unchanged is kept without being read; others are read, hashed and, if their content changed,
 * described again; files no longer given are dropped; a file that cannot be read is reported and
 * skipped. Nothing is written when nothing changed. `progress` is told after each file. */
export async function updateIndex(
  indexPath: string,
  files: string[],
  lex: Lexicon,
  progress?: (done: number, total: number) => void,
): Promise<UpdateReport> {
  const old = readManifest(indexPath);
  const store = storeOf(indexPath);
  const byPath = new Map((old?.documents ?? []).map((d) => [d.path, d]));
  const documents: IndexedDocument[] = [];
  const report: UpdateReport = { added: 0, changed: 0, unchanged: 0, removed: 0, failed: [] };
  for (const [i, path] of files.entries()) {
    const previous = byPath.get(path);
    byPath.delete(path);
    const info = statSync(path);
    const current = previous?.facts === FACTS_VERSION;
    if (previous && current && previous.size === info.size && previous.mtimeMs === info.mtimeMs) {
      documents.push(previous);
      report.unchanged++;
    } else {
      const bytes = readBounded(path, DEFAULT_LIMITS.maxBytes);
      const hash = contentHash(bytes);
      if (previous && current && previous.hash === hash) {
        documents.push({ ...previous, size: info.size, mtimeMs: info.mtimeMs });
        report.unchanged++;
      } else {
        try {
          const input = await decodeCached(path, bytes, join(store, 'text'), hash, 'all');
          documents.push(describe(input, hash, info, store, lex));
          if (previous) report.changed++;
          else report.added++;
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          report.failed.push({ path, problem: error.problem });
        }
      }
    }
    progress?.(i + 1, files.length);
  }
  report.removed = byPath.size;
  const metadataOnly = report.added + report.changed + report.removed === 0;
  if (old && metadataOnly && documents.every((d, i) => d === old.documents[i])) return report;
  writeIndex(indexPath, store, documents, metadataOnly ? old : undefined);
  return report;
}

function describe(input: InputText, hash: string, info: { size: number; mtimeMs: number }, store: string, lex: Lexicon): IndexedDocument {
  const terms: Record<string, number> = {};
  let length = 0;
  for (const t of makeDoc(input).tokens) {
    if (!isContentWord(t.word)) continue;
    terms[t.stem] = (terms[t.stem] ?? 0) + 1;
    length++;
  }
  mkdirSync(join(store, 'terms'), { recursive: true });
  writeFileSync(termsFile(store, hash), JSON.stringify(terms));
  return { path: input.path, hash, size: info.size, mtimeMs: info.mtimeMs, length, facts: FACTS_VERSION, ...reportFacts(input, lex) };
}

/** Writes the postings of these documents and then the manifest that names them (the old
 * postings file is removed only after), so that an index is always whole. With `same`, only
 * sizes and mtimes changed and the old postings stand. */
function writeIndex(indexPath: string, store: string, documents: IndexedDocument[], same?: Manifest): void {
  if (same) {
    writeFileAtomic(indexPath, JSON.stringify({ ...same, documents }));
    return;
  }
  const lists = new Map<string, number[]>();
  documents.forEach((d, doc) => {
    const terms = JSON.parse(readFileSync(termsFile(store, d.hash), 'utf8')) as Record<string, number>;
    for (const [stem, tf] of Object.entries(terms)) {
      const list = lists.get(stem);
      if (list) list.push(doc, tf);
      else lists.set(stem, [doc, tf]);
    }
  });
  const terms = [...lists.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const starts = [0];
  for (const t of terms) starts.push(starts[starts.length - 1]! + lists.get(t)!.length / 2);
  const data = new Uint32Array(starts[starts.length - 1]! * 2);
  terms.forEach((t, i) => data.set(lists.get(t)!, starts[i]! * 2));
  mkdirSync(store, { recursive: true });
  const postings = `postings-${Date.now().toString(36)}${process.pid.toString(36)}.bin`;
  writeFileSync(join(store, postings), data);
  const previous = existsSync(indexPath) ? readManifest(indexPath)?.postings : undefined;
  writeFileAtomic(indexPath, JSON.stringify({ version: INDEX_VERSION, documents, postings, terms, starts } satisfies Manifest));
  if (previous && previous !== postings) rmSync(join(store, previous), { force: true });
  // stem counts of files no longer indexed
  const kept = new Set(documents.map((d) => `${d.hash}.json`));
  for (const name of readdirSync(join(store, 'terms'))) if (!kept.has(name)) rmSync(join(store, 'terms', name), { force: true });
}

/** Documents ranked for a set of words by BM25 over their stem counts. */
export function rankDocuments(index: CorpusIndex, tokens: Token[], limit: number): Array<{ document: IndexedDocument; score: number }> {
  const n = index.documents.length;
  const avgLength = index.documents.reduce((s, d) => s + d.length, 0) / Math.max(1, n);
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
      const norm = 0.25 + 0.75 * Math.min(1, index.documents[doc]!.length / avgLength);
      scores[doc]! += (idf * tf * 2.2) / (tf + 1.2 * norm);
    }
  }
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (scores[i]! > 0) order.push(i);
  order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return order.slice(0, limit).map((doc) => ({ document: index.documents[doc]!, score: scores[doc]! }));
}

export const shownPath = (path: string) => relative(process.cwd(), path) || path;
