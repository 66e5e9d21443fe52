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
