import { compilePattern } from '../pattern.js';
import type { z } from 'zod';
import { zodModule } from '../../lazy/modules.js';
import type { DatedEvent, Fact, FactValue } from '../../extract/facts.js';
import type { DraftModel } from '../../extract/claims.js';
import type { SourceModel } from '../../align/source-model.js';
import { PhraseMatcher } from '../phrases.js';
import { flag } from '../scale-terms.js';
import { compiledOf } from '../compiled.js';
import { describeDate, isoDate, sourceFacts, type DateFact } from '../../judge/source-facts.js';
import { WEEKDAY_NAMES, dayCount, describeRange, isDefinite, isoOf, monthsRange, overlaps, periodRange, statedRange, weekdayOf, type Day, type DayRange } from '../../judge/calendar.js';
import type { Passage } from '../../align/source-model.js';
import { EVIDENCE_SCORE, THRESHOLDS } from '../../judge/policy.js';
import { passageAt } from '../../judge/grades.js';
import { passageRef, type JudgeContext } from '../../judge/types.js';
import { words } from '../../ingest/tokens.js';
import type { RuleContext } from '../rule-type.js';
import type { RuleBase } from '../rule-set.js';

const schema = () => {
  const z = zodModule();
  const term = z.string().min(1);
  return {
    months: z.array(z.array(term).min(1)).length(12),
    /** Length of each duration unit in days. */
    units: z.record(z.string(), z.number().positive()),
    /** Nouns that name an inspection or visit, to tie a date or year to an event. */
    events: z.array(term).min(1),
    /** Words after a duration that make it time elapsed, not a length ("six years on", "two weeks after"). */
    elapsed: z.array(term).default([]),
    /** Words right after a duration that make it someone's age ("17-year-olds", "a two-year-old"), no span of time. */
    ages: z.array(term).default([]),
    /** Words that mark a date label in a source ("Inspection dates"). */
    dateLabels: z.array(term).default([]),
    /** Month names that are also ordinary words ("may"): months only beside a day or a year. */
    ambiguousMonths: z.array(term).default([]),
    /** Words that put a grade or an event before the source's own inspection ("since", "previous"). */
    pastCues: z.array(term).default([]),
    /** Regular expressions whose first group is the year a source was published. */
    publicationPatterns: z.array(term).default([]),
    /** Day names, Monday first ("on Tuesday", "Friday 7 April"); the first of each is its full name. */
    weekdays: z.array(z.array(term).min(1)).length(7).optional(),
    /** Each season's first month (1 = January): a season runs three months from it. */
    seasons: z.record(z.string(), z.number().int().min(1).max(12)).default({}),
    /** Words that say which of the report's events a date is about: its publication or its inspection. */
    eventKinds: z.object({ publication: z.array(term).default([]), inspection: z.array(term).default([]) }).default({ publication: [], inspection: [] }),
    /** Capitalised words a year closes the name of ("the Children Act 1989", "Regulations 2013"): a title, no date. */
    titleWords: z.array(term).default([]),
    /** Labels before a draft's own date at its head ("Posted:", "published on", "today (...)"). */
    draftDateLabels: z.array(term).default([]),
    /** Words that open a byline, whose line may end with the draft's date ("By Ann Lee, 3 May 2024"). */
    bylines: z.array(term).default([]),
  };
};
type Data = z.infer<z.ZodObject<ReturnType<typeof schema>>>;
type Rule = RuleBase & Data;

