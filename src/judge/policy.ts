import type { Finding } from '../rules/rule-type.js';
import type { Reason, Verdict } from '../types.js';
import { LEVELS } from '../severity.js';
import type { EvidenceRef, Judgement } from './types.js';

// The one place where claimcheck decides how sure it is and how much is enough. Every number the
// judge and the rule types use lives here, with where it came from. None of them was fitted by a
// search: they were set by hand when each check was written and kept because the seed cases
// (../shared/eval/seeds) and the dev cases came out right with them. Change one here and re-run
// both scores.

/** How much of a claim must match for each verdict. */
export const THRESHOLDS = {
  /** Share of a claim's content words a passage must carry for it to count as said there in other
   * words. 0.5 since frame, place and degree words stopped counting (commit 1fedb4c). */
  paraphraseCoverage: 0.55,
  /** A contradiction needs the claim to be about the same thing: three quarters of its words in the
   * passage (commit d14295a, after loose matches that conflicted were called contradictions). */
  contradictionCoverage: 0.75,
  /** A claim with no cue of the report (src/extract/report-cue.ts) that carries less than this share
   * of every passage's key words is the writer's own context, left unchecked. */
  ownContextCoverage: 0.4,
  /** Content words beyond the frame ("Ofsted praised") a claim needs before it can be matched in
   * other words: two-word claims ("praised leaders") matched anything. */
  minSubstance: 3,
  /** The stricter share two passages together must carry (commit d14295a). */
  pairedCoverage: 0.8,
  /** ...and the share each passage must add to it, so that none is padding... */
  pairedGain: 0.06,
  /** ...of at most this many passages, within this many passages of the best one. */
  pairedMax: 5,
  pairedWindow: 30,
  /** Share of a quote's words that must align with one passage for it to count as a misquote of it. */
  misquoteAligned: 0.7,
  /** A quote this short (in words) or with no content word is looked for word for word only. */
  shortQuoteWords: 3,
  /** Words at a claim's edges that did not align that the aligned region still takes in, so that
   * the diff and the conflict checks see "all" against the source's "Most". */
  edgeWords: 2,
  /** A verbatim match this short (in words) is cited as its whole passage, not the few words. */
  shortExactWords: 4,
  /** A claim holding a whole source sentence of this many words, word for word, with only frame
   * words ("Ofsted inspectors ..., as they stated") around it, is verbatim. */
  framedSentenceWords: 6,
  /** Share of a judgement row's subject words the claim's sentence must name for a grade to be
   * checked against that row rather than the overall one (rating rule). */
  gradeSubjectShare: 0.75,
  /** A duration counted back from the inspection ("over the last four years") may be a year out
   * either way, as press copy rounds. */
  durationYearSlack: 1,
  /** How far a stated length may be from the report's dates, as a share of it: a sub-editor's "four
   * weeks" for 22 days, "a week" for a five-day visit, never "three weeks" for 12 days. */
  durationShare: 0.3,
  /** Longest a stated length may be and still be the inspection's own: an inspection or visit runs
   * days or weeks, so "six years on", "under the age of 18 years", "a two-year-old" are other spans. */
  inspectionLengthMaxDays: 92,
  /** A clause of a longer claim that one passage carries this share of stands for the claim
   * (src/align/clauses.ts): stricter than a whole claim's share, as the rest goes unchecked... */
  clauseCoverage: 0.75,
  /** ...and it needs as much substance as a claim of its own, and this share of the claim's. */
  clauseSubstance: 3,
  clauseShare: 0.4,
  /** A claim word the source never uses weighs as the rarest source word, divided by one plus
   * its WordNet tag count over this: a word met this often in the tagged corpus weighs half. */
  commonWordCount: 100,
  /** Missing words a not-found reason names. */
  missingShown: 3,
  /** Passages retrieved for a second passage of a joined claim, and for the other passages shown. */
  pairedCandidates: 12,
  otherCandidates: 3,
  /** Score penalty on a two-sentence candidate, so one sentence that says it wins a tie. */
  multiPassagePenalty: 0.05,
  /** Weight of the Dice overlap beside coverage and aligned share when ranking candidates. */
  diceWeight: 0.5,
  /** How far a hedged figure reaches, as a share of it (number rule): "around 24%" is 21.6-26.4%,
   * as is any figure the source itself hedges; "nearly 400" is 360 to 400... */
  numberAbout: 0.1,
  numberBelow: 0.1,
  /** ...and "nearly" before a fraction in words reaches further, as the fraction is itself a round
   * figure: "nearly half" is 40% to 50%, so 42% is nearly half, while 24% is not nearly a third. */
  numberBelowRound: 0.2,
} as const;

