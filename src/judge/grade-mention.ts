// A draft's grade claim against the grades the report states: only ever a grade of the same scale,
// the same subject (the overall judgement or an area's) and the same inspection. Anything else the
// report cannot settle, so the claim is unsupported, never contradictory.
import type { Fact } from '../extract/facts.js';
import type { GradeSubject } from '../extract/grade-claims.js';
import { profileAreas, resolveArea } from '../layout/areas.js';
import type { Grade, SourceDoc } from '../layout/source-doc.js';
import { words } from '../ingest/tokens.js';
import { passageAt, scaleOf, termLevel } from './grades.js';
import { passageRef, type EvidenceRef, type JudgeContext } from './types.js';

type Rating = Extract<Fact['value'], { type: 'rating' }>;

/** What the rating rule reports for a grade mention. */
export interface MentionFinding {
  messageId: 'unstated' | 'noGrade' | 'matches' | 'overstated' | 'understated' | 'negatedMatches' | 'negatedDiffers';
  data: Record<string, string | number>;
  evidence?: EvidenceRef[];
  effect: 'supports' | 'contradicts' | 'unsupported';
  wordForWord?: boolean;
}

/** The inspection a claim's grade is about, once the report's own years are known. */
export type ClaimedWhen = 'this inspection' | { year: number } | 'previous';

/** Where a grade is best shown: a judgement table's row, then a heading, then prose. */
const LOCATOR_ORDER: Record<Grade['at']['kind'], number> = { 'table-row': 0, heading: 1, label: 2, paragraph: 3 };

/**
 * The claim's grade against the report's grade of the same subject and time. `otherYear` is a year
 * the claim's sentence names that is not the report's own (the grade is then that year's).
 * A claim naming several areas ("classed both leadership and adoption as good") holds only if
 * every one of them has that grade.
 */
export function judgeGradeMention(ctx: JudgeContext, fact: Fact, value: Rating, otherYear: number | undefined): MentionFinding {
  const { mention } = value;
  const source = ctx.model.source;
  const claim = ctx.draftText.slice(fact.start, fact.end);
  const when = claimedWhen(mention.when, otherYear, ownYears(source), mention.change !== undefined);
  const unsupported = (messageId: 'unstated' | 'noGrade', subject: string): MentionFinding => ({ messageId, data: { claim, subject }, effect: 'unsupported' });
  const timely = gradesOf(source, when);
  if (!timely.length) return unsupported('unstated', when === 'this inspection' ? 'this inspection' : when === 'previous' ? 'an earlier inspection' : `the ${when.year} inspection`);
  const targets = subjectGrades(source, timely, mention.subject);
  const subjectWords = describeSubject(mention.subject);
  if (!targets) return unsupported('noGrade', subjectWords);
  let first: { grade: Grade; level: number } | undefined;
  for (const grade of targets) {
    const scale = scaleOf(grade);
    const level = scale && (mention.scaleEnd ? (mention.scaleEnd === 'lowest' ? scale.names.length : 1) : termLevel(mention.term, scale));
    // the draft's word is not a grade on the report's scale: the two cannot be compared
    if (level === undefined) return unsupported('noGrade', `${subjectWords} on the report's scale`);
    const supported = mention.negated ? level !== grade.level : level === grade.level;
    if (!supported) return finding(ctx, mention, subjectWords, grade, level, false);
    first ??= { grade, level };
  }
  return finding(ctx, mention, subjectWords, first!.grade, first!.level, true);
}

/** The draft quotes this inspection's grade as the report prints it, of the subject as the report
 * names it ("rated 'Requires improvement to be good'"); a grade in the writer's own words, one read
 * from prose about an earlier inspection, or an area in other words, is a paraphrase. */
function asPrinted(ctx: JudgeContext, mention: Rating['mention'], grade: Grade): boolean {
  if (!mention.quoted || mention.negated || grade.when !== 'this inspection') return false;
  const printed = words(ctx.model.doc.text.slice(grade.span.start, grade.span.end)).join(' ');
  if (printed !== words(mention.term).join(' ')) return false;
  const { subject } = mention;
  return subject.kind !== 'areas' || subject.areas.every((a) => words(a.words).join(' ') === words(grade.subject).join(' '));
}

