import type { z } from 'zod';
import type { ClaimPart, Severity } from '../types.js';
import type { RuleTypeModule } from './rule-type.js';
import { ruleType } from './types/index.js';

export interface RuleExample {
  claim: string;
  source: string;
  verdict: string;
  /** The message id the rule must report (invalid rows). */
  messageId?: string;
  /** The draft's words the finding must be about (defaults to the whole claim sentence's finding place). */
  span?: string;
  note?: string;
}

/** What every rule file holds, whatever its type. */
export interface RuleBase {
  id: string;
  type: string;
  description?: string;
  severity: Severity;
  /** One template for every message, or templates by message id. */
  message?: string | Record<string, string>;
  /** The part of a claim its findings are about, when not its type's ("change" is a predicate's, not a degree). */
  part?: ClaimPart;
  examples: RuleExample[];
  /** The YAML file it came from (the last one that extended it). */
  file: string;
  /** The pack (rule folder) it came from: 'shipped', a profile's name or a user folder. */
  pack: string;
}

export type LoadedRule = RuleBase & Record<string, unknown>;
export type RuleOf<M extends RuleTypeModule> = RuleBase & z.infer<z.ZodObject<ReturnType<M['meta']['schema']>>>;

/** The loaded rules, in load order, looked up by type module or id. */
export class RuleSet {
  /** `active`: the rules whose checks run (all of them unless narrowed by `only`); every rule's
   * vocabulary is read either way, since it is how the text is read. */
  constructor(
    readonly rules: LoadedRule[],
    readonly active: LoadedRule[] = rules,
  ) {}

  /** The same rules with only one rule's checks on, as the RuleTester runs it. */
  only(id: string): RuleSet {
    return new RuleSet(this.rules, this.rules.filter((r) => r.id === id));
  }

  ofType<M extends RuleTypeModule>(module: M): RuleOf<M>[] {
    return this.rules.filter((r) => r.type === module.meta.type) as RuleOf<M>[];
  }

  get(id: string): LoadedRule | undefined {
    return this.rules.find((r) => r.id === id);
  }
}

/** A rule's template for a message id: its own, else its type's wording. */
export function messageTemplate(rule: RuleBase, messageId: string): string | undefined {
  const own = typeof rule.message === 'string' ? rule.message : rule.message?.[messageId];
  return own ?? ruleType(rule.type)?.meta.messages[messageId];
}

/** How a message names the part of the claim it is about: the one table every rule's messages go through. */
export const PART_NAMES: Record<ClaimPart, string> = {
  subject: 'Subject',
  predicate: 'Predicate',
  polarity: 'Polarity',
  degree: 'Degree',
  certainty: 'Certainty',
  number: 'Number',
};

/** Fills a message template's {placeholders}, led by the part of the claim that differs when one is given. */
export function formatMessage(rule: RuleBase, messageId: string, values: Record<string, string | number>, part?: ClaimPart): string {
  const template = messageTemplate(rule, messageId) ?? messageId;
  const message = template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  return part ? `${PART_NAMES[part]}: ${message}` : message;
}
