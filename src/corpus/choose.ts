import type { DraftModel } from '../extract/claims.js';
import { STOPWORDS, stem, words } from '../ingest/tokens.js';
import { placesOf } from '../judge/places.js';
import type { Lexicon } from '../rules/lexicon.js';
import { scaleOf, termLevel } from '../judge/grades.js';
import { describeDate } from '../judge/source-facts.js';
import type { InputText } from '../types.js';
import type { IndexedDocument } from './index.js';
import { isPlaceWord, subjectWords } from './names.js';

// Which report a draft describes, decided the way a reader decides it: whom the draft is about
// against whom each report is about, the draft's dates against each report's inspection and
// publication dates, how many of its quotations each report has word for word, and only then how
// many words they share. Word overlap alone cannot do it: a council's reports from three
// inspections, and other councils' reports in the same framework, share most of their words.

/** What each kind of evidence weighs in a candidate's score; word overlap, scaled to the best
 * candidate's, weighs 1. */
export const CHOICE_WEIGHTS = { subject: 5, dates: 4, grade: 2, quotes: 4, phrases: 2, keywords: 4, words: 1 } as const;
/** A capitalised word in more than this share of the corpus is a common noun ("Council",
 * "Education"), not a name that tells one report from another. */
const NAME_MAX_SHARE = 0.1;
/** A quotation of this many words or more counts in full; a shorter one in proportion. */
const QUOTE_FULL_WORDS = 8;
/** The opening of a report, where it says whom it is about. */
const HEAD_CHARS = 2000;

export interface Candidate {
  document: IndexedDocument;
  input: InputText;
  /** BM25 score of the draft's words. */
  words: number;
  /** Weighted share of the draft's keywords the report has. */
  keywords: number;
}

export interface Choice extends Candidate {
  score: number;
  /** 1 the report is about the draft's main name, -1 it never gives it, 0 in between or unknown. */
  subject: number;
  /** How closely the draft's dates fit the report's, 0 to 1 (see DATE_FIT). */
  dates: number;
  /** 1 the draft gives the grade the report gives overall, 0 not. */
  grade: number;
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
        .split(/\.\.\.|\u2026|\[[^\]]*\]/)
        .map(flatWords)
        .filter((part) => part.trim() !== ''),
    )
    .filter((parts) => parts.length > 0);
}

interface DraftDate {
  year?: number;
  month?: number;
  day?: number;
  /** The draft marks it as an earlier inspection's ("when Ofsted last inspected, in 2019"). */
  earlier: boolean;
}

/** Words before a date, in its sentence, that may mark it as an earlier inspection's. */
const LOOK_BACK_WORDS = 8;

function draftDates(draft: DraftModel, lex: Lexicon): DraftDate[] {
  const out: DraftDate[] = [];
  const previous = lex.gradePhrasing?.previous;
  const earlier = (claim: DraftModel['claims'][number], at: number) =>
    !!previous?.has(words(draft.doc.text.slice(claim.sentence[0], at)).slice(-LOOK_BACK_WORDS));
  for (const claim of draft.claims) {
    for (const f of claim.facts) {
      const v = f.value;
      if (v.type === 'year') out.push({ year: v.year, earlier: earlier(claim, f.start) });
      // a month alone ("between June and August") that dates neither an inspection nor a report's
      // publication is the writer's own period: it tells the candidates apart by nothing
      else if (v.type === 'date' && v.yearOffset === undefined && (v.year !== undefined || v.day !== undefined || v.event !== undefined))
        out.push({ month: v.month, ...(v.year !== undefined ? { year: v.year } : {}), ...(v.day !== undefined ? { day: v.day } : {}), earlier: earlier(claim, f.start) });
    }
  }
  return out;
}

/** Per name, 1 the report is about it (its subject names it; a report with no subject found, its
 * title or opening), 0 it gives it in passing, -1 never; averaged over the draft's names, weighted
 * by use and by how few candidates are about the name (one most of them are about tells them
 * apart least). Names no candidate is about say nothing of which is the report, and places
 * outrank other names. */
