import { buildSourceModel, memoized, memoKey, type SourceModel } from './align/source-model.js';
import type { ModelStore } from './align/model-cache.js';
import { extractClaims, type DraftClaim, type DraftModel } from './extract/claims.js';
import { spanOf, tokensIn } from './ingest/document.js';
import { foreignPlaces, placeWords } from './judge/places.js';
import { readInspectors } from './layout/readers/inspectors.js';
import { referenceDate } from './judge/reference-date.js';
import { draftFindings } from './judge/engine.js';
import { CONFIDENCE, EVIDENCE_SCORE, reasonOf } from './judge/policy.js';
import { judgeClaim } from './judge/judge.js';
import type { EvidenceRef, Judgement } from './judge/types.js';
import { lexicon, type Lexicon } from './rules/lexicon.js';
import type { RuleSet } from './rules/rule-set.js';
import type { CheckResult, ClaimResult, DocumentResult, Evidence, InputText, Reason } from './types.js';
import { summarize } from './summary.js';
import { VERSION } from './version.js';
import { DEFAULT_LIMITS } from './limits.js';
import { InputError } from './errors.js';

export interface CheckOptions {
  rules: RuleSet;
  /** The draft's date (YYYY-MM-DD), for relative dates such as "last month"; it overrides the date the
   * draft gives itself (a dateline, "Posted: 12 May 2015"). */
  draftDate?: string;
  /** Most claims one draft may hold (default DEFAULT_LIMITS.maxClaims). */
  maxClaims?: number;
  /** An inspectorate profile id every source is read with, instead of the one its words point to. */
  profile?: string;
  /** Source models kept from earlier checks (see align/model-cache.ts); without it every source is modelled anew. */
  models?: ModelStore;
}

/** Checks each draft against the sources. Pure: no I/O but the model store's, when one is given. */
export function check(drafts: InputText[], sources: InputText[], options: CheckOptions): CheckResult {
  const lex = lexicon(options.rules);
  // every draft's claims are found (and counted against the limit) before any source is modelled, so
  // a draft over the limit is refused before the costly part; only the sources' named inspectors are
  // read first, since their words in a draft are the report's (a kept model has them in its memo)
  const kept = sources.map((s, i) => options.models?.kept(sourceId(i), s, options.profile));
  const named = sources.map((s, i) => {
    const read = () => readInspectors(s.text, lex);
    const model = kept[i];
    return model ? memoized(model, INSPECTORS, read) : read();
  });
  const extracted = drafts.map((d) => withinLimit(d, extractClaims(d, lex, options.maxClaims ?? DEFAULT_LIMITS.maxClaims, named.flat()), options));
  const models = sources.map((s, i) => {
    const build = () => buildSourceModel(sourceId(i), s, lex, options.profile ? { profile: options.profile } : {});
    const model = kept[i] ?? (options.models ? options.models.model(sourceId(i), s, options.profile, build) : build());
    memoized(model, INSPECTORS, () => named[i]!);
    return model;
  });
  const documents = extracted.map((d) => checkDraft(d, models, lex, options));
  options.models?.keep();
  const summary = summarize(documents);
  return {
    tool: { name: 'claimcheck', version: VERSION },
    sources: models.map((m) => ({ id: m.id, path: m.doc.path, title: m.title })),
    documents,
    summary,
  };
}

/** The people a source names as its inspectors, kept with its model. */
const INSPECTORS = memoKey<string[]>('inspectors');

/** Sources are named S1, S2 … in the order given. */
const sourceId = (index: number) => `S${index + 1}`;

const RANK: Record<Judgement['verdict'], number> = { verbatim: 4, contradictory: 3, paraphrased: 2, unsupported: 1, unchecked: 0 };

function withinLimit(input: InputText, draft: DraftModel, options: CheckOptions): { input: InputText; draft: DraftModel } {
  const maxClaims = options.maxClaims ?? DEFAULT_LIMITS.maxClaims;
  if (draft.claims.length > maxClaims) {
    throw new InputError(input.path, `has more than ${maxClaims} claims, the limit per draft (raise it with --max-claims)`);
  }
  return { input, draft };
}

