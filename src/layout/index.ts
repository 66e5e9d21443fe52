// The layout stage's API: a report's text → what it states (SourceDoc).
import { makeDoc, spanOf, type Doc } from '../ingest/document.js';
import type { Lexicon } from '../rules/lexicon.js';
import type { InputText } from '../types.js';
import { chooseProfile, shippedProfiles, type Profile } from './profile.js';
import { readSourceDoc } from './read-source.js';
import { blockLocator, segmentSource } from './source.js';
import type { SourceDoc } from './source-doc.js';

export interface LayoutOptions {
  /** A profile id that overrides the one the report's words point to. */
  profile?: string;
  profiles?: Profile[];
}

/** Reads a report already made into a Doc. */
export function layoutDoc(id: string, doc: Doc, lex: Lexicon, options: LayoutOptions = {}): SourceDoc {
  const profile = chooseProfile(doc.text, options.profiles ?? shippedProfiles(), options.profile);
  const passages = segmentSource(doc.text, lex).map((b) => ({ start: b.start, end: b.end, at: blockLocator(b, spanOf(doc, b.start, b.start + 1).page) }));
  return readSourceDoc(id, doc, lex, profile, passages);
}

export function layout(id: string, input: InputText, lex: Lexicon, options: LayoutOptions = {}): SourceDoc {
  return layoutDoc(id, makeDoc(input), lex, options);
}
