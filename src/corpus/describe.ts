import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildSourceModel } from '../align/source-model.js';
import { isContentWord } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import type { InputText } from '../types.js';
import { FACTS_VERSION, termsFile, type IndexedDocument } from './index.js';
import { reportFacts } from './report-facts.js';

// A new or changed report described for the index: its stem counts (kept in the store, to build
// the postings from) and its facts. The whole pipeline it needs loads only when a file is read,
// so bringing an unchanged index up to date loads none of it.

export function describe(input: InputText, hash: string, info: { size: number; mtimeMs: number }, store: string, lex: Lexicon): IndexedDocument {
  // one source model gives both the words and the facts (it tokenises the text once)
  const model = buildSourceModel('S1', input, lex);
  const terms: Record<string, number> = {};
  let length = 0;
  for (const t of model.doc.tokens) {
    if (!isContentWord(t.word)) continue;
    terms[t.stem] = (terms[t.stem] ?? 0) + 1;
    length++;
  }
  const file = termsFile(store, hash);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(terms));
  return { path: input.path, hash, size: info.size, mtimeMs: info.mtimeMs, length, facts: FACTS_VERSION, ...reportFacts(model, lex) };
}
