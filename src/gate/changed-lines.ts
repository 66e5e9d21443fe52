import { execFileSync } from 'node:child_process';
import { InputError } from '../errors.js';

/** The lines of a file that differ from a git revision (added or changed lines of `git diff`). */
export function changedLines(path: string, ref: string): Set<number> {
  requireWorkTree(path);
  let diff: string;
  try {
    diff = execFileSync('git', ['diff', '--unified=0', '--no-color', ref, '--', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').split('\n')[0];
    throw new InputError(path, `cannot compare with '${ref}' (${stderr || 'git failed'})`);
  }
  return parseChangedLines(diff);
}

/** Line numbers in the new file from the hunk headers of a unified diff with no context. */
export function parseChangedLines(diff: string): Set<number> {
  const lines = new Set<number>();
  for (const m of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    for (let i = 0; i < count; i++) lines.add(start + i);
  }
  return lines;
}

/** Outside a repository `git diff` compares two files instead ("Could not access 'HEAD'"): say what is wrong. */
function requireWorkTree(path: string): void {
  try {
    execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { stdio: 'ignore' });
  } catch {
    throw new InputError(path, '--changed-since needs a git repository, and this is not a git repository');
  }
}
