import { alignBound, claimWords, findExact, isFrameWord, joinedTokens, localAlign, retrieve, similarity, type Candidate } from '../align/align.js';
import { clauses } from '../align/clauses.js';
import { framedSentence } from '../align/verbatim.js';
import type { Token } from '../ingest/tokens.js';
import { isContentWord, withoutPossessive } from '../ingest/tokens.js';
import { alignedFindings, factFindings } from './engine.js';
import { CONFIDENCE, EVIDENCE_SCORE, THRESHOLDS, claimOfFacts, contradicts, contradictionLevel, factJudgement, loosened, paraphraseConfidence, reasonOf } from './policy.js';
import { tableGrades } from './grades.js';
import { matchReason } from './reason.js';
import { statementReason, voicedReason } from './statement-reason.js';
import { weighTone } from './tone.js';
import { passageRef, type EvidenceRef, type JudgeContext, type Judgement } from './types.js';
import { diffArrays } from 'diff/lib/diff/array.js';
import type { DiffPart } from '../types.js';
import type { Passage } from '../align/source-model.js';
import { profileAreas } from '../layout/areas.js';

const { paraphraseCoverage: PARAPHRASE_COVERAGE, contradictionCoverage: CONTRADICTION_COVERAGE, minSubstance: MIN_SUBSTANCE, pairedCoverage: PAIRED_COVERAGE, misquoteAligned: MISQUOTE_ALIGNED } = THRESHOLDS;

/** A fact's verdict: what the rules of its kind find. */
const checkFact = (ctx: JudgeContext, fact: Parameters<typeof factFindings>[1]): Judgement => factJudgement(factFindings(ctx, fact));

export function judgeClaim(ctx: JudgeContext): Judgement {
  const judged = judgeOf(ctx);
  // an inspector's words: the reason says whose they are and that they were checked for it
  const [first, ...rest] = judged.reasons;
  return first && judged.verdict !== 'unchecked' ? { ...judged, reasons: [voicedReason(ctx.claim, ctx.lex, first), ...rest] } : judged;
}

function judgeOf(ctx: JudgeContext): Judgement {
  const { claim } = ctx;
  if (claim.kind === 'fact') {
    const judged = checkFact(ctx, claim.facts[0]!);
    // a headline's grade is held to the report only where the report grades it
    if (claim.why?.kind === 'headline' && judged.verdict === 'unsupported') return { ...judged, verdict: 'unchecked', reasons: [statementReason(claim, ctx.lex), ...judged.reasons] };
    // grade words that are not a grade on the report's scale ("not good enough" of a school) may still be its tone
    return judged.verdict === 'unsupported' && claim.facts[0]!.value.type === 'rating' ? weighTone(ctx, judged) : judged;
  }
  if (claim.kind === 'quote') return judgeQuote(ctx);
  const quoted = claim.kind === 'claim' ? spokenVerbatim(ctx) ?? byItsFacts(ctx) : undefined;
  if (quoted) return quoted;
  // a claim's tone ("slated by inspectors") is weighed against the report's grade as well as its words
  const judged = claim.kind === 'claim' ? weighTone(ctx, judgeWords(ctx)) : judgeWords(ctx);
  if (claim.kind === 'statement') {
    const follows = judged.verdict === 'verbatim' || judged.verdict === 'paraphrased';
    return {
      verdict: 'unchecked',
      confidence: judged.confidence,
      evidence: follows ? judged.evidence : [],
      reasons: [statementReason(claim, ctx.lex, follows ? (judged.evidence[0]?.passage.block.locator ?? 'the source') : undefined)],
    };
  }
  return judged;
}

/** An inspector's reported speech around their quoted words ("NAME said the force should be 'applauded'
 * for …"): the quote is the claim, so when every quoted part is the report's word for word, so is the
 * sentence; the words around it are the writer's report of them. */
