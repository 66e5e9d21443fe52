// Inspection dates stated in a sentence, for reports that print no "Inspection dates:" line:
// "Inspectors visited the local authority between 4 and 15 December 2017", "The inspection took
// place from 2 to 6 March 2020", and a visit's days: "This visit was carried out on 4 and 5 June 2019".
import type { Lexicon } from '../../rules/lexicon.js';
import { tokensIn } from '../../ingest/document.js';
import { splitSentences } from '../sentences.js';
import type { StatedDate, Span, Locator } from '../source-doc.js';
import { parseDates } from './dates.js';
import { pageAt, type ReaderContext } from './context.js';

export interface ProseDates {
  inspection?: { start: string; end: string; at: Locator; span: Span };
  visits: StatedDate[];
}

/** A sentence about the inspection or visit itself. */
const ABOUT_INSPECTION = /\b(?:inspect(?:ion|ed|ors?)|visit(?:ed)?|fieldwork)\b/i;
const MONTH = String.raw`[A-Z][a-z]{2,8}`;
const RANGE = new RegExp(String.raw`\b(?:between|from)\s+\d{1,2}(?:\s+${MONTH})?(?:\s+\d{4})?\s+(?:and|to|until)\s+\d{1,2}\s+${MONTH}(?:\s+\d{4})?`, 'u');
const DAYS = new RegExp(String.raw`\bon\s+\d{1,2}(?:,\s*\d{1,2})*(?:,?\s+and\s+\d{1,2})?\s+${MONTH}(?:\s+\d{4})?`, 'u');
/** How far into a report its own dates are stated. */
const OPENING_BLOCKS = 40;

export function readProseDates(ctx: ReaderContext, lex: Lexicon, publishedAfter?: string): ProseDates {
  const out: ProseDates = { visits: [] };
  for (const block of ctx.blocks.slice(0, OPENING_BLOCKS)) {
    for (const [start, end] of splitSentences(block.text, block.start)) {
      const text = ctx.doc.text.slice(start, end).replace(/\s+/g, ' ');
      if (!ABOUT_INSPECTION.test(text) || text.length > 400) continue;
      const page = pageAt(ctx.doc, start);
      const at: Locator = { kind: 'paragraph', ...(page !== undefined ? { page } : {}) };
      const range = out.inspection ? null : RANGE.exec(ctx.doc.text.slice(start, end));
      if (range) {
        const span = { start: start + range.index, end: start + range.index + range[0].length };
        const parts = parseDates(tokensIn(ctx.doc, span.start, span.end), lex, publishedAfter);
        if (parts.length >= 2) out.inspection = { start: parts[0]!, end: parts[parts.length - 1]!, at, span };
        continue;
      }
      const days = out.visits.length ? null : DAYS.exec(ctx.doc.text.slice(start, end));
      if (days && /\bvisit/i.test(text)) {
        const span = { start: start + days.index + 3, end: start + days.index + days[0].length };
        for (const date of parseDates(tokensIn(ctx.doc, span.start, span.end), lex, publishedAfter)) out.visits.push({ date, at, span });
      }
    }
  }
  return out;
}
