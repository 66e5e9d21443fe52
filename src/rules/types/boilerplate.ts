import { compilePattern } from '../pattern.js';
import type { z } from 'zod';
import { zodModule } from '../../lazy/modules.js';
import type { RuleBase } from '../rule-set.js';

const schema = () => {
  const z = zodModule();
  return {
    /** Regular expressions (case-insensitive) that mark a block as the publisher's boilerplate. */
    patterns: z.array(z.string().min(1)).min(1),
  };
};
type Data = z.infer<z.ZodObject<ReturnType<typeof schema>>>;

/** Vocabulary only: the publisher's end matter, kept searchable but marked by the source layout. */
export const meta = {
  type: 'boilerplate',
  description: "Publisher's end matter (licence, contact details, copyright).",
  schema,
  messages: {},
  claimKinds: [],
  /** Keys holding regular expressions, which the loader checks for catastrophic backtracking. */
  patterns: ['patterns'],
} as const;

export const vocabulary = {
  key: 'boilerplate',
  build: (rules: Array<RuleBase & Data>) => rules.map((rule) => ({ rule, patterns: rule.patterns.map(compilePattern) })),
} as const;