function spokenVerbatim(ctx: JudgeContext): Judgement | undefined {
  const { claim } = ctx;
  if (!claim.spoken?.length) return undefined;
  const judged = claim.spoken.map((q) => {
    const tokens = ctx.sentenceTokens([q.start, q.end]);
    const facts = claim.facts.filter((f) => f.start >= q.start && f.end <= q.end);
    return judgeQuote({ ...ctx, claim: { ...claim, kind: 'quote', start: q.start, end: q.end, tokens, facts, quote: q } });
  });
  if (!judged.every((j) => j.verdict === 'verbatim')) return undefined;
  // a short quote ("excellent") stands in many passages: the one the whole sentence matches best is
  // the one it quotes, when that passage holds the quoted words
  const near = bestAlignment(ctx, claim.tokens);
  const nearWords = near && ` ${near.candidate.tokens.map((t) => t.word).join(' ')} `;
  const evidence = claim.spoken.map((q, i) => {
    const words = ctx.sentenceTokens([q.start, q.end]).map((t) => t.word).join(' ');
    return near && nearWords!.includes(` ${words} `) ? regionRef(ctx, near.candidate, 0, near.candidate.tokens.length) : judged[i]!.evidence[0]!;
  });
  const where = [...new Set(evidence.map((e) => e.passage.locator))].join('; ');
  return {
    verdict: 'verbatim',
    confidence: CONFIDENCE.verbatimQuote,
    evidence,
    reasons: [matchReason('verbatim', `The quoted words are word for word in the source (${where}); the rest of the sentence reports them.`)],
  };
}

/** A claim whose words beyond its facts (grades, dates, counts) have too little substance to be
 * matched is decided by its facts, each judged as its own fact claim is. */
function byItsFacts(ctx: JudgeContext): Judgement | undefined {
  const { claim } = ctx;
  if (!claim.facts.length) return undefined;
  const inFact = (t: Token) => claim.facts.some((f) => t.start >= f.start && t.end <= f.end);
  if (substance(ctx, claim.tokens.filter((t) => !inFact(t))) >= MIN_SUBSTANCE) return undefined;
  const judged = claim.facts.map((f) => judgeOf({ ...ctx, claim: { ...claim, kind: 'fact', start: f.start, end: f.end, tokens: ctx.sentenceTokens([f.start, f.end]), facts: [f] } }));
  return claimOfFacts(judged, ctx.draftText.slice(claim.start, claim.end));
}

/** Cuts a quote's words at ellipses and drops [bracketed] insertions: each piece must be found in order. */
/** An ellipsis between two quoted words. A regular expression written in the loop would be a new
 * object per word: a 5 MB quotation's largest garbage. */
const ELLIPSIS = /\.\.\.|\u2026/;

function quoteSegments(ctx: JudgeContext, tokens: Token[]): Token[][] {
  const segments: Token[][] = [[]];
  let inBracket = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = i > 0 ? ctx.draftText.slice(tokens[i - 1]!.end, t.start) : '';
    const [opens, closes] = [before.includes('['), before.includes(']')];
    if (ELLIPSIS.test(before) || opens || closes) segments.push([]);
    if (opens) inBracket = true;
    if (closes) inBracket = false;
    if (!inBracket) segments[segments.length - 1]!.push(t);
  }
  return segments.filter((s) => s.length);
}