export const meta = {
  type: 'date',
  description: "Years, dates, relative dates and durations, checked against the dates the source states; a draft about an inspection after the source's own date.",
  schema,
  messages: {
    yearMatches: 'The source mentions {claim} ({locator}).',
    unstatedYear: 'The source never mentions {claim}.',
    dateMatches: 'The source gives {source}.',
    unstatedDate: 'The report gives no date in {claim}; the dates it gives for its inspection are {source}.',
    publishedToday: "The report was published on {source}; the draft's '{claim}' is taken as that day ({from}).",
    publishedOther: "The report was published on {source}, not on the draft's date ({claim}).",
    unresolved: "'{claim}' is relative to a date the draft does not give; pass --draft-date to resolve it.",
    unpublished: "The source carries no publication date, so '{claim}' cannot be checked.",
    duration: "The source's dates ({source}) span {days} days, which is not {claim}.",
    notALength: "The draft's {claim} is not said to be the inspection's length (no inspection or visit beside it, or it is time elapsed), so it is not checked against the report's inspection dates ({source}).",
    notInspectionLength: "The draft's {claim} is longer than any inspection lasts, so it is not the length of the one the report dates ({source}), and the report gives nothing else to check it against.",
    durationMatches: "The source's dates ({source}) span {days} days.",
    recentDuration: 'The source dates its findings from {year} ({locator}) to its inspection in {source}: about {claim}.',
    periodMatches: 'The draft says {event} {claim} ({range}{via}); the report gives {source}.',
    periodDiffers: 'The draft says {event} {claim} ({range}{via}), but the report gives {source}.',
    periodLater: 'The draft says {event} {claim} ({range}{via}), after the report was published ({published}); the report cannot speak of a later inspection.',
    periodUnresolved: "The draft says {event} {claim}, which counts from the draft's own date; it gives none (pass --draft-date), and the report gives {source}.",
    weekdayDiffers: "The draft gives '{claim}', but {date} was a {actual}.",
    eventUndated: 'The draft says {event} {claim}; the report gives no {what} to check it against.',
    laterEvent: "The draft describes an inspection in {claim}, after the source's own date ({source}); the source cannot support claims about it.",
  },
  claimKinds: [],
  facts: ['year', 'date', 'relative', 'duration', 'period'],
  patterns: ['publicationPatterns'],
  indexed: ['months'],
} as const;

export const compile = (rule: Rule) => ({
  months: new PhraseMatcher(rule.months.flatMap((names, i) => names.map((n) => [n, i] as [string, number]))),
  units: new PhraseMatcher(Object.entries(rule.units)),
  events: flag(rule.events),
  elapsed: new Set(rule.elapsed.map((w) => w.toLowerCase())),
  ages: new Set(rule.ages.map((w) => w.toLowerCase())),
  labels: flag(rule.dateLabels),
  ambiguousMonths: new Set(rule.ambiguousMonths.map((m) => m.toLowerCase())),
  pastCues: new Set(rule.pastCues.map((m) => m.toLowerCase())),
  publication: rule.publicationPatterns.map(compilePattern),
  weekdays: new PhraseMatcher((rule.weekdays ?? []).flatMap((names, i) => names.map((n) => [n, i] as [string, number]))),
  /** Full day names only: an abbreviation ("Sat", "Wed") is read as a day only beside a date. */
  weekdayNames: new Set((rule.weekdays ?? []).map((names) => names[0]!.toLowerCase())),
  seasons: new PhraseMatcher(Object.entries(rule.seasons).map(([name, month]) => [name, month - 1] as [string, number])),
  eventKinds: new PhraseMatcher<DatedEvent>([
    ...rule.eventKinds.publication.map((w) => [w, 'publication'] as [string, DatedEvent]),
    ...rule.eventKinds.inspection.map((w) => [w, 'inspection'] as [string, DatedEvent]),
  ]),
  draftDateLabels: flag(rule.draftDateLabels),
  bylines: flag(rule.bylines),
  titleWords: new Set(rule.titleWords.map((w) => w.toLowerCase())),
});
type Compiled = ReturnType<typeof compile>;

