import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRuleSet } from '../src/rules/load.js';
import { lexicon } from '../src/rules/lexicon.js';
import type { InputText } from '../src/types.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SOURCE_PATH = `${ROOT}seeds/source/lewisham-2023-ofsted-report.txt`;
export const rules = loadRuleSet();
export const lex = lexicon(rules);

export function seed(relative: string): InputText {
  const path = `${ROOT}seeds/${relative}`;
  return { path, text: readFileSync(path, 'utf8'), format: 'text' };
}

export const source = (): InputText => seed('source/lewisham-2023-ofsted-report.txt');
export const text = (body: string, path = 'draft.txt'): InputText => ({ path, text: body, format: 'text' });

/** Runs the CLI in-process with captured output, from `cwd` when given. */
export async function runCapture(args: string[], cwd?: string): Promise<{ status: number; stdout: string; stderr: string }> {
  const { PassThrough } = await import('node:stream');
  const { runCli } = await import('../src/cli/main.js');
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => (stdout += d));
  err.on('data', (d) => (stderr += d));
  const before = process.cwd();
  if (cwd) process.chdir(cwd);
  try {
    const status = await runCli(['node', 'claimcheck', ...args], { out, err });
    return { status, stdout, stderr };
  } finally {
    if (cwd) process.chdir(before);
  }
}
