import type { z } from 'zod';
import { zodModule } from '../../lazy/modules.js';
import { flag } from '../scale-terms.js';
import type { PhraseMatcher } from '../phrases.js';
import type { AlignedPair, RuleContext } from '../rule-type.js';
import type { RuleBase } from '../rule-set.js';
import { spanOfTokens } from '../token-spans.js';
import { negatedBefore, polarityDifference } from '../../align/meaning/negation.js';

const schema = () => {
  const z = zodModule();
  return {
    /** Words and phrases that turn a statement into its opposite. */
    cues: z.array(z.string().min(1)).min(1),
  };
};
type Data = z.infer<z.ZodObject<ReturnType<typeof schema>>>;

export const meta = {
  type: 'negation',
  description: 'A negation the draft drops or adds against the aligned source words.',
  schema,
  messages: {
    dropped: "The source says '{source}' but the draft drops the negation: the report says the opposite.",
    added: "The draft says '{claim}' but the source has no negation there: the report says the opposite.",
  },
  claimKinds: ['quote', 'claim'],
  part: 'polarity',
} as const;

export const compile = (rule: RuleBase & Data): PhraseMatcher<true> => flag(rule.cues);

export function create(context: RuleContext<Data, PhraseMatcher<true>>) {
  const firstCue = (ws: string[]) =>
    [...context.compiled.findAll(ws).map((h) => [h.from, h.to] as const), ...ws.flatMap((w, i) => (w.endsWith("n't") ? [[i, i + 1] as const] : []))].sort((a, b) => a[0] - b[0])[0];
  return {
    aligned({ claim, source, original, texts }: AlignedPair) {
      // a negation governs its own clause: the conflict is a shared word negated on one side only
      // …and either side's words may be negated from just before them (a quote's "found no '…'")
      const lead = (tokens: typeof claim, text: string) => tokens.length > 0 && negatedBefore(text, tokens[0]!.start, context.compiled);
      const flipped = polarityDifference(
        { tokens: claim, text: texts.draft, lead: lead(claim, texts.draft) },
        { tokens: source, text: texts.source, lead: lead(source, texts.source) },
        context.compiled,
      );
      if (!flipped) return;
      // an added negation is at its cue; a dropped one is about the whole claim
      const cue = flipped.negatedIn === 'claim' ? firstCue(claim.map((t) => t.word)) : undefined;
      const place = cue ? spanOfTokens(claim, cue[0], cue[1]) : spanOfTokens(claim, 0, claim.length);
      context.report({ messageId: flipped.negatedIn === 'claim' ? 'added' : 'dropped', data: original, place, effect: 'contradicts' });
    },
  };
}
