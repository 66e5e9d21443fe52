import type { z } from 'zod';
import type { Token } from '../ingest/tokens.js';
import type { DraftModel } from '../extract/claims.js';
import type { Fact, FactValue } from '../extract/facts.js';
import type { SourceModel } from '../align/source-model.js';
import type { EvidenceRef, JudgeContext } from '../judge/types.js';
import type { Lexicon } from './lexicon.js';
import type { LoadedRule } from './rule-set.js';
import type { ClaimKind, ClaimPart, Severity } from '../types.js';

/** What a finding does to the claim it is about. */
export type Effect = 'supports' | 'contradicts' | 'unsupported';

/** One thing a rule found, in the manner of a vfile message: which rule and message, the draft's
 * words it is about, the source's words it rests on, and what it does to the claim. */
export interface Finding {
  /** The rule (YAML file) that reported it. */
  ruleId: string;
  /** The rule type (module) that reported it. */
  type: string;
  messageId: string;
  data: Record<string, string | number>;
  /** The rule's message with `data` filled in. */
  message: string;
  /** The draft's words the finding is about (offsets into the draft). */
  place: { start: number; end: number };
  evidence: EvidenceRef[];
  effect: Effect;
  level: Severity;
  /** The part of the claim that differs from the source, when the finding is about one (the rule's `part:`, else its type's). */
  part?: ClaimPart;
  /** The rule had to infer part of the claim (a relative year read from the draft's date): the
   * policy is less sure of it. */
  inferred?: boolean;
  /** A supporting finding where the draft quotes the source's own words (a quoted grade the report
   * prints): the claim is verbatim, not merely paraphrased. */
  wordForWord?: boolean;
  /** For a finding about the whole draft: whether it holds for every claim, or only for those that
   * merely resemble the source. */
  scope?: 'all' | 'resembling';
}

/** A claim's words and the source words they align with: what `aligned` handlers compare. */
export interface AlignedPair {
  claim: Token[];
  source: Token[];
  /** The texts as written, for messages. */
  original: { claim: string; source: string };
  /** The whole texts the tokens' offsets point into: where a negation's clause ends. */
  texts: { draft: string; source: string };
}

/** What a rule type reacts to. The engine calls only the handlers a rule returns. */
export interface Handlers {
  /** A checkable fact of the draft (a date, a count, a rating) of a kind in `meta.facts`. */
  fact?(fact: Fact, claim: JudgeContext): void;
  /** A quote or claim (of a kind in `meta.claimKinds`) aligned with source words. */
  aligned?(pair: AlignedPair, claim: JudgeContext): void;
  /** A claim (of a kind in `meta.claimKinds`) read whole against the source, however its words align
   * (its tone against the report's grade). */
  claim?(claim: JudgeContext): void;
  /** The whole draft against one source: a finding here holds for every claim that only resembles the source. */
  draft?(draft: DraftModel, source: SourceModel): void;
}

export interface ReportInput {
  messageId: string;
  data?: Record<string, string | number>;
  place: { start: number; end: number };
  evidence?: EvidenceRef[];
  effect: Effect;
  inferred?: boolean;
  wordForWord?: boolean;
  scope?: Finding['scope'];
}

export interface RuleContext<Data = unknown, Compiled = unknown> {
  rule: LoadedRule & Data;
  /** The rule's data compiled once (matchers), when the type has `compile`. */
  compiled: Compiled;
  /** Every loaded rule's vocabulary, merged by type (what extraction reads too). */
  lex: Lexicon;
  report(finding: ReportInput): void;
}

export interface RuleTypeMeta<Schema extends z.ZodRawShape = z.ZodRawShape> {
  /** The value of `type:` in a rule file. */
  type: string;
  description: string;
  /** The keys a rule file of this type holds besides the common ones (id, severity, message …).
   * Built when a rule file is validated (a user's rule folder, or the build's precompiling), so a
   * check with the precompiled shipped rules never loads zod. */
  schema: () => Schema;
  /** Message ids this type reports, with the wording used when a rule file gives none. */
  messages: Record<string, string>;
  /** Which claims its `aligned` handler looks at. */
  claimKinds: readonly ClaimKind[];
  /** The part of a claim its findings are about, unless a rule file names another (`part:`). */
  part?: ClaimPart;
  /** Which facts its `fact` handler looks at. */
  facts?: readonly FactValue['type'][];
  /** Keys of the schema that hold regular expressions: the loader refuses ones that could backtrack catastrophically. */
  patterns?: readonly string[];
  /** Keys whose lists are by position (a scale's levels, the twelve months): a file that extends
   * the rule adds to each position instead of adding positions. */
  indexed?: readonly string[];
}

/** One rule type: a module under src/rules/types exporting these. */
export interface RuleTypeModule<Schema extends z.ZodRawShape = z.ZodRawShape, Compiled = unknown> {
  meta: RuleTypeMeta<Schema>;
  compile?(rule: LoadedRule & z.infer<z.ZodObject<Schema>>): Compiled;
  create?(context: RuleContext<z.infer<z.ZodObject<Schema>>, Compiled>): Handlers;
  /** What extraction and alignment read, merged over every rule of the type. */
  vocabulary?: { key: string; build(rules: Array<LoadedRule & z.infer<z.ZodObject<Schema>>>): unknown };
}
