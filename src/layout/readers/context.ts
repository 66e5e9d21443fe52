import type { Doc } from '../../ingest/document.js';
import { spanOf, tokensIn } from '../../ingest/document.js';
import type { Token } from '../../ingest/tokens.js';
import type { Lexicon } from '../../rules/lexicon.js';
import type { RawBlock } from '../blocks.js';
import type { GradeScale } from '../grade-terms.js';

/** What every layout reader gets: the text, its words, its blocks, and the grading scales in force. */
export interface ReaderContext {
  doc: Doc;
  blocks: RawBlock[];
  lex: Lexicon;
  scales: GradeScale[];
}

/** One line of a block, with its words. */
export interface Line {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

export function linesOf(doc: Doc, block: RawBlock): Line[] {
  const out: Line[] = [];
  const re = /[^\r\n]+/g;
  const slice = doc.text.slice(block.start, block.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const start = block.start + m.index;
    const end = start + m[0].length;
    out.push({ start, end, text: m[0], tokens: tokensIn(doc, start, end) });
  }
  return out;
}

/** The page a position falls on, when the text carries page starts. */
export function pageAt(doc: Doc, offset: number): number | undefined {
  return spanOf(doc, offset, offset + 1).page;
}