function finding(ctx: JudgeContext, mention: Rating['mention'], subject: string, grade: Grade, level: number, supported: boolean): MentionFinding {
  const passage = passageAt(ctx, grade);
  const data = { claim: mention.term, subject, source: grade.term, sourceSubject: grade.overall ? 'the overall judgement' : grade.subject || 'the service', locator: passage.locator };
  const messageId = mention.negated ? (supported ? 'negatedMatches' : 'negatedDiffers') : supported ? 'matches' : level < grade.level ? 'overstated' : 'understated';
  const wordForWord = supported && asPrinted(ctx, mention, grade);
  return { messageId, data, evidence: [passageRef(ctx.model, passage, 1)], effect: supported ? 'supports' : 'contradicts', ...(wordForWord ? { wordForWord } : {}) };
}

/** A year the report itself carries (its inspection or publication) is this inspection's. */
export function claimedWhen(when: Rating['mention']['when'], otherYear: number | undefined, own: Set<number>, isChange: boolean): ClaimedWhen {
  // "raised from X to Y": the grade that carries the change is the grade now
  if (isChange) return 'this inspection';
  if (typeof when === 'object') return own.has(when.year) ? 'this inspection' : when;
  if (when === 'previous') return when;
  return otherYear !== undefined && !own.has(otherYear) ? { year: otherYear } : 'this inspection';
}

export function ownYears(source: SourceDoc): Set<number> {
  const d = source.dates;
  return new Set([d.inspection?.start, d.inspection?.end, d.published?.date].filter((x): x is string => !!x).map((x) => Number(x.slice(0, 4))));
}

/** The report's grades of that time, best shown first; "previously" means the latest earlier one. */
export function gradesOf(source: SourceDoc, when: ClaimedWhen): Grade[] {
  const byPlace = (a: Grade, b: Grade) => LOCATOR_ORDER[a.at.kind] - LOCATOR_ORDER[b.at.kind];
  if (when === 'this inspection') return source.grades.filter((g) => g.when === 'this inspection').sort(byPlace);
  const earlier = source.grades.filter((g) => typeof g.when === 'object');
  if (when === 'previous') {
    const latest = Math.max(...earlier.map((g) => (g.when as { year: number }).year));
    return earlier.filter((g) => (g.when as { year: number }).year === latest).sort(byPlace);
  }
  return earlier.filter((g) => (g.when as { year: number }).year === when.year).sort(byPlace);
}

/** The grades of the claim's subject: one per area it names, or the overall judgement. A claim that
 * names no area is about the service as a whole; a report that states no overall grade but grades one
 * thing only (an earlier inspection's single grade) gives that. */
export function subjectGrades(source: SourceDoc, grades: Grade[], subject: GradeSubject): Grade[] | undefined {
  if (subject.kind === 'areas') {
    const areas = profileAreas(source.profile);
    const areaOf = (g: Grade) => g.area ?? (g.overall ? 'overall' : resolveArea(words(g.subject), areas, 'report')?.id);
    // the draft's words for the area, read by the report's profile ("safety" is one test of a prison)
    const claimed = (a: { area: string; words: string }) => resolveArea(words(a.words), areas, 'press')?.id ?? a.area;
    const found = subject.areas.map(claimed).map((id) => grades.find((g) => areaOf(g) === id));
    return found.every((g): g is Grade => g !== undefined) ? found : undefined;
  }
  const overall = grades.find((g) => g.overall) ?? (grades.length === 1 ? grades[0] : undefined);
  return overall ? [overall] : undefined;
}

function describeSubject(subject: GradeSubject): string {
  if (subject.kind === 'areas') return subject.areas.map((a) => a.words).join(' and ');
  return subject.kind === 'overall' ? 'the overall judgement' : 'the service';
}
