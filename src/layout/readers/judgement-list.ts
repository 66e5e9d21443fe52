// A list of judgements run into a line of prose, as a text whose lines were all joined leaves it:
// "… are: 1. Children who need help and protection Good 2. Children looked after … Good 3. Leadership,
// management and governance Outstanding 1 Ofsted produces …". Each numbered item is a label and the
// grade it ends on; the list ends at the first item that is not one.
import { tokensIn } from '../../ingest/document.js';
import type { Token } from '../../ingest/tokens.js';
import { gradeAt, type StatedGrade } from '../grade-terms.js';
import type { Locator } from '../source-doc.js';
import { pageAt, type ReaderContext } from './context.js';
import { startsUpper } from '../../ingest/letters.js';

export type ListGrade = StatedGrade;

/** An item's label is a judgement's name, never a sentence. */
const MAX_LABEL_WORDS = 14;
/** Fewer items than this in a row are not a judgement list. */
const MIN_ITEMS = 3;

export function readJudgementLists(ctx: ReaderContext): ListGrade[] {
  const out: ListGrade[] = [];
  for (const block of ctx.blocks) {
    const tokens = tokensIn(ctx.doc, block.start, block.end);
    let run: ListGrade[] = [];
    const flush = () => {
      if (run.length >= MIN_ITEMS) out.push(...run.map((g, i) => ({ ...g, at: { ...g.at, row: out.length + i + 1 } as Locator })));
      run = [];
    };
    for (let i = 0; i < tokens.length; i++) {
      const label = itemStart(ctx, tokens, i);
      if (label < 0) continue;
      const item = readItem(ctx, tokens, label);
      if (!item) {
        flush();
        continue;
      }
      // the next item must start right after the grade, or the list ends here
      const next = itemStart(ctx, tokens, item.next);
      run.push(item.grade);
      if (next < 0) flush();
      i = item.next - 1;
    }
    flush();
  }
  return out;
}

/** Where an item's label starts when word `i` opens a numbered item ("3." or "2.1" and a capital), else -1. */
function itemStart(ctx: ReaderContext, tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t || !/^\d{1,2}$/.test(t.word)) return -1;
  const after = ctx.doc.text.slice(t.end, t.end + 1);
  if (after !== '.') return -1;
  let j = i + 1;
  // "2.1": the number's second part
  if (tokens[j] && /^\d{1,2}$/.test(tokens[j]!.word) && tokens[j]!.start === t.end + 1) j++;
  const first = tokens[j];
  return first && startsUpper(ctx.doc.text.slice(first.start, first.end)) ? j : -1;
}

/** A label of a few words, then a capitalised grade term. */
function readItem(ctx: ReaderContext, tokens: Token[], from: number): { grade: ListGrade; next: number } | undefined {
  const seq = tokens.map((t) => t.word);
  for (let k = from + 1; k <= from + MAX_LABEL_WORDS && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!startsUpper(ctx.doc.text.slice(t.start, t.end))) continue;
    const hit = gradeAt(seq, k, ctx.scales);
    if (!hit) continue;
    const last = tokens[hit.to - 1]!;
    const page = pageAt(ctx.doc, tokens[from]!.start);
    return {
      grade: {
        hit: { scale: hit.scale, level: hit.level },
        subject: ctx.doc.text.slice(tokens[from]!.start, tokens[k - 1]!.end).replace(/\s+/g, ' '),
        at: { kind: 'table-row', table: 'judgements', row: 0, ...(page !== undefined ? { page } : {}) },
        span: { start: t.start, end: last.end },
      },
      next: hit.to,
    };
  }
  return undefined;
}
