import { findExact, isFrameWord, localAlign, retrieve, similarity, type Candidate } from '../align/align.js';
import type { Token } from '../ingest/tokens.js';
import { isContentWord } from '../ingest/tokens.js';
import { checkFact } from './checks/facts.js';
import { tableGrades } from './grades.js';
import { findConflicts, wrongPlace } from './checks/conflicts.js';
import { matchReason } from './reason.js';
import { passageRef, type EvidenceRef, type JudgeContext, type Judgement } from './types.js';
import { diffArrays } from 'diff';
import type { DiffPart } from '../types.js';

/** Share of a claim's content words a passage must carry for the claim to count as said there in other words. */
const PARAPHRASE_COVERAGE = 0.5;
/** A contradiction needs the claim to be about the same thing: most of its words in the passage. */
const CONTRADICTION_COVERAGE = 0.75;
/** Content words beyond the frame ("Ofsted praised") a claim needs before it can be matched in other words. */
const MIN_SUBSTANCE = 3;
/** The stricter share two passages together must carry. */
const PAIRED_COVERAGE = 0.8;
/** Share of a quote's words that must align with one passage for it to count as a misquote of it. */
const MISQUOTE_ALIGNED = 0.7;

export function judgeClaim(ctx: JudgeContext): Judgement {
  const { claim } = ctx;
  if (claim.kind === 'fact') return checkFact(ctx, claim.facts[0]!);
  if (claim.kind === 'quote') return judgeQuote(ctx);
  const judged = judgeWords(ctx);
  if (claim.kind === 'statement') {
    const follows = judged.verdict === 'verbatim' || judged.verdict === 'paraphrased';
    return {
      verdict: 'unchecked',
      confidence: judged.confidence,
      evidence: follows ? judged.evidence : [],
      reasons: [
        follows
          ? matchReason('statement', `Not a claim about the source, but it closely follows ${judged.evidence[0]?.passage.locator ?? 'the source'}.`)
          : matchReason('statement', "Not a claim about the source (a speaker's own words, a heading or the draft's own statement)."),
      ],
    };
  }
  return judged;
}

