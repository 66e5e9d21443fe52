// Labelled lines: "Inspection dates: 5 to 16 December 2022", "Lead inspector: …", "Report published: …",
// several of them sometimes run together on one line.
import type { Token } from '../../ingest/tokens.js';
import type { Locator, Span } from '../source-doc.js';
import { linesOf, pageAt, type ReaderContext } from './context.js';

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
const LABEL = /(?:^|\s)(\p{Lu}[\p{L}’' ]{2,40}?):\s+/gu;

export function readLabelledLines(ctx: ReaderContext): LabelledLine[] {
  const out: LabelledLine[] = [];
  for (const block of ctx.blocks) {
    for (const line of linesOf(ctx.doc, block)) {
      // a long line (a text whose lines were run together) is searched only at its start
      const long = line.tokens.length > MAX_WORDS || /[.!?]$/.test(line.text.trim());
      const labels = [...line.text.matchAll(LABEL)].filter((m) => !long || m.index < LONG_LINE_HEAD);
      if (long && labels.length === 0) continue;
      labels.forEach((m, i) => {
        const labelStart = line.start + m.index + (m[0].length - m[0].trimStart().length);
        const valueStart = line.start + m.index + m[0].length;
        const next = labels[i + 1];
        const valueEnd = next ? line.start + next.index : line.end;
        const tokens = line.tokens.filter((t) => t.start >= valueStart && t.end <= valueEnd).slice(0, long ? MAX_VALUE_WORDS : undefined);
        if (!tokens.length) return;
        const label = m[1]!.trim();
        const page = pageAt(ctx.doc, labelStart);
        out.push({
          label,
          value: { start: valueStart, end: tokens[tokens.length - 1]!.end },
          tokens,
          at: { kind: 'label', text: label, ...(page !== undefined ? { page } : {}) },
        });
      });
    }
  }
  return out;
}