function judgeQuote(ctx: JudgeContext): Judgement {
  const { claim, model } = ctx;
  const rating = claim.facts.find((f) => f.value.type === 'rating');
  const segments = quoteSegments(ctx, claim.tokens);
  const isGrade = ctx.lex.ratings.some((s) => {
    const hit = s.terms.matchAt(claim.tokens.map((t) => t.word), 0);
    return hit !== undefined && hit.to === claim.tokens.length;
  });
  // a quoted grade ('Good') is best shown in the judgement table, on the overall judgement if it says so
  const rows = tableGrades(ctx);
  const rowAt = (at: number) => {
    const p = passageOfToken(ctx, at);
    return p && rows.find((g) => p.start <= g.span.start && g.span.start < p.end);
  };
  const judgementAt = (at: number) => rowAt(at) !== undefined;
  const overallAt = (at: number) => rowAt(at)?.overall === true;
  const segmentWords = segments.map((s) => s.map((t) => t.word));
  let exact = findExact(model, segmentWords, isGrade ? overallAt : undefined);
  if (exact && isGrade && !judgementAt(exact.from)) exact = findExact(model, segmentWords, judgementAt);
  if (exact) {
    const first = model.tokens[exact.from]!;
    const last = model.tokens[exact.to - 1]!;
    const passage = model.passages.find((p) => p.start <= first.start && first.start < p.end) ?? model.passages[0]!;
    const short = exact.to - exact.from < THRESHOLDS.shortExactWords;
    const ref: EvidenceRef = short
      ? passageRef(model, passage, 1)
      : { model, passage, start: first.start, end: Math.max(last.end, first.end), score: 1 };
    const verdict: Judgement = {
      verdict: 'verbatim',
      confidence: CONFIDENCE.verbatimQuote,
      evidence: [ref],
      reasons: [matchReason('verbatim', `Word for word in the source (${passage.locator}).`)],
    };
    if (rating) {
      const checked = checkFact(ctx, rating);
      if (checked.verdict === 'contradictory' || checked.verdict === 'unsupported') return checked;
    }
    return verdict;
  }
  if (rating || isGrade) {
    if (rating) return checkFact(ctx, rating);
  }
  const content = claim.tokens.filter((t) => isContentWord(t.word));
  if (claim.tokens.length <= THRESHOLDS.shortQuoteWords || content.length === 0) {
    return { verdict: 'unsupported', confidence: CONFIDENCE.shortQuoteMissing, evidence: [], reasons: [matchReason('quote-not-found', `The source never uses the words '${ctx.draftText.slice(claim.start, claim.end).replace(/[.,;:!?]+$/, '')}'.`, 'error')] };
  }
  const best = bestAlignment(ctx, claim.tokens);
  if (best && best.aligned >= MISQUOTE_ALIGNED) {
    const region = best.candidate.tokens.slice(best.from, best.to);
    const diff = diffWords(ctx, claim.tokens, region);
    const ref = regionRef(ctx, best.candidate, best.from, best.to);
    // an elided quote ("X … and Y") is compared piece by piece: the words either side of the
    // ellipsis are not next to each other in the source
    const pieces = segments.length > 1 ? segments.map((seg) => ({ claim: seg, source: regionOf(seg, best.candidate.tokens) })) : [{ claim: claim.tokens, source: region }];
    const findings = pieces.flatMap((piece) => alignedFindings(ctx, { ...piece, original: { claim: textOf(ctx.draftText, piece.claim), source: textOf(model.doc.text, piece.source) }, texts: { draft: ctx.draftText, source: model.doc.text } }, 'quote'));
    if (contradicts(findings)) return { verdict: 'contradictory', confidence: CONFIDENCE.misquoteContradicts, evidence: [ref], reasons: findings.map(reasonOf), diff, level: contradictionLevel(findings), findings };
    const changes = diff.filter((d) => d.op !== 'equal').map((d) => (d.op === 'insert' ? `+'${d.text}'` : `-'${d.text}'`)).join(', ');
    return {
      verdict: 'paraphrased',
      confidence: CONFIDENCE.misquote,
      evidence: [ref],
      reasons: [matchReason('misquote', `Misquote: not word for word; the source (${ref.passage.locator}) differs: ${changes}.`, 'warning')],
      diff,
    };
  }
  const nearest = best ? [regionRef(ctx, best.candidate, best.from, best.to, EVIDENCE_SCORE.nearestToMissingQuote)] : [];
  return {
    verdict: 'unsupported',
    confidence: CONFIDENCE.quoteMissing,
    evidence: nearest,
    reasons: [
      matchReason(
        'quote-not-found',
        `These words are not in the source${best ? `; the nearest passage (${best.candidate.passages[0]!.locator}) shares only ${Math.round(best.aligned * 100)}% of them` : ''}.`,
        'error',
      ),
    ],
  };
}

