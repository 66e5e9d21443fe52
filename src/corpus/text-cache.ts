import { cryptoModule } from '../lazy/modules.js';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic.js';
import { tooManyPages, unpackedTooBig } from '../fs/bounded-read.js';
import { detectFormat } from '../ingest/detect.js';
import { decodeInput, type ReadOptions } from '../ingest/read.js';
import { defaultCacheDir } from '../fs/cache-dir.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { InputFormat, InputText } from '../types.js';

// The text of a PDF or Word file takes pdf.js or mammoth 0.1–2 s a file to get, and it depends only
// on the bytes: it is kept under the SHA-256 of the file, so an unchanged report is parsed once.
// Entries are named by hash only, never by a path from anywhere else, so a cache folder can hold
// nothing but text claimcheck wrote itself.

/** Formats whose text is worth keeping: the ones a library parses. */
const SLOW: ReadonlySet<InputFormat> = new Set(['pdf', 'docx']);

interface CachedText {
  format: InputFormat;
  text: string;
  pageStarts?: number[];
}

export const contentHash = (bytes: Uint8Array) => cryptoModule().createHash('sha256').update(bytes).digest('hex');

/** The folder for texts of files checked with --source: text/ in the download cache ($CLAIMCHECK_CACHE_DIR, else $XDG_CACHE_HOME/claimcheck or ~/.cache/claimcheck). */
export function userCacheDir(): string {
  return join(defaultCacheDir(), 'text');
}

const entry = (dir: string, hash: string) => join(dir, `${hash}.json`);

/** The cached text for this content hash, if there is one. */
export function cachedText(dir: string, hash: string, path: string): InputText | undefined {
  if (!/^[0-9a-f]{64}$/.test(hash)) return undefined;
  let data: CachedText;
  try {
    data = JSON.parse(readFileSync(entry(dir, hash), 'utf8')) as CachedText;
  } catch {
    return undefined;
  }
  if (typeof data?.text !== 'string' || typeof data.format !== 'string') return undefined;
  return { path, format: data.format, text: data.text, ...(Array.isArray(data.pageStarts) ? { pageStarts: data.pageStarts } : {}) };
}

/** Bytes into text through the cache: a hit skips the parser; a miss parses and stores the text of
 * PDF and Word files (`keep: 'all'`: of every file, as an index does, so that a check never reads
 * the paths an index names). A cache that cannot be written is no error: the text is still returned. */
export async function decodeCached(path: string, bytes: Uint8Array, dir: string | undefined, given?: string, keep: 'slow' | 'all' = 'slow', options: ReadOptions = {}): Promise<InputText> {
  // only PDF and Word texts are kept for a check: another file is read as it is, without hashing it
  const format = keep === 'slow' ? detectFormat(path, bytes) : undefined;
  if (!dir || (typeof format === 'string' && !SLOW.has(format))) return decodeInput(path, bytes, options);
  const hash = given ?? contentHash(bytes);
  const hit = cachedText(dir, hash, path);
  if (hit) return withinLimits(hit, options);
  const input = await decodeInput(path, bytes, options);
  if (keep === 'all' || SLOW.has(input.format)) {
    try {
      mkdirSync(dir, { recursive: true });
      const data: CachedText = { format: input.format, text: input.text, ...(input.pageStarts ? { pageStarts: input.pageStarts } : {}) };
      writeFileAtomic(entry(dir, hash), JSON.stringify(data));
    } catch {
      // a read-only home or a full disk costs the next run time, not this one its result
    }
  }
  return input;
}

/** A cached text is held to the limits its parse would have been: the same refusals, hit or miss. */
function withinLimits(input: InputText, options: ReadOptions): InputText {
  const maxPages = options.maxPages ?? DEFAULT_LIMITS.maxPages;
  if (input.pageStarts && input.pageStarts.length > maxPages) throw tooManyPages(input.path, input.pageStarts.length, maxPages);
  const maxUnpacked = options.maxUnpackedBytes ?? DEFAULT_LIMITS.maxUnpackedBytes;
  const size = Buffer.byteLength(input.text);
  if (size > maxUnpacked) throw unpackedTooBig(input.path, `unpacks to ${size} bytes of text`, maxUnpacked);
  return input;
}
