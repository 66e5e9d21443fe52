// An index is input like any other file: it may be damaged, hand-edited or planted in a pull
// request. Every record read from it must have the shape `claimcheck index` writes. The paths it
// names are never read at check time (a report's text comes from the index's own store, by content
// hash: check-corpus.ts), so a crafted index cannot bring ~/.ssh or /etc into the evidence.
// Checked by hand, field by field: a lookup checks only the records it reads, and loading a schema
// library for that would cost more than the lookup.
import { InputError } from '../errors.js';

/** One file as a re-index compares it: path, size, mtime, content hash, facts version (0: none). */
export type FileEntry = [path: string, size: number, mtimeMs: number, hash: string, facts: number];

const SHA256 = /^[0-9a-f]{64}$/;
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** The first thing wrong with a document record, if any. */
function problemOf(d: unknown): string | undefined {
  if (!isObject(d)) return 'not an object';
  if (typeof d.path !== 'string' || d.path === '') return 'path: not a file name';
  if (typeof d.hash !== 'string' || !SHA256.test(d.hash)) return 'hash: not a SHA-256';
  if (d.title !== undefined && typeof d.title !== 'string') return 'title: not text';
  if (typeof d.size !== 'number' || !(d.size >= 0)) return 'size: not a size';
  if (typeof d.mtimeMs !== 'number' || !Number.isFinite(d.mtimeMs)) return 'mtimeMs: not a time';
  if (!isCount(d.length)) return 'length: not a count';
  return undefined;
}

/** A document record of an index, checked; throws an InputError naming the index and the problem. */
export function validateDocument<T>(indexPath: string, data: unknown, n: number): T {
  const problem = problemOf(data);
  if (problem) throw new InputError(indexPath, `is a damaged claimcheck index (document ${n}, ${problem}); delete it and build it again`);
  return data as T;
}

/** The file list of an index, checked the same way. */
export function validateFiles(indexPath: string, data: unknown, documents: number): FileEntry[] {
  const ok =
    Array.isArray(data) &&
    data.length === documents &&
    data.every((f) => Array.isArray(f) && f.length === 5 && typeof f[0] === 'string' && f[0] !== '' && typeof f[1] === 'number' && typeof f[2] === 'number' && typeof f[3] === 'string' && SHA256.test(f[3]) && isCount(f[4]));
  if (!ok) throw new InputError(indexPath, 'is a damaged claimcheck index (its file list); delete it and build it again');
  return data as FileEntry[];
}
