// `--changed-since` is handed to git: it must never become a git option, and a comparison that
// cannot be made must fail (exit 2), not pass the gate as "nothing changed" (issue 17, item 2).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCapture, SOURCE_PATH } from '../helpers.js';

function repo(): string {
  const d = mkdtempSync(join(tmpdir(), 'claimcheck-'));
  const git = (...a: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...a], { cwd: d, stdio: 'ignore' });
  git('init', '-q');
  writeFileSync(join(d, 'draft.txt'), 'The inspection took place over three weeks.\n');
  git('add', '.');
  git('commit', '-qm', 'first');
  return d;
}

describe('--changed-since', () => {
  it('refuses a revision that would be read as a git option, and git writes nothing', async () => {
    const d = repo();
    for (const ref of ['--output=written.txt', '-ooutput.txt']) {
      const r = await runCapture(['check', 'draft.txt', '--source', SOURCE_PATH, `--changed-since=${ref}`], d);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^claimcheck: --changed-since takes a git revision/);
    }
    expect(existsSync(join(d, 'written.txt'))).toBe(false);
    expect(existsSync(join(d, 'output.txt'))).toBe(false);
  });

  it('a file git does not track cannot be compared: exit 2, not a passing gate', async () => {
    const d = repo();
    writeFileSync(join(d, 'new.txt'), 'The inspection took place over three weeks.\n');
    const r = await runCapture(['check', 'new.txt', '--source', SOURCE_PATH, '--changed-since', 'HEAD'], d);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/new\.txt: cannot compare with 'HEAD' \(git does not track this file\)/);
  });

  it('outside a git repository: exit 2', async () => {
    const d = mkdtempSync(join(tmpdir(), 'claimcheck-'));
    writeFileSync(join(d, 'draft.txt'), 'The inspection took place over three weeks.\n');
    const r = await runCapture(['check', 'draft.txt', '--source', SOURCE_PATH, '--changed-since', 'HEAD'], d);
    expect(r.status).toBe(2);
  });
});
