import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SOURCE_PATH } from '../helpers.js';

// What a plain check loads is start-up time of every run: a text draft against a text report with
// the shipped rules must load none of the modules only other paths need.
describe('a check of a text draft against a text report', () => {
  // the second of two runs: the first models the report, which may run a rule pattern on re2js
  it('loads neither the modules of other paths nor Node modules it has no use for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-startup-'));
    const record = join(dir, 'record.cjs');
    const out = join(dir, 'loaded.json');
    // the CLI ends with process.exit(), so the lists are taken on 'exit'
    writeFileSync(record, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify({ builtins: process.moduleLoadList, files: Object.keys(require.cache) })));\n`);
    const run = () => spawnSync(process.execPath, ['--require', record, join(ROOT, 'dist/cli.cjs'), 'check', join(ROOT, 'seeds/drafts/local-news-2024.txt'), '--source', SOURCE_PATH, '--format', 'json', '--fail-on', 'none'], {
      encoding: 'utf8',
      env: { ...process.env, CLAIMCHECK_CACHE_DIR: join(dir, 'cache') },
    });
    run();
    const r = run();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const { builtins, files } = JSON.parse(readFileSync(out, 'utf8')) as { builtins: string[]; files: string[] };
    expect(builtins).not.toContain('NativeModule child_process');
    expect(builtins).not.toContain('NativeModule zlib');
    // its output goes straight to the pipes: Node's streams for them (net, tty) are never made
    expect(builtins).not.toContain('NativeModule net');
    expect(builtins).not.toContain('NativeModule tty');
    // cache entries are named by a hash in JavaScript, and the shipped rules checked by size and time
    expect(builtins).not.toContain('NativeModule crypto');
    expect((JSON.parse(r.stdout) as { documents: unknown[] }).documents).toHaveLength(1);
    // commander, the stemmer and the rest of a check's code are inside the bundle; of the packages
    // only the versions are read, for the key of the kept report model
    expect(files.filter((f) => f.includes('node_modules') && !f.endsWith('package.json'))).toEqual([]);
    expect(files.filter((f) => f.startsWith(join(ROOT, 'dist')))).toEqual([join(ROOT, 'dist/cli.cjs')]);
  }, 30000);
});

describe("the CLI's cached code", () => {
  // each use keeps the code its first run compiled: a corpus lookup calls code a one-source check
  // never does, so the two keep theirs apart
  it('is kept apart for a check against one source and a check against a corpus index', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-uses-'));
    const env = { ...process.env, CLAIMCHECK_CACHE_DIR: join(dir, 'cache') };
    const cli = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.cjs'), ...args], { encoding: 'utf8', env });
    mkdirSync(join(dir, 'reports'));
    copyFileSync(SOURCE_PATH, join(dir, 'reports', 'report.txt'));
    const draft = join(ROOT, 'seeds/drafts/local-news-2024.txt');
    expect(cli('index', join(dir, 'reports'), '--index', join(dir, 'corpus.idx')).status).toBe(0);
    const single = cli('check', draft, '--source', SOURCE_PATH, '--format', 'json', '--fail-on', 'none');
    const lookup = cli('check', draft, '--index', join(dir, 'corpus.idx'), '--format', 'json', '--fail-on', 'none');
    expect([single.status, lookup.status]).toEqual([0, 0]);
    const uses = readdirSync(join(dir, 'cache', 'compile')).map((name) => name.split('.')[3]).sort();
    expect(uses).toEqual(['check', 'check-index', 'index']);
  }, 60000);
});

describe('a broken install', () => {
  // a copy of the built CLI in a package of its own, its bundle then damaged, removed, or the copy
  // moved out of its package: each is one line naming the file and exit 2, never a stack trace
  const installed = () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-install-'));
    cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
    return dir;
  };
  const run = (dir: string) => spawnSync(process.execPath, [join(dir, 'dist/cli.cjs'), 'check', join(ROOT, 'seeds/drafts/local-news-2024.txt'), '--source', SOURCE_PATH], { encoding: 'utf8', env: { ...process.env, CLAIMCHECK_CACHE_DIR: join(dir, 'cache'), CLAIMCHECK_DEBUG: '' } });
  const bundle = (dir: string) => join(dir, 'dist/bundle/claimcheck.cjs');
  const inPackage = () => {
    const dir = installed();
    copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    for (const part of ['node_modules', 'rules', 'profiles', 'schema']) symlinkSync(join(ROOT, part), join(dir, part));
    return dir;
  };

  it('runs as it is', () => {
    const r = run(inPackage());
    expect([r.status, r.stderr]).toEqual([1, '']);
  }, 30000);

  it.each([
    ['a damaged bundle', (dir: string) => writeFileSync(bundle(dir), 'module.exports = {};\n'), 'is not a bundle made by `npm run build`'],
    ['a missing bundle', (dir: string) => rmSync(bundle(dir)), 'ENOENT'],
  ])('with %s says so in one line', (_, damage, said) => {
    const dir = inPackage();
    damage(dir);
    const r = run(dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^claimcheck: cannot start: .*${said.replace(/[.*+?^${}()|[\]\\`]/g, '\\$&')}.*\n$`));
    expect(r.stderr).toContain(bundle(dir));
  }, 30000);

  it('moved out of its package says so in one line', () => {
    const dir = installed();
    const r = run(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`claimcheck: cannot start: no package.json named claimcheck above ${bundle(dir)} (reinstall claimcheck; set CLAIMCHECK_DEBUG=1 for details)\n`);
  }, 30000);
});
