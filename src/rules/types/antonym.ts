import type { z } from 'zod';
import { zodModule } from '../../lazy/modules.js';
import { stem } from '../../ingest/tokens.js';
import type { Token } from '../../ingest/tokens.js';
import { wordnetAntonyms } from '../../align/wordnet.js';
import type { AlignedPair, RuleContext } from '../rule-type.js';
import type { RuleBase } from '../rule-set.js';

const schema = () => {
  const z = zodModule();
  const term = z.string().min(1);
  return {
    /** Domain opposites, beside WordNet's. */
    pairs: z.array(z.tuple([term, term])).min(1),
  };
};
type Data = z.infer<z.ZodObject<ReturnType<typeof schema>>>;

export const meta = {
  type: 'antonym',
  description: "A word of the claim whose opposite is in the aligned source words (the rule's pairs, then WordNet's).",
  schema,
  messages: {
    opposite: "The draft says '{claim}' where the source says '{source}', its opposite.",
  },
  claimKinds: ['quote', 'claim'],
  part: 'predicate',
} as const;

/** Stem → stems of its opposites. */
export function compile(rule: RuleBase & Data): Map<string, Set<string>> {
  const opposite = new Map<string, Set<string>>();
  for (const [a, b] of rule.pairs) {
    const [sa, sb] = [stem(a.toLowerCase()), stem(b.toLowerCase())];
    opposite.set(sa, new Set([...(opposite.get(sa) ?? []), sb]));
    opposite.set(sb, new Set([...(opposite.get(sb) ?? []), sa]));
  }
  return opposite;
}

export function create(context: RuleContext<Data, Map<string, Set<string>>>) {
  return {
    aligned({ claim, source }: AlignedPair) {
      const cs = new Set(claim.map((t) => t.stem));
      const ps = new Set(source.map((t) => t.stem));
      const sourceWords = new Set(source.map((t) => t.word));
      const claimWords = new Set(claim.map((t) => t.word));
      for (const t of claim) {
        if (ps.has(t.stem)) continue;
        // the rule's own pairs (by stem) first, then WordNet's (by word)
        const byRule = [...(context.compiled.get(t.stem) ?? [])].find((o) => ps.has(o) && !cs.has(o));
        const byWordnet = byRule ? undefined : [...wordnetAntonyms(t.word)].find((o) => sourceWords.has(o) && !claimWords.has(o));
        if (byRule || byWordnet) {
          const data = { claim: t.word, source: byWordnet ?? wordOf(source, byRule!) };
          context.report({ messageId: 'opposite', data, place: { start: t.start, end: t.end }, effect: 'contradicts' });
          return;
        }
      }
    },
  };
}

function wordOf(tokens: Token[], stemmed: string): string {
  return tokens.find((t) => t.stem === stemmed)?.word ?? stemmed;
}
