import type { Token } from '../ingest/tokens.js';
import type { DraftClaim } from '../extract/claims.js';
import type { Passage, SourceModel } from '../align/source-model.js';
import type { Lexicon } from '../rules/lexicon.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { DiffPart, Reason, Severity, Verdict } from '../types.js';
import type { Finding } from '../rules/rule-type.js';

/** A stretch of a source that a verdict rests on. */
export interface EvidenceRef {
  model: SourceModel;
  passage: Passage;
  start: number;
  end: number;
  score: number;
}

export interface Judgement {
  verdict: Exclude<Verdict, 'unchecked'> | 'unchecked';
  confidence: number;
  evidence: EvidenceRef[];
  reasons: Reason[];
  diff?: DiffPart[];
  /** The level of the rule finding that decided the verdict, when one did. */
  level?: Severity;
  /** What the rules found on the way (for the RuleTester and `claimcheck rules --test`). */
  findings?: Finding[];
}

/** A date the draft is written on, for "last year" and "two years ago". */
export interface ReferenceDate {
  year: number;
  month?: number;
  day?: number;
  /** Where it came from, for messages ("--draft-date 2026-02-24", "the draft's date 24 February 2026 on line 3"). */
  from: string;
  /** Where the draft states it, when it does. */
  span?: { start: number; end: number };
}

export interface JudgeContext {
  claim: DraftClaim;
  draftText: string;
  model: SourceModel;
  lex: Lexicon;
  rules: RuleSet;
  reference?: ReferenceDate;
  /** Places the draft names that the source does not, and the source's own subject. */
  foreign?: { places: Set<string>; sourceSubject: string };
  /** Place names of draft and source (lower-case), left out when matching in other words. */
  places: Set<string>;
  /** Tokens of a range of the draft. */
  sentenceTokens(range: [number, number]): Token[];
}

export const passageRef = (model: SourceModel, passage: Passage, score: number): EvidenceRef => ({
  model,
  passage,
  start: passage.start,
  end: passage.end,
  score,
});