export function create(context: RuleContext<Data, Compiled>) {
  const placeOf = (fact: Fact) => ({ start: fact.start, end: fact.end });

  function year(ctx: JudgeContext, fact: Fact, y: number): void {
    const facts = sourceFacts(ctx.model, ctx.lex);
    const passages = facts.years.get(y);
    if (!passages?.length) {
      context.report({ messageId: 'unstatedYear', data: { claim: String(y) }, place: placeOf(fact), effect: 'unsupported' });
      return;
    }
    // prefer a passage that ties the year to an inspection or visit
    const best = passages.find((p) => context.compiled.events.has(p.tokens.map((t) => t.word))) ?? passages[0]!;
    const evidence = passages.slice(0, 3).sort((a, b) => (a === best ? -1 : b === best ? 1 : 0)).map((p) => passageRef(ctx.model, p, 1));
    context.report({ messageId: 'yearMatches', data: { claim: String(y), locator: best.block.locator }, place: placeOf(fact), evidence, effect: 'supports' });
  }

  function date(ctx: JudgeContext, fact: Fact, value: DateFact): void {
    // a range of months, or a date with its day name, about the report's publication or inspection is
    // laid beside that event's dates; a range of days ("23 January to 16 February") is laid beside the
    // dates the report states, as a single day is
    if (value.event && value.dayEnd === undefined && (value.monthEnd !== undefined || value.weekday !== undefined)) return dateOfEvent(ctx, fact, value, value.event);
    const facts = sourceFacts(ctx.model, ctx.lex);
    const place = placeOf(fact);
    if (value.year !== undefined && wrongWeekday(ctx, fact, value, value.year)) return;
    let resolved = value;
    if (value.yearOffset !== undefined) {
      const ref = ctx.reference;
      if (!ref) {
        context.report({ messageId: 'unresolved', data: { claim: describeDate(value) + ' (relative year)' }, place, effect: 'unsupported' });
        return;
      }
      resolved = { ...value, year: ref.year + value.yearOffset };
    }
    const inferred = value.yearOffset !== undefined;
    const match = facts.dates.find((d) => sameDate(resolved, d.value));
    if (match) {
      const via = inferred ? ` (taking the year from ${ctx.reference!.from})` : '';
      const evidence = [passageRef(ctx.model, match.passage, 1)];
      if (inferred && facts.publicationYear && ctx.reference?.from.includes('published')) {
        evidence.push(passageRef(ctx.model, facts.publicationYear.passage, EVIDENCE_SCORE.publicationBesideDate));
      }
      context.report({ messageId: 'dateMatches', data: { source: describeDate(match.value) + via }, place, evidence, effect: 'supports', inferred, ...(!inferred && asPrinted(ctx, fact, match) ? { wordForWord: true } : {}) });
      return;
    }
    const inspection = facts.inspection;
    const data = { claim: describeDate(resolved), source: inspection ? describeDate(inspection.value) : 'not dated' };
    const evidence = inspection ? [passageRef(ctx.model, inspection.passage, EVIDENCE_SCORE.inspectionBesideUnstatedDate)] : [];
    context.report({ messageId: 'unstatedDate', data, place, evidence, effect: 'unsupported' });
  }

  function relative(ctx: JudgeContext, fact: Fact, value: Extract<Fact['value'], { type: 'relative' }>): void {
    const phrase = ctx.draftText.slice(fact.start, fact.end);
    if (value.unit === 'day' && value.offset === 0) return publishedToday(ctx, fact, phrase);
    // the source can say when it was published only to the year (© 2024), not the day
    if (value.unit === 'day') context.report({ messageId: 'unpublished', data: { claim: phrase }, place: placeOf(fact), effect: 'unsupported' });
    else if (!ctx.reference) context.report({ messageId: 'unresolved', data: { claim: phrase }, place: placeOf(fact), effect: 'unsupported' });
    else year(ctx, fact, ctx.reference.year + value.offset);
  }

  /** "The report published today": the day the report says it was published. Against the draft's
   * own date (--draft-date, or the date the draft gives itself) it is checked; without one, press copy about a report is taken to
   * be written the day it came out, and the verdict says so. */
  function publishedToday(ctx: JudgeContext, fact: Fact, phrase: string): void {
    const place = placeOf(fact);
    const published = ctx.model.source.dates.published;
    if (!published) {
      context.report({ messageId: 'unpublished', data: { claim: phrase }, place, effect: 'unsupported' });
      return;
    }
    const { year, month, day } = isoDate(published.date);
    const source = describeDate(isoDate(published.date));
    const evidence = [passageRef(ctx.model, passageAt(ctx, published), 1)];
    const ref = ctx.reference;
    if (ref?.day !== undefined && ref.month !== undefined) {
      const same = ref.year === year && ref.month === month && ref.day === day;
      const own = describeDate({ type: 'date', year: ref.year, month: ref.month, day: ref.day });
      // "published today (12 May 2015)": the day the draft gives beside its "today" is the report's, as the report prints it
      const printed = ref.span && /^\s*\(\s*$/.test(ctx.draftText.slice(fact.end, ref.span.start)) && asPrinted(ctx, ref.span, { value: isoDate(published.date), passage: evidence[0]!.passage });
      if (same) context.report({ messageId: 'publishedToday', data: { claim: phrase, source, from: ref.from }, place, evidence, effect: 'supports', ...(printed ? { wordForWord: true } : {}) });
      else context.report({ messageId: 'publishedOther', data: { claim: own, source }, place, evidence, effect: 'contradicts' });
      return;
    }
    context.report({ messageId: 'publishedToday', data: { claim: phrase, source, from: 'pass --draft-date to check it' }, place, evidence, effect: 'supports', inferred: true });
  }

  /** "Last month", "this autumn", "on Tuesday": the days they cover, counted from the draft's own date,
   * beside the report's dates of the same event (its publication, or its inspection). */
  function period(ctx: JudgeContext, fact: Fact, value: Extract<FactValue, { type: 'period' }>): void {
    const event = value.event ?? 'inspection';
    const base = { event: EVENT_WORDS[event], claim: dateWords(ctx, fact) };
    const target = eventDates(ctx, event);
    if (!target) return undated(fact, base, event);
    const ref = dayOf(ctx.reference);
    const p = value.period;
    if (!ref) {
      // with no draft date, "published on Tuesday" still holds if the report came out on a Tuesday
      const day = target.range.start;
      if (p.unit === 'weekday' && event === 'publication' && day === target.range.end && weekdayOf(day) === p.weekday) {
        return compare(fact, { range: target.range, via: `, a ${WEEKDAY_NAMES[p.weekday]}` }, target, base, false, true);
      }
      context.report({ messageId: 'periodUnresolved', data: { ...base, source: describeRange(target.range) }, place: placeOf(fact), evidence: [passageRef(ctx.model, target.passage, 1)], effect: 'unsupported' });
      return;
    }
    compare(fact, { range: periodRange(p, ref), via: `, from ${ctx.reference!.from}` }, target, base, isDefinite(p));
  }

  /** "Friday 7th April", "between January and February this year": the year as stated, else counted
   * from the draft's date, else (never to contradict) the year the report gives that event. */
  function dateOfEvent(ctx: JudgeContext, fact: Fact, value: DateFact, event: DatedEvent): void {
    const base = { event: EVENT_WORDS[event], claim: dateWords(ctx, fact) };
    const target = eventDates(ctx, event);
    if (!target) return undated(fact, base, event);
    const ref = dayOf(ctx.reference);
    const daysIn = (year: number): DayRange => daysOf(value, year);
    let year = value.year ?? (value.yearOffset !== undefined && ref ? ref.year + value.yearOffset : undefined);
    let via = year !== undefined && value.year === undefined ? `, from ${ctx.reference!.from}` : '';
    if (year === undefined && value.yearOffset === undefined && ref) {
      // a day and month written without a year: the draft's year, or the year before for a date well after the draft's
      year = daysIn(ref.year).start > isoOf(ref.year, ref.month + 1, ref.day) ? ref.year - 1 : ref.year;
      via = `, from ${ctx.reference!.from}`;
    }
    const definite = year !== undefined;
    if (year === undefined) {
      const years = [Number(target.range.start.slice(0, 4)), Number(target.range.end.slice(0, 4))];
      year = years.find((y) => overlaps(daysIn(y), target.range)) ?? years[0]!;
      via = ", in the report's year";
    }
    if (wrongWeekday(ctx, fact, value, year)) return;
    const range = daysIn(year);
    const weekday = value.weekday !== undefined ? `, a ${WEEKDAY_NAMES[value.weekday]}` : '';
    compare(fact, { range, via: via + weekday }, target, base, definite, !definite);
  }

  /** "Thursday 7 April 2017" when 7 April 2017 was a Friday: the draft is wrong in itself, whichever
   * half of it the report bears out, so it is unsupported, never a contradiction of the report. */
  function wrongWeekday(ctx: JudgeContext, fact: Fact, value: DateFact, year: number): boolean {
    if (value.weekday === undefined || value.day === undefined) return false;
    const day = isoOf(year, value.month, value.day);
    if (weekdayOf(day) === value.weekday) return false;
    const data = { claim: dateWords(ctx, fact, false), date: describeDate(isoDate(day)), actual: WEEKDAY_NAMES[weekdayOf(day)]! };
    context.report({ messageId: 'weekdayDiffers', data, place: placeOf(fact), effect: 'unsupported' });
    return true;
  }

  /** Overlapping days support the draft; days apart contradict it only when both sides are definite. */
  function compare(fact: Fact, claimed: { range: DayRange; via: string }, target: EventDates, base: { event: string; claim: string }, definite: boolean, inferred = false): void {
    const data = { ...base, range: describeRange(claimed.range), via: claimed.via, source: describeRange(target.range) };
    const evidence = [passageRef(target.model, target.passage, 1)];
    const place = placeOf(fact);
    if (overlaps(claimed.range, target.range)) {
      context.report({ messageId: 'periodMatches', data, place, evidence, effect: 'supports', ...(inferred ? { inferred } : {}) });
      return;
    }
    // an inspection after the report came out is a later one (another report's), which this one cannot speak of
    if (target.published && claimed.range.start > target.published) {
      context.report({ messageId: 'periodLater', data: { ...data, published: describeRange({ start: target.published, end: target.published }) }, place, evidence, effect: 'unsupported' });
      return;
    }
    context.report({ messageId: 'periodDiffers', data, place, evidence, effect: definite ? 'contradicts' : 'unsupported' });
  }

  function undated(fact: Fact, base: { event: string; claim: string }, event: DatedEvent): void {
    context.report({ messageId: 'eventUndated', data: { ...base, what: event === 'publication' ? 'publication date' : 'inspection dates' }, place: placeOf(fact), effect: 'unsupported' });
  }

  function duration(ctx: JudgeContext, fact: Fact, value: Extract<Fact['value'], { type: 'duration' }>): void {
    const facts = sourceFacts(ctx.model, ctx.lex);
    const phrase = ctx.draftText.slice(fact.start, fact.end);
    const place = placeOf(fact);
    const inspection = facts.inspection;
    if (value.recent && inspection) {
      // "over the last four years": a year the source names that far back from its inspection
      const target = inspection.value.year - Math.round(value.days / 365);
      const slack = THRESHOLDS.durationYearSlack;
      for (const y of [target, target - slack, target + slack]) {
        const passages = facts.years.get(y);
        if (passages?.length && y !== inspection.value.year) {
          const evidence = [passageRef(ctx.model, passages[0]!, EVIDENCE_SCORE.durationEnds), passageRef(ctx.model, inspection.passage, EVIDENCE_SCORE.durationEnds)];
          const data = { year: y, locator: passages[0]!.block.locator, source: describeDate(inspection.value), claim: lengthWords(value) };
          context.report({ messageId: 'recentDuration', data, place, evidence, effect: 'supports' });
          return;
        }
      }
      context.report({ messageId: 'unstatedDate', data: { claim: phrase }, place, effect: 'unsupported' });
      return;
    }
    // the inspection's first and last days as the layout read them (a range may cross a month)
    const stated = ctx.model.source.dates.inspection;
    if (!stated) {
      context.report({ messageId: 'unstatedDate', data: { claim: phrase }, place, effect: 'unsupported' });
      return;
    }
    if (value.days > THRESHOLDS.inspectionLengthMaxDays) {
      context.report({ messageId: 'notInspectionLength', data: { claim: lengthWords(value), source: describeRange(stated) }, place, effect: 'unsupported' });
      return;
    }
    // "two weeks after the visit", "waited a week for a plan": a length, but not the inspection's
    if (!value.ofInspection) {
      context.report({ messageId: 'notALength', data: { claim: lengthWords(value), source: describeRange(stated) }, place, effect: 'unsupported' });
      return;
    }
    const span = dayCount(stated);
    const fits = Math.abs(value.days - span) <= Math.max(1, value.days * THRESHOLDS.durationShare);
    const data = { claim: lengthWords(value), source: describeRange(stated), days: span };
    const evidence = [passageRef(ctx.model, passageAt(ctx, stated), 1)];
    context.report({ messageId: fits ? 'durationMatches' : 'duration', data, place, evidence, effect: fits ? 'supports' : 'contradicts' });
  }

  return {
    fact(fact: Fact, ctx: JudgeContext) {
      const v = fact.value;
      if (v.type === 'year') year(ctx, fact, v.year);
      else if (v.type === 'date') date(ctx, fact, v);
      else if (v.type === 'relative') relative(ctx, fact, v);
      else if (v.type === 'duration') duration(ctx, fact, v);
      else if (v.type === 'period') period(ctx, fact, v);
    },
    /** A draft describing an inspection after the source's own date (a later visit) cannot be
     * supported by the source, whatever it says in similar words. */
    draft(draft: DraftModel, source: SourceModel) {
      const facts = sourceFacts(source, context.lex);
      const sourceYear = Math.max(facts.inspection?.value.year ?? 0, facts.publicationYear?.year ?? 0);
      if (!sourceYear) return;
      for (const claim of draft.claims) {
        if (claim.kind !== 'fact') continue;
        const v = claim.facts[0]!.value;
        if (v.type !== 'date' || v.year === undefined || v.year <= sourceYear) continue;
        if (!context.compiled.events.has(claim.tokens.map((t) => t.word))) continue;
        const data = { claim: describeDate(v), source: facts.inspection ? describeDate(facts.inspection.value) : String(sourceYear) };
        context.report({ messageId: 'laterEvent', data, place: { start: claim.start, end: claim.end }, effect: 'unsupported', scope: 'resembling' });
        return;
      }
    },
  };
}

/** A date's days in `year`: a day, a range of days (which may cross a month's end), or whole months. */
function daysOf(value: DateFact, year: number): DayRange {
  if (value.day === undefined) return monthsRange(year, value.month, value.monthEnd);
  return { start: isoOf(year, value.month, value.day), end: isoOf(year, value.monthEnd ?? value.month, value.dayEnd ?? value.day) };
}

/** A year with a 29 February, to lay days of no stated year side by side. */
const ANY_YEAR = 2000;

function sameDate(a: DateFact, b: DateFact): boolean {
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  // a range of days across a month's end, on either side: the draft's days within the report's
  if (a.day !== undefined && b.day !== undefined && (a.monthEnd !== undefined || b.monthEnd !== undefined)) {
    const year = a.year ?? b.year ?? ANY_YEAR;
    const [claimed, stated] = [daysOf(a, year), daysOf(b, year)];
    return claimed.start >= stated.start && claimed.end <= stated.end;
  }
  // "between June and August": any of its months
  if (b.month < a.month || b.month > (a.monthEnd ?? a.month)) return false;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.day !== undefined && b.day !== undefined) {
    const bEnd = b.dayEnd ?? b.day;
    if (a.day < b.day || a.day > bEnd) return false;
  }
  return true;
}

