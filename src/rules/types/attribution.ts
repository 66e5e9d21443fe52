import { z } from 'zod';
import { flag } from '../scale-terms.js';
import type { RuleBase } from '../rule-set.js';

const term = z.string().min(1);
const schema = {
  /** Verbs that introduce reported words or findings. */
  verbs: z.array(term).min(1),
  /** Titles and roles that make a speaker someone other than the source. */
  roles: z.array(term).default([]),
  /** Words of the draft's own voice ("we", "our"). */
  firstPerson: z.array(term).default([]),
};
type Data = z.infer<z.ZodObject<typeof schema>>;

/** Vocabulary only: who is speaking, read by claim extraction. */
export const meta = {
  type: 'attribution',
  description: 'Reporting verbs and speakers’ roles: who a quote or claim is given to.',
  schema,
  messages: {},
  claimKinds: [],
} as const;

export const vocabulary = {
  key: 'attribution',
  build(rules: Array<RuleBase & Data>) {
    if (!rules.length) return undefined;
    const verbs = rules.flatMap((r) => r.verbs);
    return {
      verbs: flag(verbs),
      roles: flag(rules.flatMap((r) => r.roles)),
      firstPerson: new Set(rules.flatMap((r) => r.firstPerson).map((w) => w.toLowerCase())),
      /** The verbs as written, for the words that frame a claim. */
      verbList: verbs,
    };
  },
} as const;
