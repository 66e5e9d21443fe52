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
const LABEL = /(?:^|\s)(\p{Lu}[\p{L}’' ]{2,40}?):\s+/gu;

export function readLabelledLines(ctx: ReaderContext): LabelledLine[] {
  const out: LabelledLine[] = [];
  for (const block of ctx.blocks) {
    for (const line of linesOf(ctx.doc, block)) {
      if (line.tokens.length > MAX_WORDS || /[.!?]$/.test(line.text.trim())) continue;
      const labels = [...line.text.matchAll(LABEL)];
      labels.forEach((m, i) => {
        const labelStart = line.start + m.index + (m[0].length - m[0].trimStart().length);
        const valueStart = line.start + m.index + m[0].length;
        const next = labels[i + 1];
        const valueEnd = next ? line.start + next.index : line.end;
        const tokens = line.tokens.filter((t) => t.start >= valueStart && t.end <= valueEnd);
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
