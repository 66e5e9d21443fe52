import type { Token } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import { profileAreas, type Area } from '../layout/areas.js';
import { shippedProfiles } from '../layout/profile.js';
import { findGradeHits, type GradeHit } from './grade-claims.js';

/** A draft is read before (and apart from) the report it is checked against, so its grade claims'
 * areas are named with every profile's area names; the judge reads the words named against the
 * report's own profile. This profile's names win where two name the same words. */
const FIRST_PROFILE = 'ofsted-children';
let draftAreaNames: Area[] | undefined;
const draftAreas = (): Area[] =>
  (draftAreaNames ??= [FIRST_PROFILE, ...shippedProfiles().map((p) => p.id).filter((id) => id !== FIRST_PROFILE)].flatMap(profileAreas));

export type FactValue =
  | { type: 'year'; year: number }
  | { type: 'date'; month: number; year?: number; day?: number; dayEnd?: number; yearOffset?: number }
  | { type: 'relative'; unit: 'day' | 'year'; offset: number }
  | { type: 'duration'; amount: number; days: number; unit: string; recent: boolean }
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
const DAY = /^([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
const RANGE_WORDS = new Set(['to', 'and', '-', 'until', 'till']);
/** Words before "a week" that make it a length of time. */
const LENGTH_BEFORE = new Set(['over', 'for', 'lasted', 'lasting', 'took', 'across', 'during', 'spent']);
const RELATIVE_YEAR: Record<string, number> = { last: -1, this: 0, next: 1, previous: -1 };
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
    if (/^\d{1,4}$/.test(w) && !YEAR.test(w)) return { n: Number(w), to: i + 1 };
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
    if (!/^\p{Lu}/u.test(rawWord)) continue;
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
    } else if (DAY.test(seq[to] ?? '')) {
      value.day = parseInt(seq[to]!, 10);
      to++;
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
    if (standalone && (dates.ambiguousMonths.has(seq[i]!) || !['in', 'on', 'since', 'during', 'until', 'from', 'by'].includes(seq[i - 1] ?? ''))) continue;
    add(value, from, to);
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
    if (!unit) continue;
    if (seq[unit.to] === 'ago') {
      const years = unit.value >= 365;
      add({ type: 'relative', unit: years ? 'year' : 'day', offset: -num.n * (years ? 1 : unit.value) }, i, unit.to + 1, true);
      continue;
    }
    const recent = ['last', 'past'].includes(seq[i - 1] ?? '');
    add({ type: 'duration', amount: num.n, days: num.n * unit.value, unit: unit.phrase, recent }, i, unit.to);
  }
  // years not already part of a date
  for (let i = 0; i < seq.length; i++) {
    if (!taken[i] && YEAR.test(seq[i]!)) add({ type: 'year', year: parseInt(seq[i]!, 10) }, i, i + 1);
  }
  // counts of what a report enumerates: "all five of the key inspection criteria"
  for (let i = 0; numbers && i < seq.length; i++) {
    if (taken[i]) continue;
    const num = numberAt(i);
    if (!num) continue;
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
    add({ type: 'rating', level: hit.index, scale: hit.scale.rule.id, term: hit.mention.term, mention: hit.mention }, hit.from, hit.to, true);
  }
  raw.sort((a, b) => a.from - b.from);
  return raw.map((f, k) => expand(view, f, raw[k - 1]?.to ?? 0, raw[k + 1]?.from ?? tokens.length, lex));
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
  const breaks = (a: number, b: number) => /[,;:()\u2013\u2014"“”]|\s-\s/.test(gap(a, b));
  // a quoted grade's opening mark belongs to it: "are 'inadequate'" is one phrase
  const opensQuote = (a: number, b: number) => f.value.type === 'rating' && b === f.from && /^\s*['"\u2018\u201C]$/.test(gap(a, b));
  const events = lex.dates?.events;
  const aliases = lex.entities?.sourceAliases;
  let from = f.from;
  while (from > leftLimit && (!breaks(from - 1, from) || opensQuote(from - 1, from))) {
    const w = tokens[from - 1]!.word;
    if (CLAUSE_WORDS.has(w)) break;
    if (PHRASE_OPENERS.has(w)) {
      from--;
      break;
    }
    const ok = f.clause || PHRASE_WORDS.has(w) || events?.hasWord(w) || aliases?.hasWord(w.replace(/'s$/, ''));
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
  const closed = text.slice(tokens[from]!.start, end).match(/[\u2019\u201D]|(?<=\w)['"](?!\w)/g)?.length ?? 0;
  if (opened > closed && /^[\u2019\u201D'"]/.test(text.slice(end))) end++;
  if (f.value.type === 'count' && /^\s*:/.test(text.slice(end))) {
    // "all five inspection criteria: Overall effectiveness, the impact of …" — the list belongs to the count
    const stop = text.slice(end).search(/[.!?](?:\s|$)|[\r\n]/);
    end = stop < 0 ? text.length : end + stop;
  }
  return { value: f.value, from: f.from, to: f.to, start: tokens[from]!.start, end };
}