/** Cuts a quote's words at ellipses and drops [bracketed] insertions: each piece must be found in order. */
function quoteSegments(ctx: JudgeContext, tokens: Token[]): string[][] {
  const segments: string[][] = [[]];
  let inBracket = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const before = i > 0 ? ctx.draftText.slice(tokens[i - 1]!.end, t.start) : '';
    if (/\.\.\.|…/.test(before) || /\[/.test(before) || /\]/.test(before)) segments.push([]);
    if (/\[/.test(before)) inBracket = true;
    if (/\]/.test(before)) inBracket = false;
    if (!inBracket) segments[segments.length - 1]!.push(t.word);
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
  let exact = findExact(model, segments, isGrade ? overallAt : undefined);
  if (exact && isGrade && !judgementAt(exact.from)) exact = findExact(model, segments, judgementAt);
  if (exact) {
    const first = model.tokens[exact.from]!;
    const last = model.tokens[exact.to - 1]!;
    const passage = model.passages.find((p) => p.start <= first.start && first.start < p.end) ?? model.passages[0]!;
    const short = exact.to - exact.from < 4;
    const ref: EvidenceRef = short
      ? passageRef(model, passage, 1)
      : { model, passage, start: first.start, end: Math.max(last.end, first.end), score: 1 };
    const verdict: Judgement = {
      verdict: 'verbatim',
      confidence: 0.95,
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
  if (claim.tokens.length <= 3 || content.length === 0) {
    return { verdict: 'unsupported', confidence: 0.85, evidence: [], reasons: [matchReason('quote-not-found', `The source never uses the words '${ctx.draftText.slice(claim.start, claim.end).replace(/[.,;:!?]+$/, '')}'.`, 'error')] };
  }
  const best = bestAlignment(ctx, claim.tokens);
  if (best && best.aligned >= MISQUOTE_ALIGNED) {
    const region = best.candidate.tokens.slice(best.from, best.to);
    const diff = diffWords(ctx, claim.tokens, region);
    const ref = regionRef(ctx, best.candidate, best.from, best.to);
    const conflicts = findConflicts(claim.tokens, region, ctx.lex, { claim: ctx.draftText.slice(claim.start, claim.end), source: model.doc.text.slice(ref.start, ref.end) });
    if (conflicts.length) return { verdict: 'contradictory', confidence: 0.8, evidence: [ref], reasons: conflicts, diff };
    const changes = diff.filter((d) => d.op !== 'equal').map((d) => (d.op === 'insert' ? `+'${d.text}'` : `-'${d.text}'`)).join(', ');
    return {
      verdict: 'paraphrased',
      confidence: 0.75,
      evidence: [ref],
      reasons: [matchReason('misquote', `Misquote: not word for word; the source (${ref.passage.locator}) differs: ${changes}.`, 'warning')],
      diff,
    };
  }
  const nearest = best ? [regionRef(ctx, best.candidate, best.from, best.to, 0.2)] : [];
  return {
    verdict: 'unsupported',
    confidence: 0.8,
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
}

function bestAlignment(ctx: JudgeContext, tokens: Token[]): Alignment | undefined {
  let best: Alignment | undefined;
  for (const candidate of retrieve(ctx.model, tokens, ctx.lex)) {
    const aligned0 = localAlign(tokens, candidate.tokens);
    const { matched } = aligned0;
    // words at the claim's edges that did not align ("all" for the source's "Most") are still the
    // claim's: take in as many source words there, so the diff and the conflict checks see them
    const from = Math.max(0, aligned0.from - Math.min(2, aligned0.claimFrom));
    const to = Math.min(candidate.tokens.length, aligned0.to + Math.min(2, tokens.length - aligned0.claimTo));
    const { coverage, dice } = similarity(ctx.model, withoutPlaces(ctx, tokens), candidate.tokens, ctx.lex);
    const aligned = matched / Math.max(1, tokens.length);
    const score = coverage + aligned + dice * 0.5 - (candidate.passages.length > 1 ? 0.05 : 0);
    const bestScore = best ? best.coverage + best.aligned + best.dice * 0.5 - (best.candidate.passages.length > 1 ? 0.05 : 0) : -1;
    if (score > bestScore) best = { candidate, from, to, aligned, coverage, dice };
  }
  return best;
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
        confidence: 0.9,
        evidence: [passageRef(model, passage, 1)],
        reasons: [matchReason('verbatim', `Stated word for word in the source (${passage.locator}).`)],
      };
    }
  }
  const best = bestAlignment(ctx, claim.tokens);
  const pair = best && best.coverage < PARAPHRASE_COVERAGE ? complement(ctx, best) : undefined;
  if (pair) {
    return {
      verdict: 'paraphrased',
      confidence: 0.55,
      evidence: pair.map((c) => regionRef(ctx, c, 0, c.tokens.length, best!.coverage)),
      reasons: [matchReason('paraphrase', `Said in other words across two passages of the source (${pair.map((c) => c.passages[0]!.locator).join(' and ')}).`)],
    };
  }
  if (best && best.coverage >= PARAPHRASE_COVERAGE && substance(ctx, claim.tokens) < MIN_SUBSTANCE) {
    return {
      verdict: 'unsupported',
      confidence: 0.4,
      evidence: [regionRef(ctx, best.candidate, 0, best.candidate.tokens.length, best.coverage * 0.5)],
      reasons: [matchReason('too-general', `Too little of this says what the source found to tie it to a passage (the nearest is ${best.candidate.passages[0]!.locator}).`)],
    };
  }
  if (!best || best.coverage < PARAPHRASE_COVERAGE) {
    return {
      verdict: 'unsupported',
      confidence: 0.6,
      evidence: best ? [regionRef(ctx, best.candidate, 0, best.candidate.tokens.length, best.coverage * 0.5)] : [],
      reasons: [matchReason('not-found', `Nothing in the source says this${best ? `; the closest passage (${best.candidate.passages[0]!.locator}) carries ${Math.round(best.coverage * 100)}% of its key words` : ''}.`)],
    };
  }
  const ref = regionRef(ctx, best.candidate, 0, best.candidate.tokens.length, best.coverage);
  const place = wrongPlace(claim.tokens, ctx.draftText, ctx.foreign, ctx.lex);
  const conflicts = [
    ...(place ? [place] : []),
    ...findConflicts(claim.tokens, best.candidate.tokens, ctx.lex, {
      claim: ctx.draftText.slice(claim.start, claim.end),
      source: model.doc.text.slice(ref.start, ref.end),
    }),
  ];
  if (conflicts.length && best.coverage >= CONTRADICTION_COVERAGE) {
    return { verdict: 'contradictory', confidence: 0.7, evidence: [ref], reasons: conflicts, diff: diffWords(ctx, claim.tokens, best.candidate.tokens) };
  }
  if (conflicts.length) {
    // a loose match that also conflicts is not evidence either way
    return {
      verdict: 'unsupported',
      confidence: 0.5,
      evidence: [{ ...ref, score: ref.score * 0.5 }],
      reasons: [matchReason('not-found', `Nothing in the source says this; the closest passage (${ref.passage.locator}) is only loosely related and differs: ${conflicts[0]!.message}`)],
    };
  }
  return {
    verdict: 'paraphrased',
    confidence: Math.min(0.95, 0.4 + best.coverage / 2),
    evidence: [ref, ...otherPassages(ctx, best)],
    reasons: [matchReason('paraphrase', `Said in other words in the source (${[...new Set(best.candidate.passages.map((p) => p.locator))].join(', ')}): ${Math.round(best.coverage * 100)}% of the key words.`)],
  };
}

