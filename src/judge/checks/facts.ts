import type { Fact } from '../../extract/facts.js';
import { checkGrade, gradePassages, tableGrades } from '../grades.js';
import { describeDate, rangeDays, sourceFacts, type DateFact } from '../source-facts.js';
import { matchReason, ruleReason } from '../reason.js';
import { passageRef, type JudgeContext, type Judgement } from '../types.js';

const unsupported = (reasons: Judgement['reasons'], confidence = 0.7): Judgement => ({ verdict: 'unsupported', confidence, evidence: [], reasons });

/** Checks one fact of the draft against what the source states. */
export function checkFact(ctx: JudgeContext, fact: Fact): Judgement {
  switch (fact.value.type) {
    case 'year':
      return checkYear(ctx, fact.value.year);
    case 'date':
      return checkDate(ctx, fact.value);
    case 'relative':
      return checkRelative(ctx, fact);
    case 'duration':
      return checkDuration(ctx, fact);
    case 'count':
      return checkCount(ctx, fact.value);
    case 'rating':
      return checkGrade(ctx, fact);
  }
}

function checkYear(ctx: JudgeContext, year: number): Judgement {
  const facts = sourceFacts(ctx.model, ctx.lex);
  const rule = ctx.lex.dates?.rule;
  const passages = facts.years.get(year);
  if (!passages?.length) return unsupported(rule ? [ruleReason(rule, 'unstatedYear', { claim: String(year) })] : []);
  // prefer a passage that ties the year to an inspection or visit
  const events = ctx.lex.dates?.events;
  const best = passages.find((p) => events?.has(p.tokens.map((t) => t.word))) ?? passages[0]!;
  return {
    verdict: 'paraphrased',
    confidence: 0.8,
    evidence: passages.slice(0, 3).sort((a, b) => (a === best ? -1 : b === best ? 1 : 0)).map((p) => passageRef(ctx.model, p, 1)),
    reasons: [matchReason('year', `The source mentions ${year} (${best.locator}).`)],
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

function checkDate(ctx: JudgeContext, date: DateFact): Judgement {
  const facts = sourceFacts(ctx.model, ctx.lex);
  const rule = ctx.lex.dates?.rule;
  let resolved = date;
  if (date.yearOffset !== undefined) {
    const ref = ctx.reference;
    if (!ref) return unsupported(rule ? [ruleReason(rule, 'unresolved', { claim: describeDate(date) + ' (relative year)' })] : [], 0.5);
    resolved = { ...date, year: ref.year + date.yearOffset };
  }
  const match = facts.dates.find((d) => sameDate(resolved, d.value));
  if (match) {
    const via = date.yearOffset !== undefined ? ` (taking the year from ${ctx.reference!.from})` : '';
    const evidence = [passageRef(ctx.model, match.passage, 1)];
    if (date.yearOffset !== undefined && facts.publicationYear && ctx.reference?.from.includes('published')) {
      evidence.push(passageRef(ctx.model, facts.publicationYear.passage, 0.8));
    }
    return {
      verdict: 'paraphrased',
      confidence: date.yearOffset !== undefined ? 0.7 : 0.9,
      evidence,
      reasons: [rule ? ruleReason(rule, 'dateMatches', { source: describeDate(match.value) + via }) : matchReason('date', 'The source gives this date.')],
    };
  }
  const inspection = facts.inspection;
  const values = { claim: describeDate(resolved), source: inspection ? describeDate(inspection.value) : 'not dated' };
  return {
    ...unsupported(rule ? [ruleReason(rule, 'unstatedDate', values)] : []),
    evidence: inspection ? [passageRef(ctx.model, inspection.passage, 0.3)] : [],
  };
}

function checkRelative(ctx: JudgeContext, fact: Fact): Judgement {
  const value = fact.value as Extract<Fact['value'], { type: 'relative' }>;
  const rule = ctx.lex.dates?.rule;
  const phrase = ctx.draftText.slice(fact.start, fact.end);
  if (value.unit === 'day') {
    // the source can say when it was published only to the year (© 2024), not the day
    return unsupported(rule ? [ruleReason(rule, 'unpublished', { claim: phrase })] : [], 0.6);
  }
  if (!ctx.reference) return unsupported(rule ? [ruleReason(rule, 'unresolved', { claim: phrase })] : [], 0.5);
  return checkYear(ctx, ctx.reference.year + value.offset);
}

function checkDuration(ctx: JudgeContext, fact: Fact): Judgement {
  const value = fact.value as Extract<Fact['value'], { type: 'duration' }>;
  const facts = sourceFacts(ctx.model, ctx.lex);
  const rule = ctx.lex.dates?.rule;
  const phrase = ctx.draftText.slice(fact.start, fact.end);
  const inspection = facts.inspection;
  if (value.recent && inspection) {
    // "over the last four years": a year the source names that far back from its inspection
    const target = inspection.value.year - Math.round(value.days / 365);
    for (const year of [target, target - 1, target + 1]) {
      const passages = facts.years.get(year);
      if (passages?.length && year !== inspection.value.year) {
        return {
          verdict: 'paraphrased',
          confidence: 0.6,
          evidence: [passageRef(ctx.model, passages[0]!, 0.8), passageRef(ctx.model, inspection.passage, 0.8)],
          reasons: [matchReason('duration', `The source dates its findings from ${year} (${passages[0]!.locator}) to its inspection in ${describeDate(inspection.value)}: about ${value.amount} ${value.unit}.`)],
        };
      }
    }
    return unsupported(rule ? [ruleReason(rule, 'unstatedDate', { claim: phrase })] : []);
  }
  const span = inspection ? rangeDays(inspection.value) : undefined;
  if (!inspection || span === undefined) return unsupported(rule ? [ruleReason(rule, 'unstatedDate', { claim: phrase })] : []);
  const unitDays = value.days / value.amount;
  const fits = Math.abs(value.days - span) < unitDays || (unitDays === 1 && Math.abs(value.days - span) <= 1);
  const values = { claim: `${value.amount} ${value.unit}`, source: describeDate(inspection.value), days: span };
  return {
    verdict: fits ? 'paraphrased' : 'contradictory',
    confidence: fits ? 0.7 : 0.85,
    evidence: [passageRef(ctx.model, inspection.passage, 1)],
    reasons: rule ? [ruleReason(rule, fits ? 'durationMatches' : 'duration', values)] : [],
  };
}

function checkCount(ctx: JudgeContext, value: Extract<Fact['value'], { type: 'count' }>): Judgement {
  const rule = ctx.lex.numbers?.rule;
  const rows = tableGrades(ctx);
  if (!rows.length) return unsupported(rule ? [ruleReason(rule, 'count', { claim: value.n, source: 'no', thing: 'judgements' })] : []);
  const same = rows.length === value.n;
  const evidence = gradePassages(ctx, rows).map((p) => passageRef(ctx.model, p, same ? 1 : 0.5));
  const values = { claim: value.n, source: rows.length, thing: 'judgements' };
  return {
    verdict: same ? 'paraphrased' : 'contradictory',
    confidence: 0.9,
    evidence,
    reasons: rule ? [ruleReason(rule, same ? 'countMatches' : 'count', values)] : [],
  };
}