function passageOfToken(ctx: JudgeContext, at: number) {
  const t = ctx.model.tokens[at];
  return t && ctx.model.passages.find((p) => p.start <= t.start && t.start < p.end);
}

interface Alignment {
  candidate: Candidate;
  from: number;
  to: number;
  aligned: number;
  coverage: number;
  dice: number;
  /** The claim's words the candidate has nothing for, the most telling first. */
  missing: string[];
}

/** How well a candidate matches: coverage and aligned share, Dice beside, one sentence before two. */
const rank = (a: Pick<Alignment, 'candidate' | 'coverage' | 'aligned' | 'dice'>) =>
  a.coverage + a.aligned + a.dice * THRESHOLDS.diceWeight - (a.candidate.passages.length > 1 ? THRESHOLDS.multiPassagePenalty : 0);

/** The stretch of `passage` the claim's words align with (from, to) and how many matched. Words at
 * the claim's edges that did not align ("all" for the source's "Most") are still the claim's: the
 * region takes in as many source words there, so the diff and the conflict checks see them. */
function alignedRegion(claim: Token[], passage: Token[]): [number, number, number] {
  const a = localAlign(claim, passage);
  const from = Math.max(0, a.from - Math.min(THRESHOLDS.edgeWords, a.claimFrom));
  const to = Math.min(passage.length, a.to + Math.min(THRESHOLDS.edgeWords, claim.length - a.claimTo));
  return [from, to, a.matched];
}

const regionOf = (claim: Token[], passage: Token[]): Token[] => {
  const [from, to] = alignedRegion(claim, passage);
  return passage.slice(from, to);
};

const textOf = (text: string, tokens: Token[]): string => (tokens.length ? text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end) : '');

function bestAlignment(ctx: JudgeContext, tokens: Token[], candidates = retrieve(ctx.model, tokens, ctx.lex)): Alignment | undefined {
  const claim = claimWords(ctx.model, withoutPlaces(ctx, tokens), ctx.lex);
  const n = Math.max(1, tokens.length);
  // each candidate's score with the most it could align: candidates are aligned best bound first
  // and no longer once none left could beat (or, scoring the same, come before) the best found
  const bounded = candidates
    .map((candidate, order) => {
      const sim = similarity(ctx.model, claim, candidate.tokens, ctx.lex);
      return { candidate, order, sim, bound: rank({ candidate, coverage: sim.coverage, dice: sim.dice, aligned: alignBound(tokens, candidate.tokens) / n }) };
    })
    .sort((a, b) => b.bound - a.bound || a.order - b.order);
  let best: { c: (typeof bounded)[number]; from: number; to: number; aligned: number; score: number } | undefined;
  for (const c of bounded) {
    const bestScore = best ? best.score : -1;
    if (c.bound < bestScore || (best && c.bound === bestScore && c.order > best.c.order)) break;
    const [from, to, matched] = alignedRegion(tokens, c.candidate.tokens);
    const aligned = matched / n;
    const score = rank({ candidate: c.candidate, coverage: c.sim.coverage, aligned, dice: c.sim.dice });
    if (score > bestScore || (best && score === bestScore && c.order < best.c.order)) best = { c, from, to, aligned, score };
  }
  if (!best) return undefined;
  const { c, from, to, aligned } = best;
  return { candidate: c.candidate, from, to, aligned, coverage: c.sim.coverage, dice: c.sim.dice, missing: c.sim.missing };
}

