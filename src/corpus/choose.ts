import type { DraftModel } from '../extract/claims.js';
import { placesOf } from '../judge/checks/document.js';
import { describeDate } from '../judge/source-facts.js';
import type { Lexicon } from '../rules/lexicon.js';
import type { InputText } from '../types.js';
import type { IndexedDocument } from './index.js';

// Which report a draft describes, decided the way a reader decides it: whom the draft is about
// against whom each report is about, the draft's dates against each report's inspection and
// publication dates, how many of its quotations each report has word for word, and only then how
// many words they share. Word overlap alone cannot do it: a council's reports from three
// inspections, and other councils' reports in the same framework, share most of their words.

/** What each kind of evidence weighs in a candidate's score; word overlap, scaled to the best
 * candidate's, weighs 1. */
export const CHOICE_WEIGHTS = { subject: 3, dates: 2, quotes: 4, words: 1 } as const;

export interface Candidate {
  document: IndexedDocument;
  input: InputText;
  /** BM25 score of the draft's words. */
  words: number;
}

export interface Choice extends Candidate {
  score: number;
  /** 1 the report is about the draft's main place, -1 it never names it, 0 in between or unknown. */
  subject: number;
  /** 1 a draft date is the inspection's month (or day), 0.5 its year or the publication year, 0 none. */
  dates: number;
  quotesFound: number;
  quotes: number;
  reason: string;
  /** The report's words, flattened for quotation lookups. */
  flat: string;
}

/** Text reduced to lower-case words separated by single spaces, for finding quotations word for word. */
export const flatWords = (text: string) => ` ${text.toLowerCase().replace(/['’‘]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** The draft's quotations as runs of words, split at ellipses and [insertions]. */
function quotations(draft: DraftModel): string[][] {
  return draft.claims
    .filter((c) => c.kind === 'quote')
    .map((c) =>
      draft.doc.text
        .slice(c.start, c.end)
        .split(/\.\.\.|…|\[[^\]]*\]/)
        .map(flatWords)
        .filter((part) => part.trim() !== ''),
    )
    .filter((parts) => parts.length > 0);
}

interface DraftDate {
  year?: number;
  month?: number;
  day?: number;
}

function draftDates(draft: DraftModel): DraftDate[] {
  const out: DraftDate[] = [];
  for (const claim of draft.claims) {
    for (const f of claim.facts) {
      const v = f.value;
      if (v.type === 'year') out.push({ year: v.year });
      else if (v.type === 'date' && v.yearOffset === undefined) out.push({ month: v.month, ...(v.year !== undefined ? { year: v.year } : {}), ...(v.day !== undefined ? { day: v.day } : {}) });
    }
  }
  return out;
}

/** 1 the report is about the draft's main place (its subject or title names it), -1 it never
 * names that place, 0 it names it in passing or the draft names none. */
function subjectMatch(place: string | undefined, doc: IndexedDocument, flat: string): number {
  if (!place) return 0;
  if (doc.subject?.toLowerCase() === place || flatWords(doc.title).includes(` ${place} `)) return 1;
  return flat.includes(` ${place} `) ? 0 : -1;
}

function dateMatch(dates: DraftDate[], doc: IndexedDocument): number {
  let best = 0;
  const insp = doc.inspection;
  for (const d of dates) {
    if (insp && d.month === insp.month && (d.year === undefined || d.year === insp.year)) best = Math.max(best, d.year !== undefined ? 1 : 0.5);
    else if (d.year !== undefined && (d.year === insp?.year || d.year === doc.published)) best = Math.max(best, 0.5);
  }
  return best;
}

/** The candidates scored and ordered, best first. */
export function chooseReports(draft: DraftModel, candidates: Candidate[], lex: Lexicon): Choice[] {
  const places = placesOf(draft.doc.text, draft.doc.tokens, lex).map(([name]) => name.toLowerCase());
  const quotes = quotations(draft);
  const dates = draftDates(draft);
  const topWords = Math.max(...candidates.map((c) => c.words), 1e-9);
  const choices = candidates.map((c): Choice => {
    const flat = flatWords(c.input.text);
    const subject = subjectMatch(places[0], c.document, flat);
    const quotesFound = quotes.filter((parts) => parts.every((p) => flat.includes(p))).length;
    const dateScore = dateMatch(dates, c.document);
    const w = CHOICE_WEIGHTS;
    const score = w.subject * subject + w.dates * dateScore + w.quotes * (quotes.length ? quotesFound / quotes.length : 0) + w.words * (c.words / topWords);
    return { ...c, score, subject, dates: dateScore, quotesFound, quotes: quotes.length, reason: reasonFor(c.document, quotesFound, quotes.length), flat };
  });
  return choices.sort((a, b) => b.score - a.score || b.words - a.words || (a.document.path < b.document.path ? -1 : 1));
}

function reasonFor(doc: IndexedDocument, found: number, quotes: number): string {
  const parts: string[] = [];
  if (doc.subject) parts.push(`subject ${doc.subject}`);
  if (doc.inspection) parts.push(`inspected ${describeDate(doc.inspection)}`);
  else if (doc.published) parts.push(`published ${doc.published}`);
  if (quotes) parts.push(`${found} of ${quotes} quote${quotes === 1 ? '' : 's'} found verbatim`);
  return parts.join(', ') || 'most words in common';
}

/** Further reports the draft needs besides the primary: ones about the same subject holding
 * quotations the primary lacks, or inspected in a year the draft names and the primary was not. */
export function alsoNeeded(primary: Choice, others: Choice[], draft: DraftModel, limit = 2): Choice[] {
  const quotes = quotations(draft);
  const years = new Set(draftDates(draft).map((d) => d.year).filter((y) => y !== undefined));
  const inPrimary = new Set(quotes.filter((parts) => parts.every((p) => primary.flat.includes(p))));
  const primaryYears = new Set([primary.document.inspection?.year, primary.document.published]);
  return others
    .filter((o) => o.subject >= primary.subject && o.subject >= 0)
    .filter((o) => {
      const newQuote = quotes.some((parts) => !inPrimary.has(parts) && parts.every((p) => o.flat.includes(p)));
      const year = o.document.inspection?.year;
      const newYear = year !== undefined && years.has(year) && !primaryYears.has(year);
      return newQuote || newYear;
    })
    .slice(0, limit);
}