/** A claim that joins two findings ("praised the determined focus of its leaders, who were
 * described as approachable") may rest on two passages: the best one and another that carries
 * most of the rest. Both must carry a real share of it. */
function complement(ctx: JudgeContext, best: Alignment): Candidate[] | undefined {
  for (const other of retrieve(ctx.model, ctx.claim.tokens, ctx.lex, 8)) {
    if (other.passages.some((p) => best.candidate.passages.includes(p))) continue;
    const claim = withoutPlaces(ctx, ctx.claim.tokens);
    const alone = similarity(ctx.model, claim, other.tokens, ctx.lex).coverage;
    const joint = similarity(ctx.model, claim, [...best.candidate.tokens, ...other.tokens], ctx.lex).coverage;
    if (joint >= PAIRED_COVERAGE && alone >= 0.3 && best.coverage >= 0.3) return [best.candidate, other];
  }
  return undefined;
}

function substance(ctx: JudgeContext, tokens: Token[]): number {
  return withoutPlaces(ctx, tokens).filter((t) => isContentWord(t.word) && !isFrameWord(t.word, ctx.lex)).length;
}

/** The claim's words without place names and the words that mark them ("council"). */
function withoutPlaces(ctx: JudgeContext, tokens: Token[]): Token[] {
  const suffixes = ctx.lex.entities?.placeSuffixes;
  return tokens.filter((t, i) => {
    const bare = t.word.replace(/'s$/, '');
    if (ctx.places.has(bare)) return false;
    const prev = tokens[i - 1]?.word.replace(/'s$/, '');
    return !(prev && ctx.places.has(prev) && suffixes?.hasWord(bare));
  });
}

function otherPassages(ctx: JudgeContext, best: Alignment): EvidenceRef[] {
  return retrieve(ctx.model, ctx.claim.tokens, ctx.lex, 3)
    .filter((c) => c.passages.length === 1 && !best.candidate.passages.includes(c.passages[0]!))
    .slice(0, 2)
    .map((c) => passageRef(ctx.model, c.passages[0]!, similarity(ctx.model, withoutPlaces(ctx, ctx.claim.tokens), c.tokens, ctx.lex).coverage * 0.8));
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
