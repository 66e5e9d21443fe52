// Quotations in a draft: curly and straight, double and single, with apostrophes told apart,
// quotes that run over several paragraphs, and quotes nested in quotes.
import { startsLetterOrDigit } from '../ingest/letters.js';

export interface Quote {
  /** Offsets of the opening mark and just after the closing mark (or the paragraph end). */
  outerStart: number;
  outerEnd: number;
  /** The quoted words, without the marks and trailing commas. */
  start: number;
  end: number;
  mark: 'double' | 'single';
  /** The quote was still open at the end of its paragraph (a speech that goes on). */
  unclosed: boolean;
  /** The paragraph opens with this quote and the previous paragraph's quote was still open. */
  continues: boolean;
  /** Inside another quote. */
  nested: boolean;
}

type Mark = { at: number; role: 'open' | 'close'; mark: 'double' | 'single' };

const OPEN_CONTEXT = /^$|[\s([{\u2014\u2013\-/:]/;

function classify(text: string, i: number): Mark | undefined {
  const ch = text[i] as string;
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  switch (ch) {
    case '\u201C':
    case '\u201E':
      return { at: i, role: 'open', mark: 'double' };
    case '\u201D':
      return { at: i, role: 'close', mark: 'double' };
    case '"':
      return { at: i, role: OPEN_CONTEXT.test(prev) && !/\s/.test(next) ? 'open' : 'close', mark: 'double' };
    case '\u2018':
      return startsLetterOrDigit(prev) ? undefined : { at: i, role: 'open', mark: 'single' };
    case '\u2019':
    case "'":
      if (startsLetterOrDigit(prev) && startsLetterOrDigit(next)) return undefined; // Lewisham's, it's
      if (ch === "'" && OPEN_CONTEXT.test(prev) && startsLetterOrDigit(next)) return { at: i, role: 'open', mark: 'single' };
      if (!startsLetterOrDigit(prev) && !/[.,!?;:]/.test(prev)) return undefined;
      return { at: i, role: 'close', mark: 'single' };
    default:
      return undefined;
  }
}

/** Finds the quotes of a text, paragraph by paragraph (`paragraphs` are [start, end) ranges). */
export function findQuotes(text: string, paragraphs: Array<[number, number]>): Quote[] {
  const quotes: Quote[] = [];
  let speechOpen = false;
  for (const [pStart, pEnd] of paragraphs) {
    const marks: Mark[] = [];
    for (let i = pStart; i < pEnd; i++) {
      const m = classify(text, i);
      if (m) marks.push(m);
    }
    const stack: Array<Mark & { continues: boolean }> = [];
    let first = true;
    for (const m of marks) {
      if (m.role === 'open') {
        if (m.mark === 'double' && stack.some((s) => s.mark === 'double')) {
          // a second opening double mark inside an open double quote: the first was never closed
          // (a straight quote read wrongly); treat this one as its close
          closeQuote(quotes, text, stack, m);
          continue;
        }
        stack.push({ ...m, continues: first && speechOpen && m.at - pStart <= 1 });
        first = false;
        continue;
      }
      const openIndex = findLastIndex(stack, (s) => s.mark === m.mark);
      if (openIndex < 0) {
        // a closing single mark with nothing open is an apostrophe (councils' plans)
        continue;
      }
      stack.length = openIndex + 1;
      closeQuote(quotes, text, stack, m);
    }
    // a double quote still open at the paragraph's end: the speech goes on in the next paragraph
    const open = stack.find((s) => s.mark === 'double');
    speechOpen = open !== undefined;
    if (open) pushQuote(quotes, text, open, pEnd, pEnd, true, stack.indexOf(open) > 0);
  }
  return quotes.sort((a, b) => a.start - b.start);
}

function closeQuote(quotes: Quote[], text: string, stack: Array<Mark & { continues: boolean }>, close: Mark): void {
  const open = stack.pop();
  if (!open) return;
  pushQuote(quotes, text, open, close.at, close.at + 1, false, stack.some((s) => s.mark === 'double'), open.continues);
}

function pushQuote(
  quotes: Quote[],
  text: string,
  open: Mark & { continues: boolean },
  contentEnd: number,
  outerEnd: number,
  unclosed: boolean,
  nested: boolean,
  continues = open.continues,
): void {
  let start = open.at + 1;
  let end = contentEnd;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1] as string)) end--;
  if (end <= start) return;
  quotes.push({ outerStart: open.at, outerEnd, start, end, mark: open.mark, unclosed, continues, nested });
}

function findLastIndex<T>(list: T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T)) return i;
  return -1;
}
