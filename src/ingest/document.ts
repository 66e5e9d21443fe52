import type { InputText } from '../types.js';
import { normalize } from './normalize.js';
import { indexPositions, toSpan, type PositionIndex } from './positions.js';
import { tokenize, type Token } from './tokens.js';
import type { Span } from '../types.js';

/** An input ready for the pipeline: original text, positions and tokens. The folded view the
 * tokens are read from is not kept: every token carries its offsets in the original, and the
 * view's two offset maps are four times the text's size (40 MB for a 5 MB draft). */
export interface Doc {
  path: string;
  text: string;
  input: InputText;
  positions: PositionIndex;
  tokens: Token[];
}

export function makeDoc(input: InputText): Doc {
  return {
    path: input.path,
    text: input.text,
    input,
    positions: indexPositions(input.text, input.pageStarts),
    tokens: tokenize(normalize(input.text)),
  };
}

export function spanOf(doc: Doc, start: number, end: number): Span {
  return toSpan(doc.positions, start, end);
}

/** Index of the first token that ends after `offset` (original offsets). */
export function tokenIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tokens lying wholly inside an original range. */
export function tokensIn(doc: Doc, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = tokenIndexAt(doc, start); i < doc.tokens.length; i++) {
    const t = doc.tokens[i] as Token;
    if (t.start >= end) break;
    if (t.start >= start && t.end <= end) out.push(t);
  }
  return out;
}