/** How sure claimcheck is of a verdict reached by the matcher (not by a rule). */
export const CONFIDENCE = {
  /** A quote found word for word: only a different meaning in context could make it wrong. */
  verbatimQuote: 0.95,
  /** A claim in the draft's own words that happens to be word for word in the source. */
  verbatimClaim: 0.9,
  /** A short quote not found word for word: short phrases are easy to check exactly. */
  shortQuoteMissing: 0.85,
  /** A misquote whose changed words conflict with the source (negation, scale, number...). */
  misquoteContradicts: 0.8,
  /** A misquote that only changes words. */
  misquote: 0.75,
  /** A long quote whose words are not in the source. */
  quoteMissing: 0.8,
  /** Said across two passages: the join may be the draft's own inference. */
  pairedParaphrase: 0.55,
  /** A claim carried by one of its clauses: the paraphrase confidence, times this. */
  clauseShare: 0.8,
  /** A claim too general to tie to any passage. */
  tooGeneral: 0.4,
  /** A claim nothing in the source says. */
  notFound: 0.6,
  /** A close paraphrase that conflicts with its passage. */
  alignedContradicts: 0.7,
  /** A close paraphrase but for a part its passage says nothing of (a cause the report never states). */
  partUnstated: 0.6,
  /** A loose match that also conflicts: not evidence either way. */
  looseConflict: 0.5,
  /** A paraphrase: this much, plus half its coverage, at most `paraphraseMax`. */
  paraphraseBase: 0.4,
  paraphraseMax: 0.95,
  /** A draft about another place than the source's: none of its claims is supported by it. */
  otherSubject: 0.8,
  /** A claim that only resembles a source dated before the event it describes. */
  laterEvent: 0.7,
  /** A fact no rule could check (no rule of its kind is loaded). */
  noFinding: 0.7,
  /** A claim's tone ("slated", "praised") that the report's grade bears out: the grade is sure, the
   * reading of what the tone is about less so. */
  toneSupports: 0.6,
  /** A claim's tone the report's grade contradicts ("praised" for an Inadequate service). */
  toneContradicts: 0.7,
  /** A claim's tone stronger than a mixed grade bears ("slated" for Requires improvement). */
  toneUnsettled: 0.55,
} as const;

/** How sure a rule's finding makes claimcheck, by `ruleType/messageId`, or more narrowly
 * `…:inferred` (the rule had to infer part of the claim) or `…:<effect>`. A finding missing here
 * counts at `CONFIDENCE.noFinding`. */
export const FINDING_CONFIDENCE: Record<string, number> = {
  // a year or date the source states is a plain lookup
  'date/yearMatches': 0.8,
  'date/dateMatches': 0.9,
  // ...less so when the year came from the draft's date or the source's publication
  'date/dateMatches:inferred': 0.7,
  'date/unstatedYear': 0.7,
  'date/unstatedDate': 0.7,
  // a relative date needs a reference the draft does not give: the least sure
  'date/unresolved': 0.5,
  'date/unpublished': 0.6,
  'date/publishedToday': 0.85,
  'date/publishedToday:inferred': 0.6,
  'date/publishedOther': 0.8,
  // a period counted from the draft's date ("last month", "on Tuesday") beside the report's event
  'date/periodMatches': 0.8,
  // ...less so when the year or the day name was only the report's own
  'date/periodMatches:inferred': 0.65,
  'date/periodDiffers:contradicts': 0.8,
  'date/periodDiffers': 0.6,
  'date/periodUnresolved': 0.5,
  'date/periodLater': 0.7,
  'date/weekdayDiffers': 0.7,
  'date/eventUndated': 0.6,
  // a duration from a years-back reading is rounder than one from the inspection dates
  'date/recentDuration': 0.6,
  'date/durationMatches': 0.7,
  'date/duration': 0.85,
  'date/notInspectionLength': 0.6,
  // a count of judgement rows is exact either way
  'number/countMatches': 0.9,
  'number/count': 0.9,
  // ...but a count the source has nothing to compare with is only unsupported
  'number/count:unsupported': 0.7,
  'rating/matches': 0.9,
  'rating/overstated': 0.85,
  'rating/understated': 0.85,
  'rating/unstated': 0.75,
  // a grade mention read with its subject: as sure as a plain grade (src/judge/grade-mention.ts)
  'rating/negatedMatches': 0.9,
  'rating/negatedDiffers': 0.85,
  'rating/noGrade': 0.75,
  // a count of one grade: a plain tally of the report's own count or its graded areas
  'grade-count/countMatches': 0.85,
  'grade-count/countDiffers': 0.85,
  'grade-count/unstated': 0.7,
};