/** A claim in the draft's own words: stated word for word, said in other words, or not in the source. */
function judgeWords(ctx: JudgeContext): Judgement {
  const { claim, model } = ctx;
  const content = claim.tokens.filter((t) => isContentWord(t.word));
  if (content.length >= 2) {
    const exact = findExact(model, [claim.tokens.map((t) => t.word)]);
    if (exact) {
      const first = model.tokens[exact.from]!;
      const passage = model.passages.find((p) => p.start <= first.start && first.start < p.end) ?? model.passages[0]!;
      return {
        verdict: 'verbatim',
        confidence: CONFIDENCE.verbatimClaim,
        evidence: [passageRef(model, passage, 1)],
        reasons: [matchReason('verbatim', `Stated word for word in the source (${passage.locator}).`)],
      };
    }
  }
  // the claim's candidate passages, retrieved once for both readings of it
  const candidates = retrieve(model, claim.tokens, ctx.lex);
  const framed = framedVerbatim(ctx, candidates);
  if (framed) return framed;
  const best = bestAlignment(ctx, claim.tokens, candidates);
  const pair = best && best.coverage < PARAPHRASE_COVERAGE ? complement(ctx, best) : undefined;
  if (pair) {
    return {
      verdict: 'paraphrased',
      confidence: CONFIDENCE.pairedParaphrase,
      evidence: pair.map((c) => regionRef(ctx, c, 0, c.tokens.length, best!.coverage)),
      reasons: [matchReason('paraphrase', `Said in other words across ${pair.length} passages of the source (${pair.map((c) => c.passages[0]!.locator).join('; ')}).`)],
    };
  }
  if (best && best.coverage >= PARAPHRASE_COVERAGE && substance(ctx, claim.tokens) < MIN_SUBSTANCE) {
    return ownContextOr(ctx, best.coverage, {
      verdict: 'unsupported',
      confidence: CONFIDENCE.tooGeneral,
      evidence: [regionRef(ctx, best.candidate, 0, best.candidate.tokens.length, best.coverage * EVIDENCE_SCORE.looseShare)],
      reasons: [matchReason('too-general', `Too little of this says what the source found to tie it to a passage (the nearest is ${best.candidate.passages[0]!.block.locator}).`)],
    });
  }
  const part = !best || best.coverage < PARAPHRASE_COVERAGE ? clauseSupport(ctx) : undefined;
  if (part) {
    const ref = regionRef(ctx, part.alignment.candidate, 0, part.alignment.candidate.tokens.length, part.alignment.coverage);
    const said = textOf(ctx.draftText, part.clause);
    return {
      verdict: 'paraphrased',
      confidence: paraphraseConfidence(part.alignment.coverage) * CONFIDENCE.clauseShare,
      evidence: [ref],
      reasons: [matchReason('paraphrase', `Said in other words in the source (${ref.passage.locator}): '${said}' carries ${Math.round(part.alignment.coverage * 100)}% of the key words there; the rest of the sentence is the draft's own.`)],
    };
  }
  const split = !best || best.coverage < PARAPHRASE_COVERAGE ? clauseAcrossPassages(ctx) : undefined;
  if (split) {
    return {
      verdict: 'paraphrased',
      confidence: CONFIDENCE.pairedParaphrase * CONFIDENCE.clauseShare,
      evidence: split.candidates.map((c) => regionRef(ctx, c, 0, c.tokens.length, split.coverage)),
      reasons: [matchReason('paraphrase', `Said in other words across ${split.candidates.length} passages of the source (${split.candidates.map((c) => c.passages[0]!.locator).join('; ')}): '${textOf(ctx.draftText, split.clause)}'; the rest of the sentence is the draft's own.`)],
    };
  }
  if (!best || best.coverage < PARAPHRASE_COVERAGE) {
    return ownContextOr(ctx, best?.coverage ?? 0, {
      verdict: 'unsupported',
      confidence: CONFIDENCE.notFound,
      evidence: best ? [regionRef(ctx, best.candidate, 0, best.candidate.tokens.length, best.coverage * EVIDENCE_SCORE.looseShare)] : [],
      reasons: [matchReason('not-found', `Nothing in the source says this${best ? `; the closest passage (${best.candidate.passages[0]!.block.locator}) carries ${Math.round(best.coverage * 100)}% of its key words${lacks(best)}` : ''}.`)],
    });
  }
  const ref = regionRef(ctx, best.candidate, 0, best.candidate.tokens.length, best.coverage);
  const original = { claim: ctx.draftText.slice(claim.start, claim.end), source: model.doc.text.slice(ref.start, ref.end) };
  const findings = alignedFindings(ctx, { claim: claim.tokens, source: best.candidate.tokens, original, texts: { draft: ctx.draftText, source: model.doc.text } }, 'claim');
  const conflicts = findings.filter((f) => f.effect === 'contradicts');
  if (conflicts.length && best.coverage >= CONTRADICTION_COVERAGE) {
    return { verdict: 'contradictory', confidence: CONFIDENCE.alignedContradicts, evidence: [ref], reasons: conflicts.map(reasonOf), diff: diffWords(ctx, claim.tokens, best.candidate.tokens), level: contradictionLevel(conflicts), findings };
  }
  if (conflicts.length) {
    // a loose match that also conflicts is not evidence either way
    return ownContextOr(ctx, best.coverage, {
      verdict: 'unsupported',
      confidence: CONFIDENCE.looseConflict,
      evidence: [loosened(ref)],
      reasons: [matchReason('not-found', `Nothing in the source says this; the closest passage (${ref.passage.block.locator}) is only loosely related and differs: ${conflicts[0]!.message}`)],
      findings,
    });
  }
  // a part of the claim the passage says nothing of ("caused" where it states no cause)
  const unstated = findings.filter((f) => f.effect === 'unsupported');
  if (unstated.length) {
    return { verdict: 'unsupported', confidence: CONFIDENCE.partUnstated, evidence: [ref], reasons: unstated.map(reasonOf), level: unstated[0]!.level, findings };
  }
  return {
    verdict: 'paraphrased',
    confidence: paraphraseConfidence(best.coverage),
    evidence: [ref, ...otherPassages(ctx, best)],
    reasons: [matchReason('paraphrase', `Said in other words in the source (${[...new Set(best.candidate.passages.map((p) => p.locator))].join(', ')}): ${Math.round(best.coverage * 100)}% of the key words.`)],
  };
}

