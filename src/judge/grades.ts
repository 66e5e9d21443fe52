// A draft's grade claim against the grades the report gives: only ever a grade of the same scale,
// the same subject (an area's judgement or the overall one) and the same inspection. Anything
// else the report cannot settle, so the claim is unsupported, never contradictory.
import type { Fact } from '../extract/facts.js';
import { findFacts } from '../extract/facts.js';
import type { Passage } from '../align/source-model.js';
import { stem, words } from '../ingest/tokens.js';
import { gradeAt, type GradeScale } from '../layout/grade-terms.js';
import { shippedProfiles } from '../layout/profile.js';
import type { Grade, When } from '../layout/source-doc.js';
import { sourceFacts } from './source-facts.js';
import { passageRef, type EvidenceRef, type JudgeContext } from './types.js';

/** Share of a judgement's own words the claim's sentence must carry for the claim to be about it. */
const SUBJECT_SHARE = 0.75;
const LINK_WORDS = /^(the|of|and|with|who|in|on|for|to|a|an)$/;

/** What the rating rule reports for a grade claim read without a subject of its own. */
export interface GradeFinding {
  messageId: 'unstated' | 'matches' | 'overstated' | 'understated';
  data: Record<string, string | number>;
  evidence?: EvidenceRef[];
  effect: 'supports' | 'contradicts' | 'unsupported';
}

export function checkGrade(ctx: JudgeContext, fact: Fact, levels: string[][]): GradeFinding {
  const value = fact.value as Extract<Fact['value'], { type: 'rating' }>;
  const claim = ctx.draftText.slice(fact.start, fact.end);
  const unstated = (subject: string, evidence?: EvidenceRef[]): GradeFinding => ({ messageId: 'unstated', data: { claim, subject }, effect: 'unsupported', ...(evidence ? { evidence } : {}) });
  const when = claimedWhen(ctx, fact);
  const grades = ctx.model.source.grades.filter((g) => sameWhen(g.when, when));
  if (when === 'earlier') return unstated('an earlier inspection');
  if (!grades.length) return unstated(typeof when === 'object' ? `the ${when.year} inspection` : 'this inspection');
  const target = subjectOf(ctx, grades) ?? grades.find((g) => g.overall) ?? (typeof when === 'object' ? grades[0] : undefined);
  if (!target) return unstated('the service as a whole');
  const scale = scaleOf(target);
  const level = scale && termLevel(value.term, scale);
  const evidence = [passageRef(ctx.model, passageAt(ctx, target), 1)];
  const data = { claim: levels[value.level]?.[0] ?? value.term, source: target.term, subject: target.subject, sourceSubject: target.subject };
  // the draft's word is not a grade on the report's scale: the two cannot be compared
  if (level === undefined) return unstated(`'${target.subject}' on this scale`, evidence);
  if (level === target.level) return { messageId: 'matches', data, evidence, effect: 'supports' };
  return { messageId: level < target.level ? 'overstated' : 'understated', data, evidence, effect: 'contradicts' };
}

/** The passages of a report's grades, the overall one first, for showing where they are. */
export function gradePassages(ctx: Pick<JudgeContext, 'model'>, grades: Grade[]): Passage[] {
  return [...grades].sort((a, b) => Number(b.overall) - Number(a.overall)).map((g) => passageAt(ctx, g));
}

/** The grades of this inspection that a judgement table gives, one per row. */
export function tableGrades(ctx: Pick<JudgeContext, 'model'>): Grade[] {
  return ctx.model.source.grades.filter((g) => g.at.kind === 'table-row' && g.when === 'this inspection');
}

type ClaimedWhen = When | 'earlier';

/** The inspection a claim's grade is about: another year its sentence names, an earlier one it
 * looks back to, or this one. */
function claimedWhen(ctx: JudgeContext, fact: Fact): ClaimedWhen {
  const facts = sourceFacts(ctx.model, ctx.lex);
  const sentence = ctx.claim.start <= ctx.claim.sentence[0] && ctx.claim.end >= ctx.claim.sentence[1] ? ctx.claim.tokens : ctx.sentenceTokens(ctx.claim.sentence);
  const years = findFacts({ tokens: sentence, text: ctx.draftText }, ctx.lex)
    .map((f) => (f.value.type === 'year' ? f.value.year : f.value.type === 'date' ? f.value.year : undefined))
    .filter((y): y is number => y !== undefined);
  const ownYears = new Set([facts.inspection?.value.year, facts.publicationYear?.year, ...yearsOf(ctx.model.source.dates)]);
  const other = years.find((y) => !ownYears.has(y));
  if (other !== undefined) return { year: other };
  const phrase = ctx.claim.tokens.filter((t) => t.start >= fact.start && t.end <= fact.end).map((t) => t.word);
  return phrase.some((w) => ctx.lex.dates?.pastCues.has(w)) ? 'earlier' : 'this inspection';
}

function yearsOf(dates: JudgeContext['model']['source']['dates']): number[] {
  return [dates.inspection?.start, dates.inspection?.end, dates.published?.date].filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4)));
}

function sameWhen(a: When, b: ClaimedWhen): boolean {
  if (b === 'earlier') return false;
  return typeof a === 'string' || typeof b === 'string' ? a === b : a.year === b.year;
}

/** The grade whose subject the claim's sentence names ("children in care"), if any. */
function subjectOf(ctx: JudgeContext, grades: Grade[]): Grade | undefined {
  const sentence = new Set(ctx.sentenceTokens(ctx.claim.sentence).map((t) => t.stem));
  let best: Grade | undefined;
  let bestShare = SUBJECT_SHARE;
  for (const g of grades) {
    if (g.overall) continue;
    const own = words(g.subject).filter((w) => !LINK_WORDS.test(w));
    const stems = own.map(stem);
    const share = stems.filter((s) => sentence.has(s)).length / Math.max(1, stems.length);
    if (share > bestShare) {
      best = g;
      bestShare = share;
    }
  }
  return best;
}

export function scaleOf(g: Pick<Grade, 'scale'>): GradeScale | undefined {
  for (const p of shippedProfiles()) {
    const s = p.scales.find((x) => x.id === g.scale);
    if (s) return s;
  }
  return undefined;
}

/** The level a draft's grade words have on the report's scale, if they are a grade there. */
export function termLevel(term: string, scale: GradeScale): number | undefined {
  const ws = words(term);
  const hit = gradeAt(ws, 0, [scale]);
  return hit && hit.to === ws.length ? hit.level : undefined;
}

function passageAt(ctx: Pick<JudgeContext, 'model'>, g: Grade): Passage {
  const ps = ctx.model.passages;
  return ps.find((p) => p.start <= g.span.start && g.span.start < p.end) ?? ps.find((p) => p.start >= g.span.start) ?? ps[0]!;
}
