// Evaluative press language against the report's grade: "slated by inspectors" for an Inadequate
// school, "hailed" for a Good service, "significant improvements" for a grade up on the last
// inspection's. The polarity of each grade level is the profile's (profiles/*/profile.yaml), never
// guessed here; what the tone is about is read by src/extract/tone.ts.
import { toneSpan, type ToneHit, type TonePack } from '../extract/tone.js';
import type { Token } from '../ingest/tokens.js';
import { profileAreas, resolveArea } from '../layout/areas.js';
import type { Polarity } from '../layout/grade-terms.js';
import type { Grade } from '../layout/source-doc.js';
import type { Effect, Finding, ReportInput } from '../rules/rule-type.js';
import { claimFindings } from './engine.js';
import { claimedWhen, gradesOf, ownYears, subjectGrades } from './grade-mention.js';
import { passageAt, scaleOf } from './grades.js';
import { CONFIDENCE, contradictionLevel, reasonOf } from './policy.js';
import { passageRef, type JudgeContext, type Judgement } from './types.js';

type ToneFinding = Omit<ReportInput, 'place'>;

/** Polarities from censure to praise, to say which of two grades is the better where they are on different scales. */
const RANK: Record<Polarity, number> = { 'strong-negative': 0, negative: 1, 'mixed-negative': 2, mixed: 3, 'mixed-positive': 4, positive: 5, 'strong-positive': 6 };

/** A tone word against the report's grade of what it is about; undefined when the report grades
 * nothing the words name, or the tone is not the report's. `tokens` are the sentence's the hit was read in. */
export function judgeTone(ctx: JudgeContext, hit: ToneHit, pack: TonePack, tokens: Token[]): ToneFinding | undefined {
  // someone else's praise or censure ("parents criticised the school") is not the report's, nor is
  // praise no one is named for in a sentence that names neither the inspectorate nor its report
  if (hit.agent === 'other' || (hit.agent === 'unstated' && hit.target.kind !== 'document' && !namesSource(ctx, tokens))) return undefined;
  const source = ctx.model.source;
  const subject = subjectOf(ctx, hit, pack);
  if (!subject) return undefined;
  // a clause about an earlier inspection ("which had been slated in 2015") is weighed against that inspection's grade
  const when = claimedWhen(hit.when, undefined, ownYears(source), false);
  const isChange = hit.term.kind === 'change';
  const now = subjectGrades(source, gradesOf(source, isChange ? 'this inspection' : when), subject)?.[0];
  if (!now) return undefined;
  const [from, to] = toneSpan(hit);
  const claim = ctx.draftText.slice(tokens[from]!.start, tokens[to - 1]!.end);
  const data = { claim, ...gradeData(ctx, now) };
  const evidence = [passageRef(ctx.model, passageAt(ctx, now), 1)];
  if (hit.term.kind === 'change') {
    // "has improved since 2015": the grade then; else the last inspection's
    const before = subjectGrades(source, gradesOf(source, when === 'this inspection' ? 'previous' : when), subject)?.[0];
    const change = before && direction(before, now);
    if (!before || !change) return undefined;
    const year = typeof before.when === 'object' ? before.when.year : '';
    const agrees = (change === 'up') === (hit.term.sign === 'positive');
    const messageId = change === 'up' ? 'improved' : 'worsened';
    return { messageId, data: { ...data, earlier: before.term, year }, evidence, effect: agrees ? 'supports' : 'contradicts' };
  }
  const polarity = scaleOf(now)?.polarity?.[now.level - 1];
  if (!polarity) return undefined;
  const effect = weigh(hit.term.sign, hit.term.strong, polarity);
  const messageId = effect === 'supports' ? 'agrees' : effect === 'contradicts' ? 'disagrees' : polarity.startsWith('mixed') ? 'mixed' : 'opposed';
  return { messageId, data, evidence, effect };
}