/** A claim with nothing that ties it to the report (no inspectorate, document, reporting verb, grade,
 * number or quote of it) and little in common with every passage is the writer's own context
 * ("The council has been called on to explain …"), not a claim the report fails to support. */
function ownContextOr(ctx: JudgeContext, coverage: number, unsupported: Judgement): Judgement {
  if (!ctx.claim.uncued || coverage >= THRESHOLDS.ownContextCoverage) return unsupported;
  return { verdict: 'unchecked', confidence: unsupported.confidence, evidence: [], reasons: [statementReason({ ...ctx.claim, why: { kind: 'context' } }, ctx.lex)] };
}

/** A claim that is a sentence of the source word for word inside the draft's own frame. */
function framedVerbatim(ctx: JudgeContext, retrieved: Candidate[]): Judgement | undefined {
  const { claim, model } = ctx;
  // a place the source is not about is no frame: "inspectors in <elsewhere> found …" is another place's finding
  const foreign = ctx.foreign?.places;
  const kept = new Set(withoutPlaces(ctx, claim.tokens).concat(claim.tokens.filter((t) => foreign?.has(t.word.replace(/'s$/, '')))));
  const candidates = retrieved.flatMap((c) => (c.passages.length === 1 ? c.passages : []));
  // a passage that states the overall grade is named by the draft's words for that judgement ("the overall conclusion")
  const overall = overallWords(ctx);
  const statesOverall = (p: Passage) => model.source.grades.some((g) => g.overall && p.start <= g.span.start && g.span.end <= p.end);
  const isFrame = (t: Token, p: Passage) => !kept.has(t) || isFrameWord(t.word, ctx.lex) || (overall.has(t.word) && statesOverall(p));
  const leadsList = /^[\s.]*:/.test(ctx.draftText.slice(claim.end, claim.end + 3));
  const passage = framedSentence(claim.tokens, candidates, isFrame, THRESHOLDS.framedSentenceWords, leadsList);
  if (!passage) return undefined;
  return {
    verdict: 'verbatim',
    confidence: CONFIDENCE.verbatimClaim,
    evidence: [passageRef(model, passage, 1)],
    reasons: [matchReason('verbatim', `States a sentence of the source word for word (${passage.locator}); the rest says who found it.`)],
  };
}

/** The words of the report's profile's press names for the overall judgement ("overall", "verdict"). */
function overallWords(ctx: JudgeContext): Set<string> {
  const area = profileAreas(ctx.model.source.profile).find((a) => a.id === 'overall');
  return new Set(area?.press.flat() ?? []);
}

/** What the closest passage lacks, for a reason: its few most telling missing words. */
const lacks = (a: Alignment): string => (a.missing.length ? `; it has nothing for ${a.missing.slice(0, THRESHOLDS.missingShown).map((w) => `'${w}'`).join(', ')}` : '');

/** A press sentence that joins a finding to words of its own ("…has been hailed by inspectors –
 * completing a remarkable turnaround"): the clause that one passage carries nearly whole, with
 * enough substance of its own and nothing in it that conflicts with the passage. */
function clauseSupport(ctx: JudgeContext): { clause: Token[]; alignment: Alignment } | undefined {
  const parts = clauses(ctx.claim.tokens, ctx.draftText);
  if (parts.length < 2) return undefined;
  let found: { clause: Token[]; alignment: Alignment } | undefined;
  const whole = substance(ctx, ctx.claim.tokens);
  for (const clause of parts) {
    const own = substance(ctx, clause);
    if (own < THRESHOLDS.clauseSubstance || own < whole * THRESHOLDS.clauseShare) continue;
    const alignment = bestAlignment(ctx, clause);
    if (!alignment || alignment.coverage < THRESHOLDS.clauseCoverage || (found && found.alignment.coverage >= alignment.coverage)) continue;
    const original = { claim: textOf(ctx.draftText, clause), source: textOf(ctx.model.doc.text, alignment.candidate.tokens) };
    const findings = alignedFindings(ctx, { claim: clause, source: alignment.candidate.tokens, original, texts: { draft: ctx.draftText, source: ctx.model.doc.text } }, 'claim');
    if (!contradicts(findings)) found = { clause, alignment };
  }
  return found;
}

/** A clause of a longer claim that joins findings of several passages ("judged it good in A, B
 * and C", one judgement row each): the clause with substance of its own that passages near each
 * other carry together at the paired share. */
function clauseAcrossPassages(ctx: JudgeContext): { clause: Token[]; candidates: Candidate[]; coverage: number } | undefined {
  const parts = clauses(ctx.claim.tokens, ctx.draftText);
  if (parts.length < 2) return undefined;
  const whole = substance(ctx, ctx.claim.tokens);
  for (const clause of parts) {
    const own = substance(ctx, clause);
    if (own < THRESHOLDS.clauseSubstance || own < whole * THRESHOLDS.clauseShare) continue;
    const alignment = bestAlignment(ctx, clause);
    const candidates = alignment && complement(ctx, alignment, clause);
    if (candidates) return { clause, candidates, coverage: alignment.coverage };
  }
  return undefined;
}

/** A claim that joins findings ("praised the determined focus of its leaders, who were described
 * as approachable"; "the areas assessed were A, B, C and D", one judgement row each) may rest on
 * several passages near each other: the best one, then greedily the one that adds most of the
 * rest. Together they must carry the stricter paired share, each adding a real part of it. */
function complement(ctx: JudgeContext, best: Alignment, tokens = ctx.claim.tokens): Candidate[] | undefined {
  const claim = claimWords(ctx.model, withoutPlaces(ctx, tokens), ctx.lex);
  const near = (c: Candidate) => Math.abs(c.passages[0]!.index - best.candidate.passages[0]!.index) <= THRESHOLDS.pairedWindow;
  const pool = retrieve(ctx.model, tokens, ctx.lex, THRESHOLDS.pairedCandidates).filter((c) => near(c) && !c.passages.some((p) => best.candidate.passages.includes(p)));
  const chosen = [best.candidate];
  let joint = best.coverage;
  while (joint < PAIRED_COVERAGE && chosen.length < THRESHOLDS.pairedMax) {
    let next: { candidate: Candidate; coverage: number } | undefined;
    for (const c of pool) {
      if (chosen.some((k) => k.passages.some((p) => c.passages.includes(p)))) continue;
      const coverage = similarity(ctx.model, claim, joinedTokens(ctx.model, [...chosen, c].flatMap((k) => k.passages)), ctx.lex).coverage;
      if (!next || coverage > next.coverage) next = { candidate: c, coverage };
    }
    if (!next || next.coverage - joint < THRESHOLDS.pairedGain) break;
    chosen.push(next.candidate);
    joint = next.coverage;
  }
  return chosen.length > 1 && joint >= PAIRED_COVERAGE && best.coverage >= THRESHOLDS.pairedGain ? chosen : undefined;
}

function substance(ctx: JudgeContext, tokens: Token[]): number {
  // a figure ("4.5%", "891.0 million") says what the source found, however its digits tokenize: one word
  const figure = tokens.some((t) => /\d/.test(t.word)) ? 1 : 0;
  return figure + withoutPlaces(ctx, tokens).filter((t) => isContentWord(t.word) && !isFrameWord(t.word, ctx.lex)).length;
}

/** The claim's words without place names and the words that mark them ("council"). */
function withoutPlaces(ctx: JudgeContext, tokens: Token[]): Token[] {
  const suffixes = ctx.lex.entities?.placeSuffixes;
  return tokens.filter((t, i) => {
    const bare = withoutPossessive(t.word);
    if (ctx.places.has(bare)) return false;
    const before = tokens[i - 1];
    const prev = before && withoutPossessive(before.word);
    return !(prev && ctx.places.has(prev) && suffixes?.hasWord(bare));
  });
}

function otherPassages(ctx: JudgeContext, best: Alignment): EvidenceRef[] {
  return retrieve(ctx.model, ctx.claim.tokens, ctx.lex, THRESHOLDS.otherCandidates)
    .filter((c) => c.passages.length === 1 && !best.candidate.passages.includes(c.passages[0]!))
    .slice(0, 2)
    .map((c) => passageRef(ctx.model, c.passages[0]!, similarity(ctx.model, withoutPlaces(ctx, ctx.claim.tokens), c.tokens, ctx.lex).coverage * EVIDENCE_SCORE.otherPassageShare));
}

function regionRef(ctx: JudgeContext, candidate: Candidate, from: number, to: number, score = 1): EvidenceRef {
  const tokens = candidate.tokens.slice(from, Math.max(from + 1, to));
  const first = tokens[0] ?? candidate.tokens[0]!;
  const last = tokens[tokens.length - 1] ?? first;
  const passage = candidate.passages.find((p) => p.start <= first.start && first.start < p.end) ?? candidate.passages[0]!;
  const whole = from === 0 && to >= candidate.tokens.length;
  return {
    model: ctx.model,
    passage,
    start: whole ? candidate.passages[0]!.start : first.start,
    end: whole ? candidate.passages[candidate.passages.length - 1]!.end : last.end,
    score,
  };
}

/** Word diff in the words as written (case kept), compared without case. */
function diffWords(ctx: JudgeContext, claim: Token[], source: Token[]): DiffPart[] {
  const c = claim.map((t) => ctx.draftText.slice(t.start, t.end));
  const s = source.map((t) => ctx.model.doc.text.slice(t.start, t.end));
  return diffArrays(s, c, { comparator: (a, b) => fold(a) === fold(b) }).map((part) => ({
    op: part.added ? 'insert' : part.removed ? 'delete' : 'equal',
    text: part.value.join(' '),
  }));
}

const fold = (w: string) => w.toLowerCase().replace(/[\u2018\u2019]/g, "'");
