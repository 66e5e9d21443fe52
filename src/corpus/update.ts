import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { readBounded } from '../fs/bounded-read.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { Lexicon } from '../rules/lexicon.js';
import { encodeIndex, openIndexFile, type TermSections } from './index-file.js';
import { FACTS_VERSION, openIndex, storeOf, termsFile, type IndexedDocument } from './index.js';
import { validateFiles, type FileEntry } from './validate.js';

export interface UpdateReport {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  /** Files that could not be read, with why: left out of the index, the rest indexed. */
  failed: Array<{ path: string; problem: string }>;
}

/** The file list of the index at this path (none if there is no index): all an unchanged
 * re-index reads. */
function readFiles(indexPath: string): FileEntry[] | undefined {
  const file = openIndexFile(indexPath);
  if (!file) return undefined;
  try {
    let data: unknown;
    try {
      data = JSON.parse(file.read('files').toString('utf8'));
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw file.damaged('its file list is not valid JSON');
    }
    return validateFiles(indexPath, data, file.documents);
  } finally {
    file.close();
  }
}

/** Brings the index at `indexPath` up to date with the files: a file whose size and mtime are
 * unchanged is kept without being read; others are read, hashed and, if their content changed,
 * described again; files no longer given are dropped; a file that cannot be read is reported and
 * skipped. When nothing changed, only the index's file list is read and nothing is written.
 * `lex` is asked for only when a file is described. `progress` is told after each file. */
export async function updateIndex(
  indexPath: string,
  files: string[],
  lex: () => Lexicon,
  progress?: (done: number, total: number) => void,
): Promise<UpdateReport> {
  const existing = readFiles(indexPath);
  const old = existing ?? [];
  const byPath = new Map(old.map((entry, n) => [entry[0], n]));
  const report: UpdateReport = { added: 0, changed: 0, unchanged: 0, removed: 0, failed: [] };
  /** Per file, the old document number it keeps (same size and mtime), or what to do with it. */
  const plan: Array<{ path: string; kept: number } | { path: string; previous?: number; size: number; mtimeMs: number }> = [];
  for (const path of files) {
    const n = byPath.get(path);
    byPath.delete(path);
    const info = statSync(path);
    const entry = n === undefined ? undefined : old[n]!;
    if (entry && entry[4] === FACTS_VERSION && entry[1] === info.size && entry[2] === info.mtimeMs) plan.push({ path, kept: n! });
    else plan.push({ path, ...(n !== undefined ? { previous: n } : {}), size: info.size, mtimeMs: info.mtimeMs });
  }
  report.removed = byPath.size;
  if (existing && report.removed === 0 && plan.length === old.length && plan.every((p, i) => 'kept' in p && p.kept === i)) {
    report.unchanged = plan.length;
    progress?.(plan.length, plan.length);
    return report;
  }
  // something changed: the documents kept come from the old index's records, the rest are read
  const previous = old.length ? openIndex(indexPath) : undefined;
  const store = storeOf(indexPath);
  const documents: IndexedDocument[] = [];
  try {
    for (const [i, p] of plan.entries()) {
      if ('kept' in p) {
        documents.push(previous!.document(p.kept));
        report.unchanged++;
      } else {
        const described = await readAndDescribe(p, p.previous === undefined ? undefined : previous!.document(p.previous), store, lex, report);
        if (described) documents.push(described);
      }
      progress?.(i + 1, plan.length);
    }
  } finally {
    previous?.close();
  }
  // the same contents in the same order (files touched, or described again by a newer
  // claimcheck): the postings stand as they are, and only the file list and records are new
  const same = existing && documents.length === old.length && documents.every((d, n) => d.hash === old[n]![3]);
  writeIndex(indexPath, store, documents, same ? termSectionsOf(indexPath) : undefined);
  return report;
}

function termSectionsOf(indexPath: string): TermSections {
  const file = openIndexFile(indexPath)!;
  try {
    return { termEnds: file.read('termEnds'), termText: file.read('termText'), listEnds: file.read('listEnds'), postings: file.read('postings') };
  } finally {
    file.close();
  }
}

/** A file that is new, or whose size or mtime changed: kept as it was if its content did not
 * change and its facts are current, else decoded (through the store's text cache) and described. */
async function readAndDescribe(
  file: { path: string; size: number; mtimeMs: number },
  previous: IndexedDocument | undefined,
  store: string,
  lex: () => Lexicon,
  report: UpdateReport,
): Promise<IndexedDocument | undefined> {
  const [{ contentHash, decodeCached }, { describe }] = await Promise.all([import('./text-cache.js'), import('./describe.js')]);
  const bytes = readBounded(file.path, DEFAULT_LIMITS.maxBytes);
  const hash = contentHash(bytes);
  const current = previous?.facts === FACTS_VERSION;
  if (previous && current && previous.hash === hash) {
    report.unchanged++;
    return { ...previous, size: file.size, mtimeMs: file.mtimeMs };
  }
  try {
    const input = await decodeCached(file.path, bytes, join(store, 'text'), hash, 'all');
    const described = describe(input, hash, file, store, lex());
    if (previous) report.changed++;
    else report.added++;
    return described;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    report.failed.push({ path: file.path, problem: error.problem });
    return undefined;
  }
}

/** Writes the index file of these documents (atomically: a reader sees the old index or the new,
 * never half of one), its postings built from each document's stem counts in the store unless
 * `terms` are given, then removes the stem counts of documents no longer indexed. */
function writeIndex(indexPath: string, store: string, documents: IndexedDocument[], terms?: TermSections): void {
  const bytes = encodeIndex({
    files: documents.map((d): FileEntry => [d.path, d.size, d.mtimeMs, d.hash, d.facts ?? 0]),
    lengths: Uint32Array.from(documents, (d) => d.length),
    terms: terms ?? postingsOf(store, documents),
    records: documents.map((d) => JSON.stringify(d)),
  });
  writeFileAtomic(indexPath, bytes);
  const kept = new Set(documents.map((d) => termsFile(store, d.hash)));
  const counts = dirname(termsFile(store, '-'));
  mkdirSync(counts, { recursive: true });
  for (const name of readdirSync(counts)) if (!kept.has(join(counts, name))) rmSync(join(counts, name), { force: true });
}

/** Each stem's [document, count] pairs, from the documents' stem counts in the store. */
function postingsOf(store: string, documents: IndexedDocument[]): Array<[string, number[]]> {
  const lists = new Map<string, number[]>();
  documents.forEach((d, doc) => {
    const terms = JSON.parse(readFileSync(termsFile(store, d.hash), 'utf8')) as Record<string, number>;
    for (const [stem, tf] of Object.entries(terms)) {
      const list = lists.get(stem);
      if (list) list.push(doc, tf);
      else lists.set(stem, [doc, tf]);
    }
  });
  return [...lists];
}
