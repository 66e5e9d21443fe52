import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileCacheDir, enableCompileCache, wrapBundle, wrapSourceMap } from '../src/compile-cache.js';
import { defaultCacheDir } from '../src/fs/cache-dir.js';
import { ROOT } from './helpers.js';

describe('the compile cache (Node ≥ 22.1)', () => {
  it('is asked to keep compiled code in compile/ of the user cache when Node has one', () => {
    const asked: Array<string | undefined> = [];
    enableCompileCache({ enableCompileCache: (dir) => asked.push(dir) });
    expect(asked).toEqual([compileCacheDir()]);
    expect(compileCacheDir()).toBe(join(defaultCacheDir(), 'compile'));
  });

  it('does nothing on a Node without one (Node 20)', () => {
    expect(() => enableCompileCache({})).not.toThrow();
  });

  it('never fails the run when the cache cannot be made or its folder found', () => {
    const unwritable = () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    expect(() => enableCompileCache({ enableCompileCache: unwritable })).not.toThrow();
    expect(() => enableCompileCache({ enableCompileCache: () => undefined }, unwritable)).not.toThrow();
  });
});

// each load in a process of its own, as in use: within one process V8 finds the script in its own
// memory and never looks at the cached data
describe('a CommonJS bundle run with its cached code (loadBundle)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-bundle-'));
  const bundle = join(dir, 'lib.cjs');
  writeFileSync(join(dir, 'side.mjs'), 'export const answer = 42;\n');
  writeFileSync(bundle, wrapBundle('exports.run = async (n) => (await __claimcheckImport("./side.mjs")).answer + n;\n'));
  const cacheDir = join(dir, 'cache');
  const cached = () => readdirSync(cacheDir).filter((n) => n.endsWith('.v8'));
  const loader = pathToFileURL(join(ROOT, 'dist/compile-cache.js')).href;
  /** Loads the bundle in a new process, runs it, keeps its code: what it returned and whether the code came from the cache. */
  const load = (options: { cacheDir: string; use?: string; buildId?: string }, file = bundle) => {
    const script = `const { loadBundle } = await import(${JSON.stringify(loader)}); const b = loadBundle(${JSON.stringify(file)}, ${JSON.stringify(options)}); const value = await b.exports.run(1); b.keep(); console.log(JSON.stringify({ value, fromCache: b.fromCache }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as { value: number; fromCache: boolean };
  };

  it('runs the file, and keeps its compiled code for the next run of the same use', () => {
    expect(load({ cacheDir, use: 'check' })).toEqual({ value: 43, fromCache: false });
    expect(cached()).toEqual([expect.stringMatching(/^lib\.cjs\.[0-9a-f]{8}\.check\.[0-9a-f]{16}\.v8$/)]);
    expect(load({ cacheDir, use: 'check' })).toEqual({ value: 43, fromCache: true });
    expect(load({ cacheDir, use: 'review' })).toEqual({ value: 43, fromCache: false });
  });

  it('ignores cached code that does not fit, and replaces it', () => {
    const name = cached().find((n) => n.includes('.check.'))!;
    writeFileSync(join(cacheDir, name), 'not V8 code');
    expect(load({ cacheDir, use: 'check' })).toEqual({ value: 43, fromCache: false });
    expect(load({ cacheDir, use: 'check' })).toEqual({ value: 43, fromCache: true });
  });

  it('meets no old code once the bundle changes, and drops the old code', () => {
    writeFileSync(bundle, wrapBundle('exports.run = async (n) => n * 2;\n'));
    expect(load({ cacheDir, use: 'check' })).toEqual({ value: 2, fromCache: false });
    expect(cached().filter((n) => n.includes('.check.'))).toHaveLength(1);
  });

  it("names the code by the build's id when given one, so a new build meets no old code", () => {
    const byBuild = join(dir, 'build-cache');
    expect(load({ cacheDir: byBuild, use: 'check', buildId: 'build-1' }).fromCache).toBe(false);
    expect(load({ cacheDir: byBuild, use: 'check', buildId: 'build-1' }).fromCache).toBe(true);
    expect(load({ cacheDir: byBuild, use: 'check', buildId: 'build-2' }).fromCache).toBe(false);
    expect(load({ cacheDir: byBuild, use: 'check' }).fromCache).toBe(false);
    expect(readdirSync(byBuild).filter((n) => n.endsWith('.v8'))).toHaveLength(1);
  });

  it('keeps the code of two installs sharing a cache folder apart', () => {
    const other = mkdtempSync(join(tmpdir(), 'claimcheck-bundle-'));
    writeFileSync(join(other, 'lib.cjs'), readFileSync(bundle));
    writeFileSync(join(other, 'side.mjs'), 'export const answer = 42;\n');
    const shared = join(dir, 'shared-cache');
    const [here, there] = [load({ cacheDir: shared, use: 'check' }), load({ cacheDir: shared, use: 'check' }, join(other, 'lib.cjs'))];
    expect([here.fromCache, there.fromCache]).toEqual([false, false]);
    expect(load({ cacheDir: shared, use: 'check' }).fromCache).toBe(true);
    expect(load({ cacheDir: shared, use: 'check' }, join(other, 'lib.cjs')).fromCache).toBe(true);
  });

  it('refuses a file that is not a wrapped bundle, naming it', () => {
    const plain = join(dir, 'plain.cjs');
    writeFileSync(plain, 'exports.run = async (n) => n;\n');
    const script = `const { loadBundle } = await import(${JSON.stringify(loader)}); loadBundle(${JSON.stringify(plain)});`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`${plain} is not a bundle made by \`npm run build\``);
  });

  it('runs, and keeps nothing, when the cache folder cannot be made', () => {
    const notAFolder = join(dir, 'file');
    writeFileSync(notAFolder, '');
    expect(load({ cacheDir: join(notAFolder, 'cache'), use: 'check' })).toEqual({ value: 2, fromCache: false });
  });
});

