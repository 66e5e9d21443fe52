import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';
import type { InputText } from '../types.js';
import { applyFixes, type QuoteFix } from './apply.js';

/** The draft as it will be written with the fixes: only when its text is its file's bytes (plain
 * text or Markdown in UTF-8, a byte-order mark kept), so that nothing but the misquotes changes. */
export function fixedFile(draft: InputText, fixes: QuoteFix[]): string {
  if (draft.format !== 'text' && draft.format !== 'markdown') throw new InputError(draft.path, `is ${draft.format}; claimcheck fix rewrites plain text and Markdown drafts only`);
  const bytes = readFileSync(draft.path);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' : '';
  if (!Buffer.from(bom + draft.text, 'utf8').equals(bytes)) throw new InputError(draft.path, 'is not UTF-8, so claimcheck fix cannot rewrite it without changing other characters');
  return bom + applyFixes(draft.text, fixes);
}

/** Writes the fixed draft over the original, atomically. */
export function writeFixes(draft: InputText, fixes: QuoteFix[]): void {
  writeFileAtomic(draft.path, fixedFile(draft, fixes));
}
