import { compiledOf } from './compiled.js';
import type { RuleSet } from './rule-set.js';
import { MODULES, type RULE_TYPES } from './types/index.js';

type Modules = (typeof RULE_TYPES)[number];
type VocabularyOf<M> = M extends { vocabulary: { key: infer K extends string; build: (...args: never[]) => infer V } } ? { [P in K]: V } : never;
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** What extraction and alignment read from the rules: each type's vocabulary, merged over every
 * loaded rule of that type, under the key the type names (`lex.dates`, `lex.ratings` …). */
export type Lexicon = Intersection<VocabularyOf<Modules>>;

export function lexicon(rules: RuleSet): Lexicon {
  return compiledOf(rules, () => {
    const lex: Record<string, unknown> = {};
    for (const module of MODULES) {
      if (module.vocabulary) lex[module.vocabulary.key] = module.vocabulary.build(rules.ofType(module));
    }
    return lex as Lexicon;
  });
}