function checkDraft({ input, draft }: { input: InputText; draft: DraftModel }, models: SourceModel[], lex: Lexicon, options: CheckOptions): DocumentResult {
  const notices: Reason[] = [];
  const perSource = models.map((model) => {
    const found = draftFindings(options.rules, lex, draft, model);
    const reasonIn = (scope: 'all' | 'resembling') => {
      const finding = found.find((f) => (f.scope ?? 'all') === scope);
      return finding && reasonOf(finding);
    };
    const [mismatch, later] = [reasonIn('all'), reasonIn('resembling')];
    return { model, mismatch, later, reference: referenceDate(draft, model, lex, options.draftDate), foreign: foreignPlaces(draft, model, lex), places: placeWords(draft, model, lex) };
  });
  // a notice about the whole draft holds only when it holds against every source
  for (const key of ['mismatch', 'later'] as const) {
    const all = [...perSource].sort((a, b) => (a.model.doc.path < b.model.doc.path ? -1 : 1)).map((p) => p[key]);
    if (all.length && all.every(Boolean)) notices.push(all[0]!);
  }
  const claims = draft.claims.map((claim, i) => {
    let best: Judgement | undefined;
    let bestPath = '';
    for (const { model, mismatch, later, reference, foreign, places } of perSource) {
      const ctx = { claim, draftText: draft.doc.text, model, lex, rules: options.rules, reference, foreign, places, sentenceTokens: (r: [number, number]) => tokensIn(draft.doc, r[0], r[1]) };
      const judged = applyNotices(claim, judgeClaim(ctx), mismatch, later);
      if (!best || better(judged, model.doc.path, best, bestPath)) {
        best = judged;
        bestPath = model.doc.path;
      }
    }
    return toResult(draft, claim, best!, i);
  });
  return { path: input.path, claims, notices };
}

/** Which of two sources' judgements of a claim to keep: the stronger verdict, then the surer, then
 * the better evidence, then the source path — never the order the sources were given in. */
function better(a: Judgement, aPath: string, b: Judgement, bPath: string): boolean {
  const key = (j: Judgement) => [RANK[j.verdict], j.confidence, j.evidence[0]?.score ?? 0];
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! > kb[i]!;
  return aPath < bPath;
}

/** Whole-draft findings decide claims that only resemble the source: a draft about another council,
 * or about a later inspection, is not supported by this source's similar words. */
function applyNotices(claim: DraftClaim, judged: Judgement, mismatch?: Reason, later?: Reason): Judgement {
  if (judged.verdict === 'unchecked') return judged;
  if (mismatch && judged.verdict !== 'unsupported') {
    return { verdict: 'unsupported', confidence: CONFIDENCE.otherSubject, evidence: [], reasons: [mismatch, ...judged.reasons.filter((r) => r.severity === 'error')] };
  }
  if (mismatch) return { ...judged, reasons: [mismatch, ...judged.reasons] };
  const resembles = judged.verdict === 'paraphrased' || (judged.verdict === 'contradictory' && claim.kind !== 'fact');
  if (later && claim.kind !== 'fact' && resembles) {
    return { verdict: 'unsupported', confidence: CONFIDENCE.laterEvent, evidence: judged.evidence.map((e) => ({ ...e, score: e.score * EVIDENCE_SCORE.looseShare })), reasons: [later, ...judged.reasons] };
  }
  return judged;
}

function toEvidence(ref: EvidenceRef): Evidence {
  const span = spanOf(ref.model.doc, ref.start, ref.end);
  const page = span.page !== undefined ? `, p. ${span.page}` : '';
  const evidence: Evidence = {
    source: ref.model.id,
    text: ref.model.doc.text.slice(ref.start, ref.end),
    span,
    locator: ref.passage.locator + page,
    score: round(ref.score),
  };
  const at = ref.passage.at;
  if (at.kind === 'paragraph' && at.n !== undefined) evidence.paragraph = at.n;
  if (at.kind === 'paragraph' && at.section !== undefined) evidence.section = at.section;
  return evidence;
}

function toResult(draft: DraftModel, claim: DraftClaim, judged: Judgement, index: number): ClaimResult {
  const text = draft.doc.text.slice(claim.start, claim.end);
  const result: ClaimResult = {
    id: `${claim.kind[0]}${index + 1}-${claim.start}`,
    text,
    span: spanOf(draft.doc, claim.start, claim.end),
    kind: claim.kind,
    verdict: judged.verdict,
    confidence: round(judged.confidence),
    evidence: judged.evidence.map(toEvidence),
    reasons: judged.reasons,
    ...(judged.level ? { level: judged.level } : {}),
    attribution: claim.attribution,
    context: { text: draft.doc.text.slice(claim.sentence[0], claim.sentence[1]), span: spanOf(draft.doc, claim.sentence[0], claim.sentence[1]) },
  };
  if (judged.diff) result.diff = judged.diff;
  return result;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