/** Every date rule's words together, for finding dates in draft and source. */
export const vocabulary = {
  key: 'dates',
  build(rules: Rule[]): Compiled | undefined {
    if (rules.length <= 1) return rules[0] && compiledOf(rules[0], compile);
    const months = rules[0]!.months.map((_, i) => rules.flatMap((r) => r.months[i] ?? []));
    const list = (key: 'events' | 'elapsed' | 'ages' | 'dateLabels' | 'ambiguousMonths' | 'pastCues' | 'publicationPatterns' | 'draftDateLabels' | 'bylines' | 'titleWords') => rules.flatMap((r) => r[key]);
    const withWeekdays = rules.find((r) => r.weekdays);
    return compile({
      ...rules[0]!,
      months,
      units: Object.assign({}, ...rules.map((r) => r.units)),
      events: list('events'),
      elapsed: list('elapsed'),
      ages: list('ages'),
      dateLabels: list('dateLabels'),
      ambiguousMonths: list('ambiguousMonths'),
      pastCues: list('pastCues'),
      publicationPatterns: list('publicationPatterns'),
      ...(withWeekdays ? { weekdays: withWeekdays.weekdays } : {}),
      seasons: Object.assign({}, ...rules.map((r) => r.seasons)),
      eventKinds: { publication: rules.flatMap((r) => r.eventKinds.publication), inspection: rules.flatMap((r) => r.eventKinds.inspection) },
      draftDateLabels: list('draftDateLabels'),
      bylines: list('bylines'),
      titleWords: list('titleWords'),
    });
  },
} as const;

