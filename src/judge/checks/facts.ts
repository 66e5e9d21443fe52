import type { Fact } from '../../extract/facts.js';
import { findFacts } from '../../extract/facts.js';
import type { Passage } from '../../align/source-model.js';
import { describeDate, rangeDays, sourceFacts, type DateFact } from '../source-facts.js';
import { matchReason, ruleReason } from '../reason.js';
import { passageRef, type JudgeContext, type Judgement } from '../types.js';
import { judgeGradeMention } from '../grade-mention.js';

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
      return checkRating(ctx, fact);
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
    reasons: [matchReason('year', `The source mentions ${year} (${best.block.locator}).`)],
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
          reasons: [matchReason('duration', `The source dates its findings from ${year} (${passages[0]!.block.locator}) to its inspection in ${describeDate(inspection.value)}: about ${value.amount} ${value.unit}.`)],
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
  const facts = sourceFacts(ctx.model, ctx.lex);
  const rule = ctx.lex.numbers?.rule;
  const rows = facts.judgements;
  if (!rows.length) return unsupported(rule ? [ruleReason(rule, 'count', { claim: value.n, source: 'no', thing: 'judgements' })] : []);
  const same = rows.length === value.n;
  const evidence = orderRows(rows).map((p) => passageRef(ctx.model, p, same ? 1 : 0.5));
  const values = { claim: value.n, source: rows.length, thing: 'judgements' };
  return {
    verdict: same ? 'paraphrased' : 'contradictory',
    confidence: 0.9,
    evidence,
    reasons: rule ? [ruleReason(rule, same ? 'countMatches' : 'count', values)] : [],
  };
}

/** The overall judgement first: it is what a claim about "the service" rests on. */
function orderRows(rows: Passage[]): Passage[] {
  return [...rows].sort((a, b) => Number(/overall/i.test(b.block.grade?.subject ?? '')) - Number(/overall/i.test(a.block.grade?.subject ?? '')));
}

function checkRating(ctx: JudgeContext, fact: Fact): Judgement {
  const value = fact.value as Extract<Fact['value'], { type: 'rating' }>;
  const scale = ctx.lex.ratings.find((s) => s.rule.id === value.scale);
  const facts = sourceFacts(ctx.model, ctx.lex);
  const claim = ctx.draftText.slice(fact.start, fact.end);
  if (!scale) return unsupported([]);
  // a grade for an earlier inspection: the sentence names another year, or the phrase looks back
  const sentence = ctx.claim.sentence;
  const sentenceTokens = ctx.claim.tokens;
  const phraseWords = sentenceTokens.filter((t) => t.start >= fact.start && t.end <= fact.end).map((t) => t.word);
  const years = findFacts({ tokens: sentenceTokensOf(ctx, sentence), text: ctx.draftText }, ctx.lex)
    .map((f) => (f.value.type === 'year' ? f.value.year : f.value.type === 'date' ? f.value.year : undefined))
    .filter((y): y is number => y !== undefined);
  const ownYear = facts.inspection?.value.year;
  const otherYear = years.find((y) => y !== ownYear && y !== facts.publicationYear?.year);
  const byMention = judgeGradeMention(ctx, fact, value, otherYear);
  if (byMention) return byMention;
  const looksBack = phraseWords.some((w) => ctx.lex.dates?.pastCues.has(w));
  const graded = [...facts.judgements, ...ctx.model.passages.filter((p) => p.block.kind === 'heading' && p.block.grade)];
  if (otherYear !== undefined || looksBack || graded.length === 0) {
    const subject = otherYear !== undefined ? `the ${otherYear} inspection` : 'an earlier inspection';
    return unsupported([ruleReason(scale.rule, 'unstated', { claim, subject })], 0.75);
  }
  const rows = orderRows(facts.judgements.length ? facts.judgements : graded);
  const target = pickJudgement(ctx, rows) ?? rows[0]!;
  const level = target.block.grade!.level;
  const values = { claim: scale.names[value.level] ?? value.term, source: target.block.grade!.term };
  if (level === value.level) {
    return { verdict: 'paraphrased', confidence: 0.9, evidence: [passageRef(ctx.model, target, 1)], reasons: [ruleReason(scale.rule, 'matches', values)] };
  }
  return {
    verdict: 'contradictory',
    confidence: 0.85,
    evidence: [passageRef(ctx.model, target, 1)],
    reasons: [ruleReason(scale.rule, value.level > level ? 'overstated' : 'understated', values)],
  };
}

function sentenceTokensOf(ctx: JudgeContext, sentence: [number, number]) {
  // the claim's own tokens are enough when it is the whole sentence; otherwise re-read the sentence
  return ctx.claim.start <= sentence[0] && ctx.claim.end >= sentence[1] ? ctx.claim.tokens : ctx.sentenceTokens(sentence);
}

/** The judgement whose subject the claim's sentence names ("children in care"), if any. */
function pickJudgement(ctx: JudgeContext, rows: Passage[]): Passage | undefined {
  const sentenceWords = new Set(ctx.sentenceTokens(ctx.claim.sentence).map((t) => t.stem));
  let best: Passage | undefined;
  let bestShare = 0.75;
  for (const row of rows) {
    const subject = row.tokens.filter((t) => !/^(the|of|and|with|who|in|on|for)$/.test(t.word) && t.word !== row.block.grade?.term.toLowerCase());
    const share = subject.filter((t) => sentenceWords.has(t.stem)).length / Math.max(1, subject.length);
    if (share > bestShare) {
      best = row;
      bestShare = share;
    }
  }
  return best;
}
