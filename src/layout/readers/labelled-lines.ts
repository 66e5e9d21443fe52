// Labelled lines: "Inspection dates: 5 to 16 December 2022", "Lead inspector: …", "Report published: …",
// several of them sometimes run together on one line.
import type { Token } from '../../ingest/tokens.js';
import type { Locator, Span } from '../source-doc.js';
import { tokensIn } from '../../ingest/document.js';
import { linesOf, pageAt, type Line, type ReaderContext } from './context.js';
import { onFirstUse } from '../../lazy/modules.js';

export interface LabelledLine {
  label: string;
  /** The value's words and range. */
  value: Span;
  tokens: Token[];
  at: Locator;
}

/** A labelled line is short: a label of a few words, a value of a few more. */
const MAX_WORDS = 30;
/** How far into a long line labels are looked for, and how many words their values may take there. */
const LONG_LINE_HEAD = 600;
const MAX_VALUE_WORDS = 10;
// made on first use: making a \p{…} pattern parses its classes (src/ingest/letters.ts)
const LABEL = onFirstUse(() => /(?:^|\s)(\p{Lu}[\p{L}\u2019' ]{2,40}?):\s+/gu);
/** A label on a line of its own, its value on the next. */
const ALONE = onFirstUse(() => /^(\p{Lu}[\p{L}\u2019' ]{2,30}):$/u);

export function readLabelledLines(ctx: ReaderContext): LabelledLine[] {
  const out: LabelledLine[] = [];
  for (const [b, block] of ctx.blocks.entries()) {
    const lines = linesOf(ctx.doc, block);
    const alone = lines.length === 1 ? ALONE().exec(block.text) : null;
    const next = ctx.blocks[b + 1];
    if (alone && next) {
      // "Release date:" with its value on the line below
      const tokens = tokensIn(ctx.doc, next.start, next.end);
      if (tokens.length && tokens.length <= MAX_VALUE_WORDS && !ALONE().test(next.text)) out.push(labelled(ctx, alone[1]!, block.start, tokens));
      continue;
    }
    for (const line of lines) {
      const bare = unmarkedDateLabel(ctx, line);
      if (bare) {
        out.push(labelled(ctx, bare.label, line.start, bare.tokens));
        continue;
      }
      // a long line (a text whose lines were run together) is searched only at its start
      const long = line.tokens.length > MAX_WORDS || /[.!?]$/.test(line.text.trim());
      const labels = [...line.text.matchAll(LABEL())].filter((m) => !long || m.index < LONG_LINE_HEAD);
      if (long && labels.length === 0) continue;
      labels.forEach((m, i) => {
        const labelStart = line.start + m.index + (m[0].length - m[0].trimStart().length);
        const valueStart = line.start + m.index + m[0].length;
        const next = labels[i + 1];
        const valueEnd = next ? line.start + next.index : line.end;
        const tokens = line.tokens.filter((t) => t.start >= valueStart && t.end <= valueEnd).slice(0, long ? MAX_VALUE_WORDS : undefined);
        if (!tokens.length) return;
        out.push({ ...labelled(ctx, m[1]!.trim(), labelStart, tokens), value: { start: valueStart, end: tokens[tokens.length - 1]!.end } });
      });
    }
  }
  return out;
}

function labelled(ctx: ReaderContext, label: string, at: number, tokens: Token[]): LabelledLine {
  const page = pageAt(ctx.doc, at);
  return { label, value: { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end }, tokens, at: { kind: 'label', text: label, ...(page !== undefined ? { page } : {}) } };
}

/** "Inspection dates 13-24 September": a date label the report prints without its colon, then a day. */
function unmarkedDateLabel(ctx: ReaderContext, line: Line): { label: string; tokens: Token[] } | undefined {
  if (line.tokens.length > MAX_VALUE_WORDS + 3 || /:/.test(line.text)) return undefined;
  const hit = ctx.lex.dates?.labels.matchAt(line.tokens.map((t) => t.word), 0);
  if (!hit || !/^\d/.test(line.tokens[hit.to]?.word ?? '')) return undefined;
  const labelEnd = line.tokens[hit.to - 1]!.end;
  return { label: ctx.doc.text.slice(line.start, labelEnd), tokens: line.tokens.slice(hit.to) };
}