/** Evidence scores (how much a cited passage carries the verdict), beside the alignment's own. */
export const EVIDENCE_SCORE = {
  /** The nearest passage shown for a quote that is not in the source. */
  nearestToMissingQuote: 0.2,
  /** A passage shown beside a loose or failed match carries half of its coverage. */
  looseShare: 0.5,
  /** Other passages that say the same carry most of their coverage. */
  otherPassageShare: 0.8,
  /** The inspection dates shown against a date the source does not state. */
  inspectionBesideUnstatedDate: 0.3,
  /** The publication line a relative date was resolved by. */
  publicationBesideDate: 0.8,
  /** Judgement rows shown against a count they do not match. */
  rowsBesideWrongCount: 0.5,
  /** The passages a years-back duration was read from. */
  durationEnds: 0.8,
} as const;

const VERDICT_OF: Record<Finding['effect'], Exclude<Verdict, 'unchecked' | 'verbatim'>> = {
  supports: 'paraphrased',
  contradicts: 'contradictory',
  unsupported: 'unsupported',
};

export function reasonOf(finding: Finding): Reason {
  return { rule: `${finding.ruleId}/${finding.messageId}`, message: finding.message, severity: finding.level, place: finding.place, ...(finding.part ? { part: finding.part } : {}) };
}

/** The most specific entry of FINDING_CONFIDENCE: inferred, then by effect, then the message alone. */
function confidenceOf(finding: Finding): number {
  const key = `${finding.type}/${finding.messageId}`;
  const inferred = finding.inferred ? FINDING_CONFIDENCE[`${key}:inferred`] : undefined;
  return inferred ?? FINDING_CONFIDENCE[`${key}:${finding.effect}`] ?? FINDING_CONFIDENCE[key] ?? CONFIDENCE.noFinding;
}

/** The finding that decides: a contradiction over support, support over a lack of it. */
function decisive(findings: Finding[]): Finding | undefined {
  return findings.find((f) => f.effect === 'contradicts') ?? findings.find((f) => f.effect === 'supports') ?? findings[0];
}

/** A fact's verdict from what the rules of its kind found. */
export function factJudgement(findings: Finding[]): Judgement {
  const first = decisive(findings);
  if (!first) return { verdict: 'unsupported', confidence: CONFIDENCE.noFinding, evidence: [], reasons: [], findings };
  return {
    verdict: first.wordForWord ? 'verbatim' : VERDICT_OF[first.effect],
    confidence: confidenceOf(first),
    evidence: first.evidence,
    reasons: [first, ...findings.filter((f) => f !== first)].map(reasonOf),
    ...(first.effect === 'supports' ? {} : { level: first.level }),
    findings,
  };
}

/** A claim that says no more than its facts (its other words are only whom and who found it:
 * "Northshire Council, which had the lowest grade in 2019, is now rated good by inspectors") is as
 * true as they are: contradicted by the first that is contradicted, supported when every one is.
 * Otherwise (a fact the source cannot settle) its words decide. `said` is the claim's text. */
export function claimOfFacts(facts: Judgement[], said: string): Judgement | undefined {
  const against = facts.find((f) => f.verdict === 'contradictory');
  if (against) return { ...against, reasons: [{ rule: 'match/facts', message: `'${said}' says no more than its facts, and one is contradicted.`, severity: 'info' }, ...against.reasons] };
  if (!facts.length || !facts.every((f) => f.verdict === 'verbatim' || f.verdict === 'paraphrased')) return undefined;
  return {
    verdict: 'paraphrased',
    confidence: Math.min(...facts.map((f) => f.confidence)),
    evidence: facts.flatMap((f) => f.evidence.slice(0, 1)),
    reasons: [{ rule: 'match/facts', message: `Says no more than its facts, and the source bears out each of them.`, severity: 'info' }, ...facts.flatMap((f) => f.reasons.slice(0, 1))],
  };
}

/** Whether findings on aligned words contradict the claim. */
export const contradicts = (findings: Finding[]): boolean => findings.some((f) => f.effect === 'contradicts');

/** The level of a contradiction: that of its most severe finding. */
export function contradictionLevel(findings: Finding[]): Finding['level'] {
  return findings.filter((f) => f.effect === 'contradicts').reduce<Finding['level']>((max, f) => (LEVELS[f.level].rank > LEVELS[max].rank ? f.level : max), 'info');
}

/** The confidence of a paraphrase that carries this share of the claim's key words. */
export const paraphraseConfidence = (coverage: number): number => Math.min(CONFIDENCE.paraphraseMax, CONFIDENCE.paraphraseBase + coverage / 2);

/** Evidence shown beside a loose match, at a share of its score. */
export const loosened = (ref: EvidenceRef): EvidenceRef => ({ ...ref, score: ref.score * EVIDENCE_SCORE.looseShare });
