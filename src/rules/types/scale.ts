import type { z } from 'zod';
import { zodModule } from '../../lazy/modules.js';
import { compileScale, type CompiledScale } from '../scale-terms.js';
import { compiledOf } from '../compiled.js';
import type { AlignedPair, RuleContext } from '../rule-type.js';
import type { RuleBase } from '../rule-set.js';
import { spanOfTokens } from '../token-spans.js';

const schema = () => {
  const z = zodModule();
  return {
    /** Terms of one degree (how many, how strongly), lowest first; each level is a list of words meaning the same. */
    levels: z.array(z.array(z.string().min(1)).min(1)).min(2),
  };
};
type Data = z.infer<z.ZodObject<ReturnType<typeof schema>>>;
type Rule = RuleBase & Data;

export const meta = {
  type: 'scale',
  description: 'A quantity or intensity further up or down a scale than the aligned source words.',
  schema,
  messages: {
    overstated: "The draft says '{claim}' where the source says '{source}': stronger than the report.",
    understated: "The draft says '{claim}' where the source says '{source}': weaker than the report.",
  },
  claimKinds: ['quote', 'claim'],
  indexed: ['levels'],
} as const;

export const compile = (rule: Rule): CompiledScale<Rule> => compileScale(rule);

export function create(context: RuleContext<Data, CompiledScale<Rule>>) {
  return {
    aligned({ claim, source, texts }: AlignedPair) {
      const cw = claim.map((t) => t.word);
      const pw = source.map((t) => t.word);
      const ch = context.compiled.terms.findAll(cw).filter((h) => !hyphenated(claim, h.to, texts.draft));
      const ph = context.compiled.terms.findAll(pw).filter((h) => !hyphenated(source, h.to, texts.source));
      if (!ch.length || !ph.length) return;
      // compare the terms that modify the same word: the one right after (or before) each term
      for (const a of ch) {
        const anchor = cw[a.to] ?? cw[a.from - 1];
        const b = ph.find((h) => pw[h.to] === anchor || pw[h.from - 1] === cw[a.from - 1]) ?? (ch.length === 1 && ph.length === 1 ? ph[0] : undefined);
        if (!b || a.value === b.value) continue;
        const data = { claim: cw.slice(a.from, a.to).join(' '), source: pw.slice(b.from, b.to).join(' ') };
        context.report({ messageId: a.value > b.value ? 'overstated' : 'understated', data, place: spanOfTokens(claim, a.from, a.to), effect: 'contradicts' });
      }
    },
  };
}

/** A term joined by a hyphen to the next word ("well-articulated", "well-being") is part of that word, not a degree. */
function hyphenated(tokens: AlignedPair['claim'], to: number, text: string): boolean {
  const next = tokens[to];
  return next !== undefined && text.slice(tokens[to - 1]!.end, next.start) === '-';
}

export const vocabulary = {
  key: 'degrees',
  build: (rules: Rule[]): Array<CompiledScale<Rule>> => rules.map((r) => compiledOf(r, compile)),
} as const;
