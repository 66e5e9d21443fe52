import { InputError } from '../errors.js';
import { childProcessModule } from '../lazy/modules.js';

/** The lines of a file that differ from a git revision (added or changed lines of `git diff`).
 * Anything that stops the comparison is an InputError: "cannot compare" must never read as
 * "nothing changed", or the gate would pass on a typo. */
export function changedLines(path: string, ref: string): Set<number> {
  // a ref is never an option: `--changed-since=--output=x` must not make git write files
  if (ref.startsWith('-') || ref.trim() === '') throw new InputError(undefined, `--changed-since takes a git revision, not '${ref}'`);
  requireWorkTree(path);
  const git = (args: string[]) => childProcessModule().execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  } catch {
    throw new InputError(path, `cannot compare with '${ref}' (no such git revision)`);
  }
  try {
    // a file git does not track would diff as empty: every claim "unchanged"
    git(['ls-files', '--error-unmatch', '--', path]);
  } catch {
    throw new InputError(path, `cannot compare with '${ref}' (git does not track this file)`);
  }
  try {
    return parseChangedLines(git(['diff', '--unified=0', '--no-color', '--no-ext-diff', '--end-of-options', ref, '--', path]));
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').split('\n')[0];
    throw new InputError(path, `cannot compare with '${ref}' (${stderr || 'git failed'})`);
  }
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
    childProcessModule().execFileSync('git', ['rev-parse', '--is-inside-work-tree'], { stdio: 'ignore' });
  } catch {
    throw new InputError(path, '--changed-since needs a git repository, and this is not a git repository');
  }
}
