import type { DraftModel } from '../extract/claims.js';
import { STOPWORDS, stem } from '../ingest/tokens.js';
import { placesOf } from '../judge/checks/document.js';
import type { Lexicon } from '../rules/lexicon.js';
import { describeDate } from '../judge/source-facts.js';
import type { InputText } from '../types.js';
import type { IndexedDocument } from './index.js';

// Which report a draft describes, decided the way a reader decides it: whom the draft is about
// against whom each report is about, the draft's dates against each report's inspection and
// publication dates, how many of its quotations each report has word for word, and only then how
// many words they share. Word overlap alone cannot do it: a council's reports from three
// inspections, and other councils' reports in the same framework, share most of their words.

/** What each kind of evidence weighs in a candidate's score; word overlap, scaled to the best
 * candidate's, weighs 1. */
export const CHOICE_WEIGHTS = { subject: 3, dates: 2, quotes: 4, phrases: 3, words: 1 } as const;
/** A capitalised word in more than this share of the corpus is a common noun ("Council",
 * "Education"), not a name that tells one report from another. */
const NAME_MAX_SHARE = 0.1;
/** The opening of a report, where it says whom it is about. */
const HEAD_CHARS = 2000;

export interface Candidate {
  document: IndexedDocument;
  input: InputText;
  /** BM25 score of the draft's words. */
  words: number;
}

export interface Choice extends Candidate {
  score: number;
  /** 1 the report is about the draft's main name, -1 it never gives it, 0 in between or unknown. */
  subject: number;
  /** 1 a draft date is the inspection's month (or day), 0.5 its year or the publication year, 0 none. */
  dates: number;
  /** Share of the draft's three-word phrases the report has. */
  phrases: number;
  quotesFound: number;
  quotes: number;
  reason: string;
  /** The report's words, flattened for quotation lookups. */
  flat: string;
}

/** Text reduced to lower-case words separated by single spaces, for finding quotations word for word. */
export const flatWords = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

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

/** Per name, 1 the report is about it (its subject, title or opening gives it), 0 it gives it in
 * passing, -1 never; averaged over the draft's three most used names, weighted by use. A name no
 * report gives (a councillor's) marks every candidate down alike. */
function subjectMatch(names: Array<[string, number]>, doc: IndexedDocument, flat: string): number {
  if (!names.length) return 0;
  const head = flatWords(doc.title) + flat.slice(0, HEAD_CHARS);
  let sum = 0;
  let weight = 0;
  for (const [name, n] of names.slice(0, 3)) {
    sum += n * (doc.subject?.toLowerCase() === name || head.includes(` ${name} `) ? 1 : flat.includes(` ${name} `) ? 0 : -1);
    weight += n;
  }
  return sum / weight;
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

/** How many documents of the corpus hold a stem, and how many documents there are. */
export interface CorpusStats {
  df(stem: string): number;
  size: number;
}

/** The names the draft is about, most used first: the places it names next to words such as
 * "council" (lexicon), else capitalised words inside sentences that few documents of the corpus
 * hold (a common noun in capitals says nothing); never a word no report has. */
export function draftNames(draft: DraftModel, stats: CorpusStats, lex: Lexicon): Array<[string, number]> {
  const rare = (word: string) => {
    const df = stats.df(stem(word));
    return df > 0 && df <= Math.max(2, stats.size * NAME_MAX_SHARE);
  };
  // a place may be named in every report ("Manchester" in an inspectorate's address): it still
  // tells them apart by where it stands, so only the words that make a name a place are left out
  const ent = lex.entities;
  const places = placesOf(draft.doc.text, draft.doc.tokens, lex)
    .map(([name, n]): [string, number] => [name.toLowerCase(), n])
    .filter(([name]) => stats.df(stem(name)) > 0 && !ent?.placeSuffixes.matchAt([name], 0) && !ent?.placePrefixes.matchAt([name], 0));
  if (places.length) return places;
  const counts = new Map<string, number>();
  const text = draft.doc.text;
  for (const [i, t] of draft.doc.tokens.entries()) {
    if (i === 0 || t.word.length < 3 || STOPWORDS.has(t.word)) continue;
    const raw = text.slice(t.start, t.end);
    if (!/^\p{Lu}\p{Ll}/u.test(raw) || /[.!?:"“‘\n]\s*$/.test(text.slice(draft.doc.tokens[i - 1]!.end, t.start))) continue;
    const name = t.word.replace(/['’]s$/, '');
    if (rare(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || stats.df(stem(a[0])) - stats.df(stem(b[0])) || (a[0] < b[0] ? -1 : 1));
}

/** The draft's three-word phrases, flattened. */
function phrasesOf(text: string): Set<string> {
  const words = flatWords(text).trim().split(' ');
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) {
    const three = words.slice(i, i + 3);
    if (three.some((w) => !STOPWORDS.has(w))) out.add(three.join(' '));
  }
  return out;
}

function phraseShare(phrases: Set<string>, flat: string): number {
  if (!phrases.size) return 0;
  const words = flat.trim().split(' ');
  const found = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) {
    const key = `${words[i]} ${words[i + 1]} ${words[i + 2]}`;
    if (phrases.has(key)) found.add(key);
  }
  return found.size / phrases.size;
}

/** The candidates scored and ordered, best first. */
export function chooseReports(draft: DraftModel, candidates: Candidate[], names: Array<[string, number]>): Choice[] {
  const quotes = quotations(draft);
  const dates = draftDates(draft);
  const phrases = phrasesOf(draft.doc.text);
  const topWords = Math.max(...candidates.map((c) => c.words), 1e-9);
  const flats = candidates.map((c) => flatWords(c.input.text));
  const phraseShares = flats.map((flat) => phraseShare(phrases, flat));
  const topPhrases = Math.max(...phraseShares, 1e-9);
  const choices = candidates.map((c, i): Choice => {
    const flat = flats[i]!;
    const subject = subjectMatch(names, c.document, flat);
    const quotesFound = quotes.filter((parts) => parts.every((p) => flat.includes(p))).length;
    const dateScore = dateMatch(dates, c.document);
    const phrased = phraseShares[i]!;
    const w = CHOICE_WEIGHTS;
    const score =
      w.subject * subject + w.dates * dateScore + w.quotes * (quotes.length ? quotesFound / quotes.length : 0) + w.phrases * (phrased / topPhrases) + w.words * (c.words / topWords);
    return { ...c, score, subject, dates: dateScore, phrases: phrased, quotesFound, quotes: quotes.length, reason: reasonFor(c.document, quotesFound, quotes.length), flat };
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
