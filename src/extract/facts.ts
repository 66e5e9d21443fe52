import { withoutPossessive, type Token } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import { profileAreas, type Area } from '../layout/areas.js';
import { shippedProfiles } from '../layout/profile.js';
import { findGradeHits, type GradeHit } from './grade-claims.js';
import { startsLetter, startsUpper } from '../ingest/letters.js';

/** A draft is read before (and apart from) the report it is checked against, so its grade claims'
 * areas are named with every profile's area names; the judge reads the words named against the
 * report's own profile. This profile's names win where two name the same words. */
const FIRST_PROFILE = 'ofsted-children';
let draftAreaNames: Area[] | undefined;
const draftAreas = (): Area[] =>
  (draftAreaNames ??= [FIRST_PROFILE, ...shippedProfiles().map((p) => p.id).filter((id) => id !== FIRST_PROFILE)].flatMap(profileAreas));

/** Which of the report's events a date is about: the day it was published, or the days inspectors were there. */
export type DatedEvent = 'publication' | 'inspection';

/** Which part of a period a draft names: "earlier this month", "the start of this year". */
export type PeriodPart = 'start' | 'end' | 'earlier' | 'later';

/** A time counted from the draft's own date: "last month", "this autumn", "on Tuesday", "in the summer". */
export type Period =
  /** "yesterday" (today is the day the report was published: see the date rule's publishedToday). */
  | { unit: 'day'; offset: number }
  | { unit: 'week' | 'month' | 'year'; offset: number; part?: PeriodPart }
  /** `month`: the season's first month (0 = January); no offset: the latest such season ("in the summer"). */
  | { unit: 'season'; month: number; offset?: number }
  /** `weekday`: 0 = Monday. */
  | { unit: 'weekday'; weekday: number };

export type FactValue =
  | { type: 'year'; year: number }
  /** `monthEnd`: the last month of a range of months ("between January and February"), or with `day`
   * and `dayEnd` of a range of days across a month's end ("23 January to 16 February"); `weekday`: the
   * day name stated with the date ("Friday 7 April"), 0 = Monday. */
  | { type: 'date'; month: number; year?: number; day?: number; dayEnd?: number; yearOffset?: number; monthEnd?: number; weekday?: number; event?: DatedEvent }
  | { type: 'relative'; unit: 'day' | 'year'; offset: number }
  | { type: 'period'; period: Period; event?: DatedEvent }
  | { type: 'duration'; amount: number; days: number; unit: string; recent: boolean; ofInspection: boolean }
  | { type: 'count'; n: number; counted: string; all: boolean }
  | { type: 'rating'; level: number; scale: string; term: string; mention: GradeHit['mention'] };

/** A checkable fact inside a sentence: its value, the words that state it, and the phrase around them. */
export interface Fact {
  value: FactValue;
  /** Token indexes (into the sentence's tokens) of the words that state the fact. */
  from: number;
  to: number;
  /** Original range of the fact's phrase ("in the previous inspection in 2015"). */
  start: number;
  end: number;
}

