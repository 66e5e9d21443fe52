import type { z } from 'zod';
import { zodModule } from '../../lazy/modules.js';
import { flag } from '../scale-terms.js';
import type { PhraseMatcher } from '../phrases.js';
import type { AlignedPair, RuleContext } from '../rule-type.js';
import type { RuleBase } from '../rule-set.js';
import { spanOfTokens } from '../token-spans.js';

const schema = () => {
  const z = zodModule();
  const term = z.string().min(1);
  return {
    /** Words with which a report leaves room for doubt ("may", "is likely to", "associated with"). */
    hedges: z.array(term).min(1),
    /** Words that state the same as certain or as a cause ("will", "causes", "proves"). */
    certain: z.array(term).min(1),
    /** Words that say one thing caused another ("caused", "led to"): where the source states no cause
     * at all, only that both happened, the cause is the draft's own. */
    causal: z.array(term).default([]),
  };
};
type Data = z.infer<z.ZodObject<ReturnType<typeof schema>>>;

export const meta = {
  type: 'hedge',
  description: 'Certainty the draft adds: the source hedges ("may", "associated with") where the draft is sure ("will", "causes").',
  schema,
  messages: {
    overstated: "The draft says '{claim}' where the source says '{source}': surer than the report.",
    causeUnstated: "The draft says '{claim}', a cause, where the source states none: the report does not say one led to the other.",
  },
  claimKinds: ['quote', 'claim'],
  part: 'certainty',
} as const;

export const compile = (rule: RuleBase & Data): { hedges: PhraseMatcher<true>; certain: PhraseMatcher<true>; causal: PhraseMatcher<true> } => ({
  hedges: flag(rule.hedges),
  certain: flag(rule.certain),
  causal: flag(rule.causal),
});

export function create(context: RuleContext<Data, ReturnType<typeof compile>>) {
  return {
    aligned({ claim, source }: AlignedPair) {
      const cw = claim.map((t) => t.word);
      const pw = source.map((t) => t.word);
      const sure = context.compiled.certain.findAll(cw)[0];
      const hedge = context.compiled.hedges.findAll(pw)[0];
      const cause = context.compiled.causal.findAll(cw)[0];
      // a cause the claim gives where the source gives none, hedged or not
      if (cause && !hedge && !context.compiled.causal.has(pw) && !context.compiled.hedges.has(cw)) {
        context.report({ messageId: 'causeUnstated', data: { claim: cw.slice(cause.from, cause.to).join(' ') }, place: spanOfTokens(claim, cause.from, cause.to), effect: 'unsupported' });
        return;
      }
      // a claim that keeps a hedge of its own ("may well cause") is as careful as its source
      if (!sure || !hedge || context.compiled.hedges.has(cw)) return;
      const data = { claim: cw.slice(sure.from, sure.to).join(' '), source: pw.slice(hedge.from, hedge.to).join(' ') };
      context.report({ messageId: 'overstated', data, place: spanOfTokens(claim, sure.from, sure.to), effect: 'contradicts' });
    },
  };
}
