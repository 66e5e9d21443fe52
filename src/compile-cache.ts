import nodeModule from 'node:module';
import { join } from 'node:path';
import { defaultCacheDir } from './fs/cache-dir.js';

/** What this needs of node:module; `enableCompileCache` exists from Node 22.1 only. */
export interface ModuleApi {
  enableCompileCache?: (dir?: string) => unknown;
}

/** Where compiled code is kept: compile/ in claimcheck's cache folder. */
export const compileCacheDir = () => join(defaultCacheDir(), 'compile');

/** Keeps V8's compiled code of every module loaded after this call in the user's cache, so the next
 * run skips compiling them (Node ≥ 22.1; Node 20 has no such cache, and then this does nothing). A
 * cache that cannot be made or written only means a slower start: never an error. */
export function enableCompileCache(api: ModuleApi = nodeModule as ModuleApi, dir: () => string = compileCacheDir): void {
  if (typeof api.enableCompileCache !== 'function') return;
  try {
    api.enableCompileCache(dir());
  } catch {
    // Node reports an unwritable folder in the returned status rather than throwing; this covers the rest
  }
}
