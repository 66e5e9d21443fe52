import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import nodeModule, { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { writeFileAtomic } from './fs/atomic.js';
import { defaultCacheDir } from './fs/cache-dir.js';
import { cacheHash } from './cache-hash.js';

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

// The CLI's own code is one CommonJS bundle run here through vm.Script, with V8's code for it kept
// in the cache folder. Node 20 has no compile cache, and Node 22's keeps only what was compiled at
// load time; this keeps the code of every function the run compiled, made after the run, so the
// next run of the same command neither parses the bundle nor compiles the functions it calls
// (about 60 ms of a 0.3 s check). V8 checks the data's version and flags itself and ignores data
// that does not fit; the file name adds the bundle's hash, so an edited bundle never meets old code.
// Inside a vm.Script `import()` cannot run on Node 20 (its callback needs --experimental-vm-modules
// and is lost with cached data), so the bundle is given an importer from this module instead.

/** A bundle loaded by `loadBundle`. */
export interface LoadedBundle<T> {
  /** The bundle's `module.exports`. */
  exports: T;
  /** Whether V8 used compiled code from the cache. */
  fromCache: boolean;
  /** Writes V8's code of everything the run has compiled, when the cache had none that fitted.
   * Call it once the work is done; failing to write only means the next run compiles again. */
  keep(): void;
}

export interface BundleOptions {
  /** The cache folder; undefined: no cache. */
  cacheDir?: string;
  /** What the run does (the CLI's command): each kind keeps the code it runs. */
  use?: string;
  /** A hash of the build the file is part of, when there is one: it names the cached code instead
   * of a hash of the file's text, which costs a millisecond or two per run for the CLI's bundle. */
  buildId?: string;
}

// A bundle's file is its CommonJS code already wrapped as the function a module is run in (see
// `wrapBundle`), so that V8 compiles the file's text as read: wrapped here, the bundle's text was
// copied into a second string that V8 then flattened, 300 of a seed check's 7,400 page faults.
const BUNDLE_HEAD = '(function (exports, require, module, __filename, __dirname, __claimcheckImport) {\n';
const BUNDLE_TAIL = '\n})\n';
const MAP_COMMENT = /\n(\/\/# sourceMappingURL=[^\n]*\n?)$/;

/** CommonJS code as a bundle's file holds it: wrapped as the function its module runs in, with its
 * source map comment (if any) kept last. Its source map's lines move down one (`wrapSourceMap`). */
export function wrapBundle(code: string): string {
  const comment = MAP_COMMENT.exec(code);
  const body = comment ? code.slice(0, comment.index) : code;
  return `${BUNDLE_HEAD}${body}${BUNDLE_TAIL}${comment?.[1] ?? ''}`;
}

/** A bundle's source map once `wrapBundle` has put the head line before its code. */
export function wrapSourceMap(map: string): string {
  const parsed = JSON.parse(map) as { mappings: string };
  return JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
}

/** Runs a bundle (CommonJS code wrapped by `wrapBundle`) with V8's cached code for it, if any. The
 * code sees `__claimcheckImport`, an `import()` resolving bare names from the package and relative
 * ones from the file. */
export function loadBundle<T>(file: string, options: BundleOptions = {}): LoadedBundle<T> {
  const source = readFileSync(file, 'utf8');
  if (!source.startsWith(BUNDLE_HEAD)) throw new Error(`${file} is not a bundle made by \`npm run build\` (it does not start with the module's wrapper)`);
  const cacheFile = options.cacheDir === undefined ? undefined : join(options.cacheDir, cacheName(file, options.buildId ?? source, options.use));
  const cachedData = cacheFile === undefined ? undefined : readOrUndefined(cacheFile);
  const script = new vm.Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as T };
  const importer = (specifier: string) => import(specifier.startsWith('.') ? pathToFileURL(resolve(dirname(file), specifier)).href : specifier);
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file), importer);
  return {
    exports: module.exports,
    fromCache,
    keep() {
      if (fromCache || cacheFile === undefined) return;
      try {
        mkdirSync(dirname(cacheFile), { recursive: true });
        writeFileAtomic(cacheFile, script.createCachedData());
        removeStale(cacheFile, file, options.use);
      } catch {
        // an unwritable or full cache folder: the next run compiles again
      }
    },
  };
}

const USE = /^[a-z][a-z-]{0,30}$/;

/** `<bundle>.<install>.<use>.`: what the cached code of one bundle, installed in one place, for one
 * use is named from (two installs of claimcheck sharing a cache folder keep their own code). */
const cachePrefix = (file: string, use = 'other') => `${basename(file)}.${cacheHash(dirname(resolve(file))).slice(0, 8)}.${USE.test(use) ? use : 'other'}.`;

/** The prefix and a hash of the bundle (its text or its build's id), Node's version and the machine:
 * a new build or Node meets no old code. */
function cacheName(file: string, build: string, use?: string): string {
  const hash = cacheHash(build, process.version, process.arch);
  return `${cachePrefix(file, use)}${hash}.v8`;
}


/** Code kept for the same bundle, install and use by another build of it or another Node. */
function removeStale(kept: string, file: string, use?: string): void {
  const prefix = cachePrefix(file, use);
  for (const name of readdirSync(dirname(kept))) {
    if (name !== basename(kept) && name.startsWith(prefix) && name.endsWith('.v8')) rmSync(join(dirname(kept), name), { force: true });
  }
}

function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