/** How a message names the event a date is about. */
const EVENT_WORDS: Record<DatedEvent, string> = { publication: 'the report was published', inspection: 'the inspection was' };

interface EventDates {
  range: DayRange;
  passage: Passage;
  model: SourceModel;
  /** For an inspection, the day the report was published, when it says. */
  published?: string;
}

/** The days of the report's event as its layout read them: the publication day, or the inspection's
 * first to last day (else its visits'). */
function eventDates(ctx: JudgeContext, event: DatedEvent): EventDates | undefined {
  const { dates } = ctx.model.source;
  const at = (span: Parameters<typeof passageAt>[1]) => passageAt(ctx, span);
  if (event === 'publication') return dates.published && { range: statedRange(dates.published.date), passage: at(dates.published), model: ctx.model };
  const published = dates.published ? { published: statedRange(dates.published.date).end } : {};
  if (dates.inspection) return { range: { start: statedRange(dates.inspection.start).start, end: statedRange(dates.inspection.end).end }, passage: at(dates.inspection), model: ctx.model, ...published };
  const [first, last] = [dates.visits[0], dates.visits[dates.visits.length - 1]];
  return first && last ? { range: { start: statedRange(first.date).start, end: statedRange(last.date).end }, passage: at(first), model: ctx.model, ...published } : undefined;
}