function subjectScores(names: Array<[string, number, boolean]>, candidates: Candidate[], flats: string[], lex: Lexicon): number[] {
  const about = candidates.map((c, i) => {
    if (c.document.subject) return new Set(subjectWords(c.document.subject, lex));
    const head = flatWords(c.document.title) + flats[i]!.slice(0, HEAD_CHARS);
    return { has: (name: string) => head.includes(` ${name} `) };
  });
  const opens = (name: string, i: number) => about[i]!.has(name);
  const weighed = names
    .map(([name, n, place]) => {
      const share = candidates.filter((_, i) => opens(name, i)).length / Math.max(1, candidates.length);
      return { name, place, weight: share === 0 || share > 0.5 ? 0 : n * (1 - share) };
    })
    .filter((w) => w.weight > 0);
  const used = weighed.some((w) => w.place) ? weighed.filter((w) => w.place) : weighed;
  const total = used.reduce((sum, w) => sum + w.weight, 0);
  return candidates.map((_, i) => {
    if (!total) return 0;
    let sum = 0;
    for (const w of used) sum += w.weight * (opens(w.name, i) ? 1 : flats[i]!.includes(` ${w.name} `) ? 0 : -1);
    return sum / total;
  });
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The month (from 0) and year the inspection began: the source model's reading, else the layout's first day. */
function inspectionOf(doc: IndexedDocument): { month: number; year: number } | undefined {
  if (doc.inspection) return doc.inspection;
  const start = doc.inspected?.start;
  return start ? { month: Number(start.slice(5, 7)) - 1, year: Number(start.slice(0, 4)) } : undefined;
}

/** How closely a draft date fits the report's dates, by how unlikely the fit is by chance: a day
 * of the inspection or the day of publication 1 (0.7 without its year), the inspection's or
 * publication's month and year 0.6, its month alone or its year 0.3, else 0. (A draft's month
 * counts from 0, the report's ISO dates from 1.) */
const DATE_FIT = { day: 1, dayNoYear: 0.7, month: 0.6, loose: 0.3 } as const;

function dateMatch(dates: DraftDate[], doc: IndexedDocument): number {
  let best = 0;
  const insp = inspectionOf(doc);
  const span = doc.inspected;
  const on = doc.publishedOn;
  const reportYears = [...new Set([span?.start, span?.end, on].filter((x): x is string => !!x).map((x) => Number(x.slice(0, 4))))];
  const fit = ({ year, month, day }: DraftDate): number => {
    if (month === undefined) return year !== undefined && (year === insp?.year || year === doc.published) ? DATE_FIT.loose : 0;
    if (day !== undefined) {
      const isDay = (y: number) => iso(y, month, day) === on || (!!span && iso(y, month, day) >= span.start && iso(y, month, day) <= span.end);
      if (year !== undefined ? isDay(year) : reportYears.some(isDay)) return year !== undefined ? DATE_FIT.day : DATE_FIT.dayNoYear;
    }
    if (insp && month === insp.month && (year === undefined || year === insp.year)) return year !== undefined ? DATE_FIT.month : DATE_FIT.loose;
    if (year !== undefined && on?.startsWith(iso(year, month, 1).slice(0, 8))) return DATE_FIT.month;
    return year !== undefined && (year === insp?.year || year === doc.published) ? DATE_FIT.loose : 0;
  };
  for (const d of dates) best = Math.max(best, fit(d));
  return best;
}

/** The grade words the draft gives the inspection it reports on ("inadequate"), overall or to an area. */
function draftGrades(draft: DraftModel): string[] {
  const out = new Set<string>();
  for (const claim of draft.claims) {
    for (const f of claim.facts) {
      const m = f.value.type === 'rating' ? f.value.mention : undefined;
      if (m && !m.negated && m.when === 'this inspection') out.add(m.term);
    }
  }
  return [...out];
}

/** 1 one of the draft's grade words is the report's overall grade, on the report's own scale. */
function gradeMatch(terms: string[], doc: IndexedDocument): number {
  const scale = doc.grade && scaleOf(doc.grade);
  return scale && terms.some((t) => termLevel(t, scale) === doc.grade!.level) ? 1 : 0;
}

/** How many documents of the corpus hold a stem, and how many documents there are. */
export interface CorpusStats {
  df(stem: string): number;
  size: number;
}

/** The names the draft is about (name, uses, whether a place), places first: the places it names next to words such as
 * "council" (lexicon), and capitalised words inside sentences, used twice or more, that few
 * documents of the corpus hold (a common noun in capitals says nothing); never a word no report
 * has. Forms of one name ("Northwick", "Northwick'") count as one, under its longest form. */
export function draftNames(draft: DraftModel, stats: CorpusStats, lex: Lexicon): Array<[string, number, boolean]> {
  const byStem = new Map<string, { name: string; n: number; place: boolean }>();
  const add = (word: string, n: number, place: boolean) => {
    const key = stem(word);
    const df = stats.df(key);
    if (df === 0 || (!place && df > Math.max(2, stats.size * NAME_MAX_SHARE))) return;
    const hit = byStem.get(key) ?? { name: word, n: 0, place };
    if (word.length > hit.name.length) hit.name = word;
    hit.n += n;
    hit.place ||= place;
    byStem.set(key, hit);
  };
  // a place may be named in every report (the city in an inspectorate's address): it still
  // tells them apart by where it stands, so only the words that make a name a place are left out
  for (const [name, n] of placesOf(draft.doc.text, draft.doc.tokens, lex)) {
    const word = name.toLowerCase();
    if (!isPlaceWord(word, lex)) add(word, n, true);
  }
  const counts = new Map<string, number>();
  const text = draft.doc.text;
  for (const [i, t] of draft.doc.tokens.entries()) {
    if (i === 0 || t.word.length < 3 || STOPWORDS.has(t.word)) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(text.slice(t.start, t.end)) || /[.!?:"\u201c\u2018\n]\s*$/.test(text.slice(draft.doc.tokens[i - 1]!.end, t.start))) continue;
    const name = t.word.replace(/['\u2019]s?$/, '');
    if (isPlaceWord(name, lex)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const [name, n] of counts) if (n >= 2 && !byStem.has(stem(name))) add(name, n, false);
  return [...byStem.values()]
    .sort((a, b) => Number(b.place) - Number(a.place) || b.n - a.n || (a.name < b.name ? -1 : 1))
    .map((h): [string, number, boolean] => [h.name, h.n, h.place]);
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

/** A finder of the draft's phrases in a report. A report has thousands of three-word runs: each
 * of its words is looked up once among the phrases' words, and a run is compared as three numbers,
 * never made into a string. */
function phraseFinder(phrases: Set<string>): (flat: string) => Set<string> {
  const ids = new Map<string, number>();
  const id = (w: string) => ids.get(w) ?? ids.set(w, ids.size).get(w)!;
  const triples = [...phrases].map((p) => p.split(' ').map(id) as [number, number, number]);
  const k = ids.size;
  const byKey = new Map([...phrases].map((p, i) => [(triples[i]![0] * k + triples[i]![1]) * k + triples[i]![2], p]));
  return (flat) => {
    const found = new Set<string>();
    let a = -1;
    let b = -1;
    for (const word of flat.trim().split(' ')) {
      const c = ids.get(word) ?? -1;
      if (a >= 0 && b >= 0 && c >= 0) {
        const phrase = byKey.get((a * k + b) * k + c);
        if (phrase !== undefined) found.add(phrase);
      }
      a = b;
      b = c;
    }
    return found;
  };
}

/** How well a piece of evidence held by `held` of `n` candidates tells them apart: 1 held by one,
 * 0 held by all. A phrase every report of a framework has ("children looked after") picks none. */
const rarity = (held: number, n: number) => (n <= 1 ? 1 : held === 0 ? 0 : Math.log(n / held) / Math.log(n));

/** The candidates scored and ordered, best first. Phrases and quotations count by how few
 * candidates hold them, quotations also by their length: a two-word quotation
 * is found in many reports by chance, a sentence only in the one it comes from. */
export function chooseReports(draft: DraftModel, candidates: Candidate[], names: Array<[string, number, boolean]>, lex: Lexicon): Choice[] {
  const quotes = quotations(draft);
  // the report the draft is about is the one of its present dates; a report of a date the draft
  // looks back to ("when Ofsted last inspected, in 2019") is the earlier inspection, added beside
  // it (alsoNeeded), so that date counts against it as the primary
  const dated = draftDates(draft, lex);
  const [present, earlier] = [dated.filter((d) => !d.earlier), dated.filter((d) => d.earlier)];
  const grades = draftGrades(draft);
  const phrases = phrasesOf(draft.doc.text);
  const n = candidates.length;
  const topWords = Math.max(...candidates.map((c) => c.words), 1e-9);
  const flats = candidates.map((c) => flatWords(c.input.text));
  const found = flats.map(phraseFinder(phrases));
  const held = new Map<string, number>();
  for (const set of found) for (const p of set) held.set(p, (held.get(p) ?? 0) + 1);
  const phraseWeights = found.map((set) => [...set].reduce((sum, p) => sum + rarity(held.get(p)!, n), 0));
  const topPhrases = Math.max(...phraseWeights, 1e-9);
  const quoteHits = flats.map((flat) => quotes.map((parts) => parts.every((p) => flat.includes(p))));
  const quoteLength = quotes.map((parts) => Math.min(1, parts.join(' ').trim().split(/\s+/).length / QUOTE_FULL_WORDS));
  const quoteRarity = quotes.map((_, q) => rarity(quoteHits.filter((hits) => hits[q]).length, n));
  const quoteTotal = quoteLength.reduce((sum, x) => sum + x, 0);
  const subjects = subjectScores(names, candidates, flats, lex);
  const choices = candidates.map((c, i): Choice => {
    const subject = subjects[i]!;
    const hits = quoteHits[i]!;
    const quotesFound = hits.filter(Boolean).length;
    const quoteScore = quoteTotal ? hits.reduce((sum, hit, q) => sum + (hit ? quoteLength[q]! * quoteRarity[q]! : 0), 0) / quoteTotal : 0;
    const dateScore = dateMatch(present, c.document) - dateMatch(earlier, c.document);
    const grade = gradeMatch(grades, c.document);
    const w = CHOICE_WEIGHTS;
    const score = w.subject * subject + w.dates * dateScore + w.grade * grade + w.quotes * quoteScore + w.phrases * (phraseWeights[i]! / topPhrases) + w.keywords * c.keywords + w.words * (c.words / topWords);
    const phrased = phrases.size ? found[i]!.size / phrases.size : 0;
    return { ...c, score, subject, dates: dateScore, grade, phrases: phrased, quotesFound, quotes: quotes.length, reason: reasonFor(c.document, quotesFound, quotes.length), flat: flats[i]! };
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
export function alsoNeeded(primary: Choice, others: Choice[], draft: DraftModel, lex: Lexicon, limit = 2): Choice[] {
  const quotes = quotations(draft);
  const years = new Set(draftDates(draft, lex).map((d) => d.year).filter((y) => y !== undefined));
  const inPrimary = new Set(quotes.filter((parts) => parts.every((p) => primary.flat.includes(p))));
  const primaryYears = new Set([inspectionOf(primary.document)?.year, primary.document.published]);
  return others
    .filter((o) => o.subject >= primary.subject && o.subject >= 0)
    .filter((o) => {
      const newQuote = quotes.some((parts) => !inPrimary.has(parts) && parts.every((p) => o.flat.includes(p)));
      const year = inspectionOf(o.document)?.year;
      const newYear = year !== undefined && years.has(year) && !primaryYears.has(year);
      return newQuote || newYear;
    })
    .slice(0, limit);
}
