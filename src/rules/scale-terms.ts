import { PhraseMatcher } from './phrases.js';
import type { RuleBase } from './rule-set.js';

/** One ordered scale ready for matching: each phrase maps to its level (0 = lowest). */
export interface CompiledScale<R extends RuleBase & { levels: string[][] } = RuleBase & { levels: string[][]; cues?: string[] }> {
  rule: R;
  terms: PhraseMatcher<number>;
  cues: PhraseMatcher<true>;
  /** The first phrase of each level, for messages. */
  names: string[];
}

export const flag = (list: readonly string[]) => new PhraseMatcher<true>(list.map((p) => [p, true]));

export function compileScale<R extends RuleBase & { levels: string[][]; cues?: string[] }>(rule: R): CompiledScale<R> {
  return {
    rule,
    terms: new PhraseMatcher(rule.levels.flatMap((level, i) => level.map((p) => [p, i] as [string, number]))),
    cues: flag(rule.cues ?? []),
    names: rule.levels.map((level) => level[0] as string),
  };
}