const YEAR = /^(1[89]|20)\d\d(?:'s)?$/;
/** Kept here, not written where used: a regular expression literal is a new object each time it is
 * reached, once per word of a 5 MB line. */
const SMALL_NUMBER = /^\d{1,4}$/;
const DAY = /^([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
const RANGE_WORDS = new Set(['to', 'and', '-', 'until', 'till']);
/** Words either side of a duration within which an inspection word makes it the inspection's length. */
const LENGTH_REACH = 5;
/** Words before "a week" that make it a length of time. */
const LENGTH_BEFORE = new Set(['over', 'for', 'lasted', 'lasting', 'took', 'across', 'during', 'spent']);
const RELATIVE_YEAR: Record<string, number> = { last: -1, this: 0, next: 1, previous: -1 };
/** Words before "this month" or "last year" that name a part of it. */
const PERIOD_PARTS: Record<string, PeriodPart> = { earlier: 'earlier', later: 'later', early: 'start', late: 'end', start: 'start', beginning: 'start', end: 'end' };
const PERIOD_UNITS = new Set(['week', 'month', 'year']);
/** Words that open a part of a period ("earlier this year"), and that put a season before it ("in the summer"). */
const PART_OPENERS = new Set(['earlier', 'later', 'early', 'late']);
const SEASON_BEFORE = new Set(['in', 'over', 'during', 'through']);
/** Words a fact's phrase may take in on its left (prepositions, determiners, modifiers, auxiliaries). */
const PHRASE_WORDS = new Set([
  'in', 'on', 'at', 'over', 'during', 'for', 'across', 'within', 'from', 'between', 'of', 'the', 'a', 'an', 'its', 'their', 'our',
  'his', 'her', 'last', 'previous', 'latest', 'recent', 'most', 'past', 'first', 'earlier', 'full', 'focused', 'next', 'all',
  'was', 'were', 'is', 'been', 'has', 'had', 'held', 'took', 'place', 'published', 'issued', 'carried', 'out', 'conducted',
  'happened', 'completed', 'key', 'main', 'each', 'every', 'one', 'lasted', 'lasting',
]);
/** Words that open a fact's phrase: taken in, and the phrase stops there. */
const PHRASE_OPENERS = new Set(['since', 'following', 'after', 'before', 'until']);
/** Clause words a phrase never crosses. */
const CLAUSE_WORDS = new Set(['and', 'but', 'that', 'which', 'who', 'whom', 'where', 'when', 'while', 'whereas', 'because', 'both', 'or', 'so', 'though', 'although']);

export interface SentenceView {
  tokens: Token[];
  /** The original text, to see punctuation and capitals between tokens. */
  text: string;
}

/** Finds the dates, years, durations, counts and ratings of one sentence. */
export function findFacts(view: SentenceView, lex: Lexicon): Fact[] {
  const { tokens } = view;
  const seq = tokens.map((t) => t.word);
  const taken = new Array<boolean>(tokens.length).fill(false);
  const raw: Array<{ value: FactValue; from: number; to: number; clause: boolean }> = [];
  const add = (value: FactValue, from: number, to: number, clause = false) => {
    for (let k = from; k < to; k++) taken[k] = true;
    raw.push({ value, from, to, clause });
  };
  const dates = lex.dates;
  const numbers = lex.numbers;
  const numberAt = (i: number): { n: number; to: number } | undefined => {
    const w = seq[i] ?? '';
    if (SMALL_NUMBER.test(w) && !YEAR.test(w)) return { n: Number(w), to: i + 1 };
    const hit = numbers?.words.matchAt(seq, i);
    return hit ? { n: hit.value, to: hit.to } : undefined;
  };

  // "over a week", "a week-long visit", "lasted a fortnight": one unit, where the words make it a
  // length of time (not "a week after the report")
  const singleUnit = (i: number): { n: number; to: number } | undefined => {
    if (seq[i] !== 'a' && seq[i] !== 'an') return undefined;
    const unit = dates?.units.matchAt(seq, i + 1);
    return unit && (LENGTH_BEFORE.has(seq[i - 1] ?? '') || seq[unit.to] === 'long') ? { n: 1, to: i + 1 } : undefined;
  };

  // dates: "4 to 15 December 2023", "December last year", "May 2025", "January 13"
  for (let i = 0; dates && i < seq.length; i++) {
    const hit = dates.months.matchAt(seq, i);
    if (!hit || taken[i]) continue;
    const rawWord = view.text.slice(tokens[i]!.start, tokens[i]!.end);
    if (!startsUpper(rawWord)) continue;
    let from = i;
    let to = hit.to;
    const value: Extract<FactValue, { type: 'date' }> = { type: 'date', month: hit.value };
    if (DAY.test(seq[i - 1] ?? '')) {
      value.day = parseInt(seq[i - 1]!, 10);
      from = i - 1;
      if (RANGE_WORDS.has(seq[i - 2] ?? '') && DAY.test(seq[i - 3] ?? '')) {
        value.dayEnd = value.day;
        value.day = parseInt(seq[i - 3]!, 10);
        from = i - 3;
      }
      // "12-16 January": the dash is no word of its own
      else if (DAY.test(seq[i - 2] ?? '') && /^\s*[-\u2013]\s*$/.test(view.text.slice(tokens[i - 2]!.end, tokens[i - 1]!.start))) {
        value.dayEnd = value.day;
        value.day = parseInt(seq[i - 2]!, 10);
        from = i - 2;
      }
    } else if (DAY.test(seq[to] ?? '')) {
      value.day = parseInt(seq[to]!, 10);
      to++;
    }
    // "between January and February this year": a range of whole months
    const second = value.day === undefined && RANGE_WORDS.has(seq[to] ?? '') ? dates.months.matchAt(seq, to + 1) : undefined;
    if (second && capitalised(view, to + 1) && !DAY.test(seq[second.to] ?? '')) {
      value.monthEnd = second.value;
      to = second.to;
    }
    // "23 January to 16 February 2017": one period across a month's end, its year given once at its end
    const across = value.day !== undefined && value.dayEnd === undefined && RANGE_WORDS.has(seq[to] ?? '') && DAY.test(seq[to + 1] ?? '') ? dates.months.matchAt(seq, to + 2) : undefined;
    if (across && across.value !== value.month && capitalised(view, to + 2)) {
      value.dayEnd = parseInt(seq[to + 1]!, 10);
      value.monthEnd = across.value;
      to = across.to;
    }
    // "Friday 7th April", "Tuesday, March 27th": the day name stated with the date
    const weekday = value.day !== undefined ? dates.weekdays.matchAt(seq, from - 1) : undefined;
    if (weekday && weekday.to === from && capitalised(view, from - 1)) {
      value.weekday = weekday.value;
      from--;
    }
    if (YEAR.test(seq[to] ?? '')) {
      value.year = parseInt(seq[to]!, 10);
      to++;
    } else if (seq[to] !== undefined && seq[to]! in RELATIVE_YEAR && seq[to + 1] === 'year') {
      value.yearOffset = RELATIVE_YEAR[seq[to]!];
      to += 2;
    }
    // "may" and "march" are also ordinary words: a month needs a day or a year beside it, or a preposition before it
    const standalone = value.day === undefined && value.year === undefined && value.yearOffset === undefined;
    if (standalone && (dates.ambiguousMonths.has(seq[i]!) || !['in', 'on', 'since', 'during', 'until', 'from', 'by', 'between'].includes(seq[i - 1] ?? ''))) continue;
    const event = eventOf(seq, from, to, dates);
    add(event ? { ...value, event } : value, from, to);
  }
  // times counted from the draft's date: "last month", "earlier this year", "this autumn", "on Tuesday" —
  // read only where they date the report's publication or its inspection, not the writer's own news;
  // "last month's inspection" as "last month"
  const bare = seq.map(withoutPossessive);
  for (let i = 0; dates && i < seq.length; i++) {
    if (taken[i]) continue;
    const found = periodAt(view, bare, i, dates);
    const event = found && eventOf(seq, i, found.to, dates);
    if (found && event) add({ type: 'period', period: found.period, event }, i, found.to, true);
  }
  // relative dates: "today", "last year", "two years ago"
  for (let i = 0; i < seq.length; i++) {
    if (taken[i]) continue;
    const w = seq[i]!;
    if (w === 'today' || w === 'yesterday') add({ type: 'relative', unit: 'day', offset: w === 'today' ? 0 : -1 }, i, i + 1, true);
    else if (w in RELATIVE_YEAR && seq[i + 1] === 'year' && w !== 'previous') add({ type: 'relative', unit: 'year', offset: RELATIVE_YEAR[w]! }, i, i + 2, true);
  }
  // durations and "N years ago"
  for (let i = 0; dates && i < seq.length; i++) {
    if (taken[i]) continue;
    const num = numberAt(i) ?? singleUnit(i);
    if (!num) continue;
    const unit = dates.units.matchAt(seq, num.to);
    // an age ("16 and 17-year-olds") is no length of time
    if (!unit || dates.ages.has(seq[unit.to] ?? '')) continue;
    if (seq[unit.to] === 'ago') {
      const years = unit.value >= 365;
      add({ type: 'relative', unit: years ? 'year' : 'day', offset: -num.n * (years ? 1 : unit.value) }, i, unit.to + 1, true);
      continue;
    }
    const recent = ['last', 'past'].includes(seq[i - 1] ?? '');
    // the inspection's length when an inspection word stands beside it, and it is no time elapsed
    const near = seq.slice(Math.max(0, i - LENGTH_REACH), unit.to + LENGTH_REACH);
    const ofInspection = !dates.elapsed.has(seq[unit.to] ?? '') && dates.eventKinds.findAll(near).some((hit) => hit.value === 'inspection');
    add({ type: 'duration', amount: num.n, days: num.n * unit.value, unit: unit.phrase, recent, ofInspection }, i, unit.to);
  }
  // years not already part of a date, nor the end of a statute's name ("the Children Act 1989")
  for (let i = 0; i < seq.length; i++) {
    const title = i > 0 && dates?.titleWords.has(seq[i - 1]!) && capitalised(view, i - 1);
    if (!taken[i] && !title && YEAR.test(seq[i]!)) add({ type: 'year', year: parseInt(seq[i]!, 10) }, i, i + 1);
  }
  // counts of what a report enumerates: "all five of the key inspection criteria"
  for (let i = 0; numbers && i < seq.length; i++) {
    if (taken[i]) continue;
    const num = numberAt(i);
    // "four 'good' judgements" counts one grade: the grade reader reads it with its grade
    if (!num || lex.ratings.some((s) => s.terms.matchAt(seq, num.to))) continue;
    for (let j = num.to; j < Math.min(seq.length, num.to + 5); j++) {
      const thing = numbers.counted.matchAt(seq, j);
      if (thing) {
        const all = numbers.totals.has(seq[i - 1] ?? '');
        add({ type: 'count', n: num.n, counted: thing.value, all }, all ? i - 1 : i, thing.to);
        break;
      }
    }
  }
  // ratings: a grade word with the words of a grade claim around it ("judged as good", "a 'Good' rating")
  for (const hit of findGradeHits(tokens, view.text, lex, draftAreas(), (a, b) => taken.slice(a, b).some(Boolean))) {
    const [from, to] = [Math.min(hit.from, hit.subjectSpan?.from ?? hit.from), Math.max(hit.to, hit.subjectSpan?.to ?? hit.to)];
    // the grade's own count ("'good' in two areas") is read with it, not as a count of judgements
    if (hit.mention.count !== undefined) raw.splice(0, raw.length, ...raw.filter((f) => f.value.type !== 'count' || f.from < from || f.to > to));
    add({ type: 'rating', level: hit.index, scale: hit.scale.rule.id, term: hit.mention.term, mention: hit.mention }, from, to, true);
  }
  raw.sort((a, b) => a.from - b.from);
  return raw.map((f, k) => expand(view, f, raw[k - 1]?.to ?? 0, raw[k + 1]?.from ?? tokens.length, lex));
}

const capitalised = (view: SentenceView, i: number) => startsUpper(view.text.slice(view.tokens[i]!.start, view.tokens[i]!.end));

type DateWords = NonNullable<Lexicon['dates']>;

/** The event a date in `from`..`to` is about: the nearest of the sentence's event words
 * ("published", "re-inspection"), the publication's on a tie. */
function eventOf(seq: string[], from: number, to: number, dates: DateWords): DatedEvent | undefined {
  let best: { event: DatedEvent; distance: number } | undefined;
  for (const hit of dates.eventKinds.findAll(seq)) {
    const distance = hit.to <= from ? from - hit.to : hit.from >= to ? hit.from - to : 0;
    if (!best || distance < best.distance || (distance === best.distance && hit.value === 'publication')) best = { event: hit.value, distance };
  }
  return best?.event;
}

/** What every period `periodAt` reads needs at word `i` (its first word, or the word before a season
 * or a day), tried first since it is tried at every word of a sentence. */
function mayOpenPeriod(seq: string[], i: number): boolean {
  const before = seq[i - 1] ?? '';
  return PERIOD_OPENERS.has(seq[i] ?? '') || SEASON_BEFORE.has(before) || before === 'on' || before === 'last';
}

const PERIOD_OPENERS = new Set(['yesterday', 'the', ...Object.keys(PERIOD_PARTS), ...PART_OPENERS, ...Object.keys(RELATIVE_YEAR)]);

/** A period at word `i`: "[earlier|the start of] this|last|next week|month|year|<season>", "in the
 * summer", "on Tuesday". "This year" and "last year" alone are years, read elsewhere. */
function periodAt(view: SentenceView, seq: string[], i: number, dates: DateWords): { period: Period; to: number } | undefined {
  if (!mayOpenPeriod(seq, i)) return undefined;
  if (seq[i] === 'yesterday') return { period: { unit: 'day', offset: -1 }, to: i + 1 };
  let j = i;
  let part: PeriodPart | undefined;
  if (seq[j] === 'the' && PERIOD_PARTS[seq[j + 1] ?? ''] && seq[j + 2] === 'of') [part, j] = [PERIOD_PARTS[seq[j + 1]!], j + 3];
  else if (PERIOD_PARTS[seq[j] ?? ''] && seq[j + 1] === 'of') [part, j] = [PERIOD_PARTS[seq[j]!], j + 2];
  else if (PART_OPENERS.has(seq[j] ?? '')) [part, j] = [PERIOD_PARTS[seq[j]!], j + 1];
  const offset = RELATIVE_YEAR[seq[j] ?? ''];
  if (offset !== undefined) {
    const unit = seq[j + 1] ?? '';
    if (PERIOD_UNITS.has(unit) && (unit !== 'year' || part)) return { period: { unit: unit as 'week' | 'month' | 'year', offset, ...(part ? { part } : {}) }, to: j + 2 };
    const season = dates.seasons.matchAt(seq, j + 1);
    if (season && !part) return { period: { unit: 'season', month: season.value, offset }, to: season.to };
    return undefined;
  }
  if (part) return undefined;
  // "in the summer", "over the winter": the latest such season
  const article = seq[i] === 'the' ? 1 : 0;
  const season = dates.seasons.matchAt(seq, i + article);
  // …not "the summer of 2014" or "summer 2014", which name their year
  const named = YEAR.test(seq[season?.to ?? -1] ?? '') || seq[season?.to ?? -1] === 'of';
  if (season && !named && SEASON_BEFORE.has(seq[i - 1] ?? '')) return { period: { unit: 'season', month: season.value }, to: season.to };
  // "published on Tuesday": a full day name, not one beside a date
  const day = dates.weekdays.matchAt(seq, i);
  if (day && dates.weekdayNames.has(day.phrase) && capitalised(view, i) && ['on', 'last'].includes(seq[i - 1] ?? '') && !DAY.test(seq[day.to] ?? '') && !dates.months.matchAt(seq, day.to)) {
    return { period: { unit: 'weekday', weekday: day.value }, to: day.to };
  }
  return undefined;
}

/** Whether a sentence has a word that a year or date fact of `findFacts` is built on (a year, or
 * a month's name): one without any states no year or date, and a long source's many such
 * sentences need not be read for them. */
export function mayStateYearOrDate(tokens: Token[], lex: Lexicon): boolean {
  const seq = tokens.map((t) => t.word);
  const months = lex.dates?.months;
  for (let i = 0; i < seq.length; i++) if (YEAR.test(seq[i]!) || months?.matchAt(seq, i)) return true;
  return false;
}

/** The closing quote marks of a text (`/\u201D|\u2019(?!\p{L})|(?<=\w)['"](?!\w)/gu`, counted a
 * character at a time, since each of its choices is one character): a curly apostrophe inside a
 * word ("children’s") is none. */
function closingMarks(text: string): number {
  let n = text.match(/\u201D|(?<=\w)['"](?!\w)/g)?.length ?? 0;
  for (let i = text.indexOf('\u2019'); i >= 0; i = text.indexOf('\u2019', i + 1)) if (!startsLetter(text.slice(i + 1))) n++;
  return n;
}

/** Grows a fact's words into the phrase a reader would quote: left over prepositions and
 * modifiers (or, for ratings and relative dates, to the start of the clause), right over the
 * event it dates ("2022's last full inspection") or the list a count introduces. */
function expand(
  view: SentenceView,
  f: { value: FactValue; from: number; to: number; clause: boolean },
  leftLimit: number,
  rightLimit: number,
  lex: Lexicon,
): Fact {
  const { tokens, text } = view;
  const gap = (a: number, b: number) => text.slice(tokens[a]!.end, tokens[b]!.start);
  const breaks = (a: number, b: number) => /[,;:()\u2013\u2014"\u201c\u201d]|\s-\s/.test(gap(a, b));
  // a quoted grade's opening mark belongs to it: "are 'inadequate'" is one phrase
  const opensQuote = (a: number, b: number) => f.value.type === 'rating' && b === f.from && /^\s*['"\u2018\u201C]$/.test(gap(a, b));
  const events = lex.dates?.events;
  const aliases = lex.entities?.sourceAliases;
  let from = f.from;
  while (from > leftLimit && (!breaks(from - 1, from) || opensQuote(from - 1, from))) {
    const w = tokens[from - 1]!.word;
    // a word hyphened to the phrase is part of it: "re-inspection"
    if (gap(from - 1, from) === '-') {
      from--;
      continue;
    }
    if (CLAUSE_WORDS.has(w)) break;
    if (PHRASE_OPENERS.has(w)) {
      from--;
      break;
    }
    const ok = f.clause || PHRASE_WORDS.has(w) || events?.hasWord(w) || aliases?.hasWord(withoutPossessive(w));
    if (!ok) break;
    from--;
  }
  let to = f.to;
  while (to < rightLimit && !breaks(to - 1, to)) {
    const w = tokens[to]!.word;
    const cue = f.value.type === 'rating' && lex.ratings.some((r) => r.cues.hasWord(w));
    const ok = cue || PHRASE_WORDS.has(w) || events?.hasWord(w) || aliases?.hasWord(w) || w === 'ago';
    if (!ok || ['in', 'on', 'at', 'over', 'for', 'from'].includes(w)) break;
    to++;
  }
  // trim trailing function words so the phrase ends on a word that matters
  while (to > f.to && PHRASE_WORDS.has(tokens[to - 1]!.word) && !events?.hasWord(tokens[to - 1]!.word)) to--;
  let end = tokens[to - 1]!.end;
  // a quoted grade ("rated as 'requires improvement'") takes its closing mark with it
  const opened = text.slice(tokens[from]!.start, end).match(/[\u2018\u201C]|(?<!\w)['"]/g)?.length ?? 0;
  // a curly apostrophe inside a word ("children’s") closes nothing
  const closed = closingMarks(text.slice(tokens[from]!.start, end));
  if (opened > closed && /^[\u2019\u201D'"]/.test(text.slice(end))) end++;
  if (f.value.type === 'count' && /^\s*:/.test(text.slice(end))) {
    // "all five inspection criteria: Overall effectiveness, the impact of …" — the list belongs to the count
    const stop = text.slice(end).search(/[.!?](?:\s|$)|[\r\n]/);
    end = stop < 0 ? text.length : end + stop;
  }
  return { value: f.value, from: f.from, to: f.to, start: tokens[from]!.start, end };
}
