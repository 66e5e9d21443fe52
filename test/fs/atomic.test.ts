import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/fs/atomic.js';
import { ROOT } from '../helpers.js';

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-atomic-'));
    writeFileAtomic(join(dir, 'f.json'), 'one');
    writeFileAtomic(join(dir, 'f.json'), 'two');
    expect(readFileSync(join(dir, 'f.json'), 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['f.json']);
  });

  it('survives kill -9 at any moment: the file is always the old or the new complete version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-atomic-'));
    const target = join(dir, 'review.json');
    // two contents of different lengths, large enough that a write takes a while
    const versions = ['A'.repeat(3_000_000), 'B'.repeat(2_000_000)];
    writeFileSync(target, versions[0]!);
    const writer = `
      const { writeFileAtomic } = await import(${JSON.stringify(join(ROOT, 'dist/fs/atomic.js'))});
      const versions = ['A'.repeat(3_000_000), 'B'.repeat(2_000_000)];
      process.stdout.write('ready\\n');
      for (let i = 1; ; i++) writeFileAtomic(${JSON.stringify(target)}, versions[i % 2]);
    `;
    for (let round = 0; round < 12; round++) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', writer], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 5 + ((round * 37) % 60)));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      expect(versions).toContain(readFileSync(target, 'utf8'));
    }
  }, 60_000);
});