describe("a bundle's file (wrapBundle)", () => {
  it('is the code wrapped as its module function, with the source map comment kept last', () => {
    const wrapped = wrapBundle('exports.a = 1;\n//# sourceMappingURL=lib.cjs.map\n');
    expect(wrapped.split('\n')).toEqual(['(function (exports, require, module, __filename, __dirname, __claimcheckImport) {', 'exports.a = 1;', '})', '//# sourceMappingURL=lib.cjs.map', '']);
    const module = { exports: {} as { a?: number } };
    (new Function(`return ${wrapped}`)() as (e: unknown, r: unknown, m: unknown) => void)(module.exports, undefined, module);
    expect(module.exports.a).toBe(1);
  });

  it("moves the source map's lines down by the one line it adds", () => {
    const map = { version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA;AACA' };
    expect(JSON.parse(wrapSourceMap(JSON.stringify(map)))).toEqual({ ...map, mappings: ';AAAA;AACA' });
    // in the built bundle, a function's line maps to its line in the source
    const built = new SourceMap(JSON.parse(readFileSync(join(ROOT, 'dist/bundle/claimcheck.cjs.map'), 'utf8')) as SourceMapPayload);
    const bundle = readFileSync(join(ROOT, 'dist/bundle/claimcheck.cjs'), 'utf8');
    const offset = bundle.indexOf('async function runCli(');
    const line = bundle.slice(0, offset).split('\n').length - 1;
    const column = offset - (bundle.lastIndexOf('\n', offset) + 1);
    const source = readFileSync(join(ROOT, 'src/cli/main.ts'), 'utf8').split('\n').findIndex((l) => l.startsWith('export async function runCli('));
    expect(offset).toBeGreaterThan(0);
    expect(built.findEntry(line, column)).toMatchObject({ originalSource: expect.stringMatching(/src\/cli\/main\.ts$/), originalLine: source });
  });
});
