import { z } from 'zod';
import { flag } from '../scale-terms.js';
import type { PhraseMatcher } from '../phrases.js';
import type { AlignedPair, RuleContext } from '../rule-type.js';
import type { RuleBase } from '../rule-set.js';
import { spanOfTokens } from '../token-spans.js';

const schema = {
  /** Words and phrases that turn a statement into its opposite. */
  cues: z.array(z.string().min(1)).min(1),
};
type Data = z.infer<z.ZodObject<typeof schema>>;

export const meta = {
  type: 'negation',
  description: 'A negation the draft drops or adds against the aligned source words.',
  schema,
  messages: {
    dropped: "The source says '{source}' but the draft drops the negation: the report says the opposite.",
    added: "The draft says '{claim}' but the source has no negation there: the report says the opposite.",
  },
  claimKinds: ['quote', 'claim'],
} as const;

export const compile = (rule: RuleBase & Data): PhraseMatcher<true> => flag(rule.cues);

export function create(context: RuleContext<Data, PhraseMatcher<true>>) {
  const hits = (ws: string[]) => [
    ...context.compiled.findAll(ws).map((h) => [h.from, h.to] as const),
    ...ws.flatMap((w, i) => (w.endsWith("n't") ? [[i, i + 1] as const] : [])),
  ];
  return {
    aligned({ claim, source, original }: AlignedPair) {
      const c = hits(claim.map((t) => t.word));
      const p = hits(source.map((t) => t.word));
      if (c.length > 0 === p.length > 0) return;
      // an added negation is at its cue; a dropped one is about the whole claim
      const place = c.length ? spanOfTokens(claim, c[0]![0], c[0]![1]) : spanOfTokens(claim, 0, claim.length);
      context.report({ messageId: c.length ? 'added' : 'dropped', data: original, place, effect: 'contradicts' });
    },
  };
}
