import type { z } from 'zod';
import { zodModule } from '../../lazy/modules.js';
import { stem, words } from '../../ingest/tokens.js';
import type { RuleBase } from '../rule-set.js';

const schema = () => {
  const z = zodModule();
  return {
    /** Groups of words the report and the press use for the same thing. */
    groups: z.array(z.array(z.string().min(1)).min(2)).min(1),
  };
};
type Data = z.infer<z.ZodObject<ReturnType<typeof schema>>>;

/** Vocabulary only: words that count as the same when a claim is matched in other words. */
export const meta = {
  type: 'synonyms',
  description: 'Words that count as the same word when a claim is matched to the source in other words.',
  schema,
  messages: {},
  claimKinds: [],
} as const;

export const vocabulary = {
  key: 'synonyms',
  /** Stem -> ids of the synonym groups it belongs to. */
  build(rules: Array<RuleBase & Data>): Map<string, number[]> {
    const synonyms = new Map<string, number[]>();
    rules.forEach((rule, r) =>
      rule.groups.forEach((group, g) => {
        for (const phrase of group) {
          const key = words(phrase).map(stem).join(' ');
          synonyms.set(key, [...(synonyms.get(key) ?? []), r * 10000 + g]);
        }
      }),
    );
    return synonyms;
  },
} as const;