/** The draft's date as a day, when it gives one. */
const dayOf = (ref: JudgeContext['reference']): Day | undefined =>
  ref?.month !== undefined && ref.day !== undefined ? { year: ref.year, month: ref.month, day: ref.day } : undefined;

/** The draft's words for a date, with the preposition before them ("on Tuesday", "at the start of this year"). */
function dateWords(ctx: JudgeContext, fact: Fact, preposition = true): string {
  const tokens = ctx.sentenceTokens(ctx.claim.kind === 'quote' ? [ctx.claim.start, ctx.claim.end] : ctx.claim.sentence);
  const before = tokens[fact.from - 1];
  const words = ctx.draftText.slice(tokens[fact.from]!.start, tokens[fact.to - 1]!.end);
  return preposition && before && ['on', 'in', 'at', 'during', 'over', 'between'].includes(before.word) ? `${before.word} ${words}` : words;
}

/** The draft's date ends as the report prints it ("published on 12 May 2015" for "Report published:
 * 12 May 2015"): word for word, where "May 12th, 2015" is the writer's own form. */
function asPrinted(ctx: JudgeContext, said: { start: number; end: number }, match: { value: DateFact; passage: { tokens: Array<{ word: string }> } }): boolean {
  const saidWords = words(ctx.draftText.slice(said.start, said.end));
  const printed = words(describeDate(match.value));
  if (saidWords.slice(-printed.length).join(' ') !== printed.join(' ')) return false;
  const passage = match.passage.tokens.map((t) => t.word).join(' ');
  return ` ${passage} `.includes(` ${printed.join(' ')} `);
}

/** A duration as a reader says it: "a week", "4 weeks" (the draft's "four-week" is one unit word). */
function lengthWords(value: Extract<Fact['value'], { type: 'duration' }>): string {
  if (value.amount === 1) return `a ${value.unit.replace(/s$/, '')}`;
  return `${value.amount} ${value.unit.endsWith('s') ? value.unit : `${value.unit}s`}`;
}

