// Graded headings: "The experiences and progress of children in care: good", and a heading whose
// grade stands on the line below it.
import { tokensIn } from '../../ingest/document.js';
import { wholeGrade, type GradeHit, type StatedGrade } from '../grade-terms.js';
import type { Span } from '../source-doc.js';
import { pageAt, type ReaderContext } from './context.js';
import { startsUpper } from '../../ingest/letters.js';

export type HeadingGrade = StatedGrade;

/** A heading is short and opens with a capital. */
const MAX_HEADING_WORDS = 16;

export function readHeadingGrades(ctx: ReaderContext): HeadingGrade[] {
  const out: HeadingGrade[] = [];
  ctx.blocks.forEach((block, i) => {
    const text = block.text.replace(/^#{1,6}\s+/, '');
    const base = block.end - text.length;
    if (!/^[\p{Lu}\p{N}'"\u2018\u201c]/u.test(text) || /\n/.test(text)) return;
    const colon = text.lastIndexOf(':');
    const tokens = tokensIn(ctx.doc, base, block.end);
    if (tokens.length > MAX_HEADING_WORDS + 6) return;
    if (colon > 0) {
      const after = tokens.filter((t) => t.start > base + colon);
      const hit = wholeGrade(after, ctx.scales);
      if (hit && tokens.length - after.length <= MAX_HEADING_WORDS) {
        out.push(heading(ctx, text.slice(0, colon).trim(), hit, { start: after[0]!.start, end: after[after.length - 1]!.end }, block.start));
      }
      return;
    }
    // the grade on the next line, alone
    const next = ctx.blocks[i + 1];
    if (!next || /[.!?]$/.test(text) || tokens.length > MAX_HEADING_WORDS || wholeGrade(tokens, ctx.scales)) return;
    const below = tokensIn(ctx.doc, next.start, next.end);
    const hit = wholeGrade(below, ctx.scales);
    if (hit && startsUpper(next.text)) out.push(heading(ctx, text.trim(), hit, { start: below[0]!.start, end: below[below.length - 1]!.end }, block.start));
  });
  return out;
}

function heading(ctx: ReaderContext, subject: string, hit: GradeHit, span: Span, at: number): HeadingGrade {
  const page = pageAt(ctx.doc, at);
  // "The impact of leaders … is: good": the heading's verb is not part of what it grades
  subject = subject.replace(/\s+(?:is|are)$/i, '');
  return { hit: { scale: hit.scale, level: hit.level }, subject, at: { kind: 'heading', text: subject, ...(page !== undefined ? { page } : {}) }, span };
}