/** The claim's sentence names the inspectorate, its report or the inspection ("…, an Ofsted inspection has found"). */
function namesSource(ctx: JudgeContext, tokens: Token[]): boolean {
  const words = tokens.map((t) => t.word.replace(/'s$/, ''));
  const names = ctx.lex.entities;
  return (names?.sourceAliases.has(words) ?? false) || (names?.documentNouns.has(words) ?? false);
}

/** Praise or censure against a grade's polarity: the same way supports it (a grade that only leans
 * that way, only a mild word); the opposite way contradicts it when either is emphatic ("praised"
 * for Inadequate, "slated" for Good); a mixed grade settles nothing either way. */
function weigh(sign: 'positive' | 'negative', strong: boolean, polarity: Polarity): Effect {
  const [lean, side] = polarity.startsWith('mixed') ? ['mixed', polarity.slice('mixed-'.length)] : [polarity.startsWith('strong') ? 'strong' : 'plain', polarity.replace('strong-', '')];
  if (lean === 'mixed') return side === sign && !strong ? 'supports' : 'unsupported';
  if (side === sign) return 'supports';
  return strong || lean === 'strong' ? 'contradicts' : 'unsupported';
}

/** The grade the tone is about: the overall judgement for the report itself or the whole of what it
 * grades ("the school", "the care", the place's name), else the area its words name. */
function subjectOf(ctx: JudgeContext, hit: ToneHit, pack: TonePack): Parameters<typeof subjectGrades>[2] | undefined {
  const { target } = hit;
  // "an improvement on the last inspection" names what it is compared with, not what improved
  if (target.kind === 'document') return hit.term.kind === 'change' ? undefined : { kind: 'overall' };
  const area = resolveArea(target.extent, profileAreas(ctx.model.source.profile), 'press');
  if (area && area.id !== 'overall') return { kind: 'areas', areas: [{ area: area.id, words: area.words }] };
  const whole = !target.narrowed && (pack.wholes.has([target.head]) || ctx.places.has(target.head) || area?.id === 'overall');
  return whole ? { kind: 'overall' } : undefined;
}

/** Whether the grade went up or down since the earlier one: on one scale by level, across scales by polarity. */
function direction(before: Grade, now: Grade): 'up' | 'down' | undefined {
  if (before.scale === now.scale) return now.level < before.level ? 'up' : now.level > before.level ? 'down' : undefined;
  const rank = (g: Grade) => {
    const p = scaleOf(g)?.polarity?.[g.level - 1];
    return p === undefined ? undefined : RANK[p];
  };
  const [a, b] = [rank(before), rank(now)];
  if (a === undefined || b === undefined || a === b) return undefined;
  return b > a ? 'up' : 'down';
}

function gradeData(ctx: JudgeContext, grade: Grade) {
  const subject = grade.overall ? 'it overall' : grade.subject || 'the service';
  const at = typeof grade.when === 'object' ? ` at the ${grade.when.year} inspection` : '';
  return { source: grade.term, sourceSubject: subject + at, locator: passageAt(ctx, grade).locator };
}

/** A claim's verdict once its tone is weighed: a tone the report's grade contradicts makes it
 * contradictory (unless the words are the report's own); a tone too strong for a mixed grade leaves
 * it unsupported, whatever words it shares with the grade's passage (the tone is what it claims);
 * a tone the grade bears out makes it paraphrased, with the grade as its reason. */
export function weighTone(ctx: JudgeContext, judged: Judgement): Judgement {
  if (judged.verdict === 'verbatim' || judged.verdict === 'contradictory') return judged;
  const findings = claimFindings(ctx);
  if (!findings.length) return judged;
  const decided = (verdict: Judgement['verdict'], by: Finding[], confidence: number): Judgement => ({
    verdict,
    confidence,
    evidence: by.flatMap((f) => f.evidence),
    reasons: by.map(reasonOf),
    ...(verdict === 'contradictory' ? { level: contradictionLevel(by) } : {}),
    findings,
  });
  const against = findings.filter((f) => f.effect === 'contradicts');
  if (against.length) return decided('contradictory', against, CONFIDENCE.toneContradicts);
  const unsettled = findings.filter((f) => f.effect === 'unsupported');
  if (unsettled.length) return decided('unsupported', unsettled, CONFIDENCE.toneUnsettled);
  if (judged.verdict !== 'paraphrased') return decided('paraphrased', findings, CONFIDENCE.toneSupports);
  // said in other words too: the grade's reason goes with the words'
  return { ...judged, reasons: [...findings.map(reasonOf), ...judged.reasons], findings: [...(judged.findings ?? []), ...findings] };
}
