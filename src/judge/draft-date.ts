// The draft's own date, read from its head: a dateline ("9 May 2018"), a labelled date ("Posted: 12
// May 2015", "News release - published on 24 February 2026"), a byline's ("By Ann Lee, 3 May 2024"),
// an ISO day, or "today (Thursday 21 December 2017)" in an opening sentence. The labels and byline
// words are rule data (rules/dates.yaml: draftDateLabels, bylines).
import { spanOf, tokensIn, type Doc } from '../ingest/document.js';
import type { Lexicon } from '../rules/lexicon.js';
import { isoOf } from './calendar.js';
import { findFacts } from '../extract/facts.js';

export interface DraftDate {
  /** YYYY-MM-DD. */
  iso: string;
  /** Where the draft states it, for reasons to cite. */
  start: number;
  end: number;
  line: number;
  how: 'dateline' | 'label' | 'byline' | 'today';
}

/** How many of the draft's first non-blank lines may carry its date. */
const HEAD_LINES = 12;
/** Most words a line may have to be a dateline, a label line or a byline. */
const DATELINE_WORDS = 14;
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/;

export function readDraftDate(doc: Doc, lex: Lexicon): DraftDate | undefined {
  const dates = lex.dates;
  if (!dates) return undefined;
  let seen = 0;
  for (const line of lines(doc.text)) {
    if (!line.text.trim()) continue;
    if (++seen > HEAD_LINES) return undefined;
    const tokens = tokensIn(doc, line.start, line.end);
    const short = tokens.length <= DATELINE_WORDS;
    const found = (iso: string, start: number, end: number, how: DraftDate['how']): DraftDate => ({ iso, start, end, line: spanOf(doc, start, end).line, how });
    const iso = ISO_DAY.exec(line.text);
    if (iso && short && real(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))) return found(iso[0], line.start + iso.index, line.start + iso.index + iso[0].length, 'dateline');
    const seq = tokens.map((t) => t.word);
    // a longer line can only give its date as "today (9 May 2018)": a 5 MB line without the word is not read for dates
    if (!short && !seq.includes('today')) continue;
    for (const f of findFacts({ tokens, text: doc.text }, lex)) {
      const v = f.value;
      if (v.type !== 'date' || v.year === undefined || v.day === undefined || v.dayEnd !== undefined || v.monthEnd !== undefined) continue;
      const [start, end] = [tokens[f.from]!.start, tokens[f.to - 1]!.end];
      const day = isoOf(v.year, v.month, v.day);
      // "today (9 May 2018)": the draft says which day its today is, wherever the sentence runs on
      if (seq[f.from - 1] === 'today' && /^\s*\(\s*$/.test(doc.text.slice(tokens[f.from - 1]!.end, start))) return found(day, start, end, 'today');
      if (!short || f.to < tokens.length) continue;
      if (f.from === 0) return found(day, start, end, 'dateline');
      const label = seq.some((_, k) => dates.draftDateLabels.matchAt(seq, k)?.to === f.from);
      if (label) return found(day, start, end, 'label');
      if (dates.bylines.matchAt(seq, 0)) return found(day, start, end, 'byline');
    }
  }
  return undefined;
}

/** A day that is on the calendar (not 2024-02-30). */
const real = (year: number, month: number, day: number): boolean => isoOf(year, month, day) === `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function* lines(text: string): Generator<{ text: string; start: number; end: number }> {
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    yield { text: text.slice(start, end), start, end: end > start && text[end - 1] === '\r' ? end - 1 : end };
    if (nl < 0) return;
    start = nl + 1;
  }
}
