import type { z } from 'zod';
import { zodModule } from '../../lazy/modules.js';
import type { Fact } from '../../extract/facts.js';
import { PhraseMatcher } from '../phrases.js';
import { compiledOf } from '../compiled.js';
import { gradePassages, tableGrades } from '../../judge/grades.js';
import { EVIDENCE_SCORE, THRESHOLDS } from '../../judge/policy.js';
import { passageRef, type JudgeContext } from '../../judge/types.js';
import type { AlignedPair, RuleContext } from '../rule-type.js';
import type { RuleBase } from '../rule-set.js';
import { spanOfTokens } from '../token-spans.js';
import { numberConflict, quantities, type NumberWords, type Tolerance } from '../../align/meaning/numbers.js';

const TOLERANCE: Tolerance = { about: THRESHOLDS.numberAbout, below: THRESHOLDS.numberBelow, belowRound: THRESHOLDS.numberBelowRound };

const schema = () => {
  const z = zodModule();
  const term = z.string().min(1);
  return {
    /** Numbers in words. */
    words: z.record(z.string(), z.number()),
    /** Nouns naming what a source enumerates, mapped to the structure counted ("judgements": judgement table rows). */
    counted: z.record(z.string(), z.enum(['judgements'])).default({}),
    /** Words before a count that make it cover every one ("all five"). */
    totals: z.array(term).default([]),
    /** Fractions in words as a share of one ("a third": 0.333). */
    fractions: z.record(z.string(), z.number()).default({}),
    /** Words that hedge a number: below it ("nearly"), above it ("more than"), close to it ("around"), a bound ("up to", "at least"). */
    approximators: z.record(z.string(), z.enum(['about', 'below', 'above', 'atMost', 'atLeast'])).default({}),
    /** Words right before a figure that make it the size of a change, not a level ("cut 60 places", "rose by 12%"). */
    deltas: z.array(term).default([]),
    /** Quantifiers as shares of a whole, checked against a source's percentage of it: "most": [above, 50]. */
    shares: z.record(z.string(), z.tuple([z.enum(['exact', 'about', 'below', 'above', 'atMost', 'atLeast']), z.number().min(0).max(100)])).default({}),
  };
};
type Data = z.infer<z.ZodObject<ReturnType<typeof schema>>>;
type Rule = RuleBase & Data;

export const meta = {
  type: 'number',
  description: 'A number the claim gives where its aligned source words give another, and counts of what a source enumerates.',
  schema,
  messages: {
    different: 'The draft says {claim} where the source says {source}.',
    count: 'The source has {source} {thing}, not {claim}.',
    countMatches: 'The source has {source} {thing}.',
  },
  claimKinds: ['quote', 'claim'],
  part: 'number',
  facts: ['count'],
} as const;

export const compile = (rule: Rule) => ({
  words: new PhraseMatcher(Object.entries(rule.words)),
  counted: new PhraseMatcher(Object.entries(rule.counted)),
  totals: new Set(rule.totals.map((w) => w.toLowerCase())),
  pack: { words: rule.words, fractions: rule.fractions, approximators: rule.approximators, deltas: rule.deltas, shares: rule.shares } satisfies NumberWords,
});
type Compiled = ReturnType<typeof compile>;

export function create(context: RuleContext<Data, Compiled>) {
  return {
    aligned({ claim, original }: AlignedPair) {
      // figures are compared by what they count, with the tolerance their approximators allow
      const pack = context.compiled.pack;
      // most claims give no figure, and then the source's words need not be read for one
      const claimed = quantities(original.claim, pack, true);
      if (!claimed.length) return;
      const figures = numberConflict(claimed, quantities(original.source, pack), TOLERANCE);
      if (!figures) return;
      // the claim's figure: the first of its tokens that is a word of the figure as written
      const figure = new Set(figures.claim.text.toLowerCase().split(/[^\p{L}\p{N}.,\u00a3%]+/u));
      const at = claim.findIndex((t) => figure.has(t.word.toLowerCase()));
      const place = at >= 0 ? spanOfTokens(claim, at, at + 1) : spanOfTokens(claim, 0, claim.length);
      context.report({ messageId: 'different', data: { claim: figures.claim.text, source: figures.source.text }, place, effect: 'contradicts' });
    },
    fact(fact: Fact, ctx: JudgeContext) {
      const value = fact.value;
      if (value.type !== 'count') return;
      const place = { start: fact.start, end: fact.end };
      const rows = tableGrades(ctx);
      if (!rows.length) {
        context.report({ messageId: 'count', data: { claim: value.n, source: 'no', thing: 'judgements' }, place, effect: 'unsupported' });
        return;
      }
      // "the other three", "for both categories", "in two areas": fewer than the report has and not
      // said to be all of them, a count of some judgements, which says nothing about how many there are
      if (!value.all && value.n < rows.length) return;
      const same = rows.length === value.n;
      const evidence = gradePassages(ctx, rows).map((p) => passageRef(ctx.model, p, same ? 1 : EVIDENCE_SCORE.rowsBesideWrongCount));
      const data = { claim: value.n, source: rows.length, thing: 'judgements' };
      context.report({ messageId: same ? 'countMatches' : 'count', data, place, evidence, effect: same ? 'supports' : 'contradicts' });
    },
  };
}

/** Every number rule's words, counted nouns and totals together, for finding counts in text. */
export const vocabulary = {
  key: 'numbers',
  build(rules: Rule[]): Compiled | undefined {
    if (!rules.length) return undefined;
    const all = rules.map((r) => compiledOf(r, compile));
    if (all.length === 1) return all[0];
    return compile({ ...rules[0]!, words: Object.assign({}, ...rules.map((r) => r.words)), counted: Object.assign({}, ...rules.map((r) => r.counted)), totals: rules.flatMap((r) => r.totals), fractions: Object.assign({}, ...rules.map((r) => r.fractions)), approximators: Object.assign({}, ...rules.map((r) => r.approximators)), deltas: rules.flatMap((r) => r.deltas), shares: Object.assign({}, ...rules.map((r) => r.shares)) });
  },
} as const;
