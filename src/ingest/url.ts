// Sources given as a web address: downloaded once, with a size limit and a timeout, and kept in a
// cache keyed by the address and by the content's hash, so a re-run reads the same bytes offline.
import { cryptoModule } from '../lazy/modules.js';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { defaultCacheDir } from '../fs/cache-dir.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { InputText } from '../types.js';
import { decodeInput, type ReadOptions } from './read.js';

export interface UrlOptions extends ReadOptions {
  /** Give up a download after this many milliseconds (default DEFAULT_LIMITS.downloadTimeoutMs). */
  timeoutMs?: number;
  /** false: download again even when the cache holds the address (--no-cache). */
  cache?: boolean;
  /** Where downloads are kept (default $CLAIMCHECK_CACHE_DIR, else $XDG_CACHE_HOME/claimcheck or ~/.cache/claimcheck). */
  cacheDir?: string;
}

export const isUrl = (path: string): boolean => /^https?:\/\//i.test(path);

interface CacheEntry {
  url: string;
  sha256: string;
  fetched: string;
}

const sha256 = (data: Uint8Array | string) => cryptoModule().createHash('sha256').update(data).digest('hex');

/** A source at a web address, as text; its path is the address, so every report names it. */
export async function readUrl(url: string, options: UrlOptions = {}): Promise<InputText> {
  const dir = options.cacheDir ?? defaultCacheDir();
  const cached = options.cache === false ? undefined : fromCache(dir, url);
  const bytes = cached ?? (await download(url, options.maxBytes ?? DEFAULT_LIMITS.maxBytes, options.timeoutMs ?? DEFAULT_LIMITS.downloadTimeoutMs));
  const input = await decodeInput(url, bytes, options);
  if (!cached) toCache(dir, url, bytes);
  return input;
}

function entryPath(dir: string, url: string): string {
  return join(dir, 'urls', `${sha256(url)}.json`);
}

function fromCache(dir: string, url: string): Uint8Array | undefined {
  try {
    const entry = JSON.parse(readFileSync(entryPath(dir, url), 'utf8')) as CacheEntry;
    const bytes = readFileSync(join(dir, 'content', entry.sha256));
    // a damaged or half-copied cache is a cache miss, never wrong evidence
    return entry.url === url && sha256(bytes) === entry.sha256 ? bytes : undefined;
  } catch {
    return undefined;
  }
}

function toCache(dir: string, url: string, bytes: Uint8Array): void {
  try {
    const hash = sha256(bytes);
    mkdirSync(join(dir, 'content'), { recursive: true });
    mkdirSync(join(dir, 'urls'), { recursive: true });
    const content = join(dir, 'content', hash);
    if (!existsSync(content)) writeFileAtomic(content, bytes);
    writeFileAtomic(entryPath(dir, url), JSON.stringify({ url, sha256: hash, fetched: new Date().toISOString() } satisfies CacheEntry) + '\n');
  } catch {
    // an unwritable cache costs a download next time, nothing more
  }
}

async function download(url: string, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  const limit = () => new InputError(url, `is over the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
  let response: Response;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    response = await fetch(url, { signal, redirect: 'follow' });
  } catch (error) {
    throw failed(url, error, timeoutMs);
  }
  if (!response.ok) throw new InputError(url, `could not be downloaded (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''})`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw limit();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    // leaving the loop early cancels the rest of the download
    for await (const chunk of response.body ?? []) {
      total += chunk.length;
      if (total > maxBytes) break;
      chunks.push(chunk);
    }
  } catch (error) {
    throw failed(url, error, timeoutMs);
  }
  if (total > maxBytes) throw limit();
  return Buffer.concat(chunks);
}

function failed(url: string, error: unknown, timeoutMs: number): InputError {
  const e = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return new InputError(url, `did not download within ${timeoutMs / 1000} s`);
  return new InputError(url, `could not be downloaded (${e.cause?.code ?? e.cause?.message ?? e.message ?? 'network error'})`);
}
