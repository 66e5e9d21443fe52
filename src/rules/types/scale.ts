import type { z } from 'zod';
import { isContentWord } from '../../ingest/tokens.js';
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
    /** Words that strengthen the word after them by this many levels: "exceptionally thorough" where
     * the report says "thorough" is two levels up, though "thorough" is on no level of its own. */
    intensifiers: z.record(z.string(), z.number().int().positive()).default({}),
  };
};
type Data = z.infer<z.ZodObject<ReturnType<typeof schema>>>;
type Rule = RuleBase & Data;

export const meta = {
  type: 'scale',
  description: 'A quantity, intensity, frequency or direction of change further up or down a scale than the aligned source words, or strengthened where the source gives the word bare.',
  schema,
  messages: {
    overstated: "The draft says '{claim}' where the source says '{source}': stronger than the report.",
    understated: "The draft says '{claim}' where the source says '{source}': weaker than the report.",
  },
  claimKinds: ['quote', 'claim'],
  part: 'degree',
  indexed: ['levels'],
} as const;

export const compile = (rule: Rule): CompiledScale<Rule> & { boost: Map<string, number> } => ({
  ...compileScale(rule),
  boost: new Map(Object.entries(rule.intensifiers).map(([w, n]) => [w.toLowerCase(), n])),
});

export function create(context: RuleContext<Data, ReturnType<typeof compile>>) {
  return {
    aligned({ claim, source, texts }: AlignedPair) {
      const cw = claim.map((t) => t.word);
      const pw = source.map((t) => t.word);
      const ch = context.compiled.terms.findAll(cw).filter((h) => !hyphenated(claim, h.to, texts.draft));
      const ph = context.compiled.terms.findAll(pw).filter((h) => !hyphenated(source, h.to, texts.source));
      const shift = intensified(context.compiled.boost, cw, pw, ch, ph);
      if (shift) {
        const data = { claim: cw.slice(shift.from, shift.to).join(' '), source: pw.slice(shift.sourceFrom, shift.sourceTo).join(' ') };
        context.report({ messageId: shift.up ? 'overstated' : 'understated', data, place: spanOfTokens(claim, shift.from, shift.to), effect: 'contradicts' });
        return;
      }
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

type Hit = { from: number; to: number };

/** A word both sides share that one strengthens more than the other ("exceptionally thorough" against
 * "thorough"), where the word is on no level of the scale itself (those the terms compare): the
 * claim's words and the source's, each with the intensifier if there is one. */
function intensified(boost: Map<string, number>, cw: string[], pw: string[], ch: Hit[], ph: Hit[]) {
  if (!boost.size) return undefined;
  const inTerm = (hits: Hit[], i: number) => hits.some((h) => i >= h.from && i < h.to);
  const level = (ws: string[], i: number) => boost.get(ws[i - 1] ?? '') ?? 0;
  for (let i = 0; i < cw.length; i++) {
    const word = cw[i]!;
    if (!isContentWord(word) || boost.has(word) || inTerm(ch, i)) continue;
    const at = pw.flatMap((w, j) => (w === word && !inTerm(ph, j) ? [j] : []));
    const mine = level(cw, i);
    // a word the source strengthens in one place and not in another is no evidence either way
    const theirs = new Set(at.map((j) => level(pw, j)));
    if (theirs.size !== 1 || theirs.has(mine)) continue;
    const j = at[0]!;
    const [sourceLevel] = theirs;
    const from = mine ? i - 1 : i;
    return { up: mine > sourceLevel!, from, to: i + 1, sourceFrom: sourceLevel ? j - 1 : j, sourceTo: j + 1 };
  }
  return undefined;
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
