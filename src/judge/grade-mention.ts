import type { Fact } from '../extract/facts.js';
import type { Passage } from '../align/source-model.js';
import { profileAreas, resolveArea } from '../layout/areas.js';
import { words } from '../ingest/tokens.js';
import { gradePassages } from './grades.js';
import { passageRef, type EvidenceRef, type JudgeContext } from './types.js';

/** The profile whose judgement names the source's grades are read with (see extract/facts.ts). */
const SOURCE_PROFILE = 'ofsted-children';

type Rating = Extract<Fact['value'], { type: 'rating' }>;

/** What the rating rule reports for a grade mention. */
export interface MentionFinding {
  messageId: 'unstated' | 'noGrade' | 'matches' | 'overstated' | 'understated' | 'negatedMatches' | 'negatedDiffers';
  data: Record<string, string | number>;
  evidence?: EvidenceRef[];
  effect: 'supports' | 'contradicts' | 'unsupported';
}

/** A grade claim of the draft against the source's grade of the same subject and time: the same
 * grade supports it, another contradicts it; a grade of another time or subject the source does not
 * give is unsupported, never contradictory. A pure function of the claim and the source's grades. */
export function judgeGradeMention(ctx: JudgeContext, fact: Fact, value: Rating, otherYear: number | undefined): MentionFinding | undefined {
  if (!ctx.lex.gradePhrasing) return undefined;
  const { mention } = value;
  const claim = ctx.draftText.slice(fact.start, fact.end);
  const unsupported = (messageId: 'unstated' | 'noGrade', values: Record<string, string | number>): MentionFinding => ({ messageId, data: { claim, ...values }, effect: 'unsupported' });
  if (mention.when === 'previous' && !mention.change) return unsupported('unstated', { subject: 'an earlier inspection' });
  const year = typeof mention.when === 'object' ? mention.when.year : otherYear;
  if (year !== undefined && !mention.change) return unsupported('unstated', { subject: `the ${year} inspection` });
  const rows = gradedPassages(ctx);
  const subjectWords = mention.subject.kind === 'area' ? mention.subject.words : mention.subject.kind === 'overall' ? 'overall' : 'the service';
  if (rows.length === 0) return unsupported('noGrade', { subject: subjectWords });
  const target = pickRow(rows, mention.subject);
  if (!target) return unsupported('noGrade', { subject: subjectWords });
  const grade = target.block.grade!;
  const same = grade.level === value.level;
  const data = { claim: mention.term, subject: subjectWords, source: grade.term, sourceSubject: grade.subject || 'the service', locator: target.block.locator };
  // "no longer inadequate": supported by any other grade, contradicted by that one
  const supported = mention.negated ? !same : same;
  const messageId = mention.negated ? (supported ? 'negatedMatches' : 'negatedDiffers') : supported ? 'matches' : value.level > grade.level ? 'overstated' : 'understated';
  return { messageId, data, evidence: [passageRef(ctx.model, target, 1)], effect: supported ? 'supports' : 'contradicts' };
}

function gradedPassages(ctx: JudgeContext): Passage[] {
  const graded = gradePassages(ctx, ctx.model.source.grades.filter((g) => g.when === 'this inspection'));
  return [...new Set(graded)].filter((p) => p.block.grade);
}

/** The row for the mention's subject: the row of the same area, or the overall judgement for a claim
 * about the overall grade or about the service as a whole. */
function pickRow(rows: Passage[], subject: Rating['mention']['subject']): Passage | undefined {
  const areas = profileAreas(SOURCE_PROFILE);
  const areaOf = (p: Passage) => resolveArea(words(p.block.grade!.subject), areas, 'report')?.id;
  const overall = rows.find((p) => areaOf(p) === 'overall' || /overall/i.test(p.block.grade!.subject)) ?? rows.find((p) => p.block.kind === 'heading') ?? rows[0];
  if (subject.kind === 'area') return subject.area === 'overall' ? overall : rows.find((p) => areaOf(p) === subject.area);
  return overall;
}
