import { compilePattern } from '../pattern.js';
import type { z } from 'zod';
import { zodModule } from '../../lazy/modules.js';
import type { Fact } from '../../extract/facts.js';
import type { DraftModel } from '../../extract/claims.js';
import type { SourceModel } from '../../align/source-model.js';
import { PhraseMatcher } from '../phrases.js';
import { flag } from '../scale-terms.js';
import { compiledOf } from '../compiled.js';
import { describeDate, isoDate, sourceFacts, type DateFact } from '../../judge/source-facts.js';
import { EVIDENCE_SCORE, THRESHOLDS } from '../../judge/policy.js';
import { passageAt } from '../../judge/grades.js';
import { passageRef, type JudgeContext } from '../../judge/types.js';
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
    /** Words that make a duration beside them the inspection's length ("a four-week inspection", "inspectors spent three days"). */
    lengthOf: z.array(term).default([]),
    /** Words after a duration that make it time elapsed, not a length ("six years on", "two weeks after"). */
    elapsed: z.array(term).default([]),
    /** Words that mark a date label in a source ("Inspection dates"). */
    dateLabels: z.array(term).default([]),
    /** Month names that are also ordinary words ("may"): months only beside a day or a year. */
    ambiguousMonths: z.array(term).default([]),
    /** Words that put a grade or an event before the source's own inspection ("since", "previous"). */
    pastCues: z.array(term).default([]),
    /** Regular expressions whose first group is the year a source was published. */
    publicationPatterns: z.array(term).default([]),
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
    unresolved: "'{claim}' is relative to a date the draft does not give; pass --date to resolve it.",
    unpublished: "The source carries no publication date, so '{claim}' cannot be checked.",
    duration: "The source's dates ({source}) span {days} days, which is not {claim}.",
    durationMatches: "The source's dates ({source}) span {days} days.",
    recentDuration: 'The source dates its findings from {year} ({locator}) to its inspection in {source}: about {claim}.',
    laterEvent: "The draft describes an inspection in {claim}, after the source's own date ({source}); the source cannot support claims about it.",
  },
  claimKinds: [],
  facts: ['year', 'date', 'relative', 'duration'],
  patterns: ['publicationPatterns'],
  indexed: ['months'],
} as const;

export const compile = (rule: Rule) => ({
  months: new PhraseMatcher(rule.months.flatMap((names, i) => names.map((n) => [n, i] as [string, number]))),
  units: new PhraseMatcher(Object.entries(rule.units)),
  events: flag(rule.events),
  lengthOf: flag(rule.lengthOf),
  elapsed: new Set(rule.elapsed.map((w) => w.toLowerCase())),
  labels: flag(rule.dateLabels),
  ambiguousMonths: new Set(rule.ambiguousMonths.map((m) => m.toLowerCase())),
  pastCues: new Set(rule.pastCues.map((m) => m.toLowerCase())),
  publication: rule.publicationPatterns.map(compilePattern),
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
    const facts = sourceFacts(ctx.model, ctx.lex);
    const place = placeOf(fact);
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
      context.report({ messageId: 'dateMatches', data: { source: describeDate(match.value) + via }, place, evidence, effect: 'supports', inferred });
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
   * own date (--date, a dateline) it is checked; without one, press copy about a report is taken to
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
      if (same) context.report({ messageId: 'publishedToday', data: { claim: phrase, source, from: ref.from }, place, evidence, effect: 'supports' });
      else context.report({ messageId: 'publishedOther', data: { claim: own, source }, place, evidence, effect: 'contradicts' });
      return;
    }
    context.report({ messageId: 'publishedToday', data: { claim: phrase, source, from: 'pass --date to check it' }, place, evidence, effect: 'supports', inferred: true });
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
    // "six years on from", "children waited six months": not the inspection's length
    if (!value.ofInspection) return;
    // the inspection's first and last days as the layout read them (a range may cross a month)
    const stated = ctx.model.source.dates.inspection;
    if (!stated) {
      context.report({ messageId: 'unstatedDate', data: { claim: phrase }, place, effect: 'unsupported' });
      return;
    }
    const span = Math.round((Date.parse(stated.end) - Date.parse(stated.start)) / DAY_MS) + 1;
    const fits = Math.abs(value.days - span) <= Math.max(1, value.days * THRESHOLDS.durationShare);
    const data = { claim: lengthWords(value), source: describeRange(stated.start, stated.end), days: span };
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

function sameDate(a: DateFact, b: DateFact): boolean {
  if (a.month !== b.month) return false;
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
    const list = (key: 'events' | 'lengthOf' | 'elapsed' | 'dateLabels' | 'ambiguousMonths' | 'pastCues' | 'publicationPatterns') => rules.flatMap((r) => r[key]);
    return compile({
      ...rules[0]!,
      months,
      units: Object.assign({}, ...rules.map((r) => r.units)),
      events: list('events'),
      lengthOf: list('lengthOf'),
      elapsed: list('elapsed'),
      dateLabels: list('dateLabels'),
      ambiguousMonths: list('ambiguousMonths'),
      pastCues: list('pastCues'),
      publicationPatterns: list('publicationPatterns'),
    });
  },
} as const;

/** A duration as a reader says it: "a week", "4 weeks" (the draft's "four-week" is one unit word). */
function lengthWords(value: Extract<Fact['value'], { type: 'duration' }>): string {
  if (value.amount === 1) return `a ${value.unit.replace(/s$/, '')}`;
  return `${value.amount} ${value.unit.endsWith('s') ? value.unit : `${value.unit}s`}`;
}

const DAY_MS = 86_400_000;

/** Two ISO days as a report prints them: "4 to 15 December 2023", "29 January to 22 February 2018". */
function describeRange(start: string, end: string): string {
  const [a, b] = [isoDate(start), isoDate(end)];
  if (start === end) return describeDate(a);
  const from = a.year !== b.year ? describeDate(a) : a.month !== b.month ? describeDate({ ...a, year: undefined }) : `${a.day}`;
  return `${from} to ${describeDate(b)}`;
}
