// The report's own dates, from its labelled lines: when the inspection ran and when it was published.
import type { Token } from '../../ingest/tokens.js';
import type { Lexicon } from '../../rules/lexicon.js';
import type { SourceDates } from '../source-doc.js';
import type { LabelledLine } from './labelled-lines.js';

interface DayDate {
  day?: number;
  month?: number;
  year?: number;
}

const PUBLISHED = /\bpubli(?:shed|cation)\b|^release date$/i;

/** The dates of a report's labelled lines ("Inspection dates", "Report published"), as ISO dates. */
export function readDates(lines: LabelledLine[], lex: Lexicon): SourceDates {
  const dates: SourceDates = { visits: [] };
  const labels = lex.dates?.labels;
  const dated = lines.filter((line) => labels?.findAll(line.label.toLowerCase().split(/\s+/)).length || PUBLISHED.test(line.label));
  for (const line of dated.filter((l) => PUBLISHED.test(l.label))) {
    const parts = parseDates(line.tokens, lex);
    if (parts.length && !dates.published) dates.published = { date: parts[parts.length - 1]!, at: line.at, span: line.value };
  }
  for (const line of dated.filter((l) => !PUBLISHED.test(l.label))) {
    // "Inspection dates 13-24 September" printed without a year: the year of a report published
    // after it, or the year before when the month comes later than the publication's
    const parts = parseDates(line.tokens, lex, dates.published?.date);
    if (parts.length && !dates.inspection) dates.inspection = { start: parts[0]!, end: parts[parts.length - 1]!, at: line.at, span: line.value };
  }
  return dates;
}

/** Full dates in a run of words ("5 to 16 December 2022", "31 October to 11 November 2022",
 * "2 July 2014 – 23 July 2014"): a date missing its month or year takes them from the next one. */
export function parseDates(tokens: Token[], lex: Lexicon, publishedAfter?: string): string[] {
  const months = lex.dates?.months;
  if (!months) return [];
  const seq = tokens.map((t) => t.word);
  const parts: DayDate[] = [];
  for (let i = 0; i < seq.length; i++) {
    const w = seq[i]!;
    const day = /^(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/.exec(w);
    const month = months.matchAt(seq, i);
    if (day) parts.push({ day: Number(day[1]) });
    else if (month) {
      const last = parts[parts.length - 1];
      if (last && last.month === undefined && last.year === undefined) last.month = month.value;
      else parts.push({ month: month.value });
      i = month.to - 1;
    } else if (/^(19|20)\d\d$/.test(w)) {
      const last = parts[parts.length - 1];
      if (last && last.year === undefined) last.year = Number(w);
    }
  }
  for (let i = parts.length - 2; i >= 0; i--) {
    const [p, next] = [parts[i]!, parts[i + 1]!];
    p.month ??= next.month;
    p.year ??= next.year;
  }
  const [pubYear, pubMonth] = publishedAfter ? [Number(publishedAfter.slice(0, 4)), Number(publishedAfter.slice(5, 7)) - 1] : [];
  if (pubYear !== undefined) for (const p of parts) if (p.year === undefined && p.month !== undefined) p.year = p.month > pubMonth! ? pubYear - 1 : pubYear;
  return parts.filter((p) => p.month !== undefined && p.year !== undefined).map(iso);
}

function iso(d: DayDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return d.day !== undefined ? `${d.year}-${pad(d.month! + 1)}-${pad(d.day)}` : `${d.year}-${pad(d.month! + 1)}`;
}
