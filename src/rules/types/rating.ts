import type { z } from 'zod';
import { zodModule } from '../../lazy/modules.js';
import { findFacts, type Fact } from '../../extract/facts.js';
import { sourceFacts } from '../../judge/source-facts.js';
import type { JudgeContext } from '../../judge/types.js';
import { compileScale, type CompiledScale } from '../scale-terms.js';
import { compiledOf } from '../compiled.js';
import { judgeGradeMention } from '../../judge/grade-mention.js';
import type { RuleContext } from '../rule-type.js';
import type { RuleBase } from '../rule-set.js';

const schema = () => {
  const z = zodModule();
  const term = z.string().min(1);
  return {
    /** Grades, lowest first; each level is a list of words meaning the same. */
    levels: z.array(z.array(term).min(1)).min(2),
    /** Words that make a sentence a rating claim ("rated", "judged as"). */
    cues: z.array(term).default([]),
  };
};
type Data = z.infer<z.ZodObject<ReturnType<typeof schema>>>;
type Rule = RuleBase & Data;

export const meta = {
  type: 'rating',
  description: 'A grade the draft says a judgement gave, checked against the grades the source gives.',
  schema,
  messages: {
    overstated: "The draft says '{claim}' where the source grades it '{source}': a better grade than the report gave.",
    understated: "The draft says '{claim}' where the source grades it '{source}': a worse grade than the report gave.",
    unstated: "The source gives no grade for {subject}; '{claim}' cannot be checked against it.",
    matches: "The source grades it '{source}'.",
    negatedMatches: "The draft says {subject} is no longer '{claim}'; the report grades {sourceSubject} '{source}'.",
    negatedDiffers: "The draft says {subject} is no longer '{claim}', but the report grades {sourceSubject} '{source}'.",
    noGrade: "The report states no grade for {subject}; '{claim}' cannot be checked against it.",
  },
  claimKinds: [],
  part: 'degree',
  facts: ['rating'],
  indexed: ['levels'],
} as const;

export const compile = (rule: Rule): CompiledScale<Rule> => compileScale(rule);

export function create(context: RuleContext<Data, CompiledScale<Rule>>) {
  return {
    fact(fact: Fact, ctx: JudgeContext) {
      const value = fact.value;
      // a count of grades ("six 'outstanding' grades") grades no one subject: the grade-count rule checks it
      if (value.type !== 'rating' || value.scale !== context.rule.id || value.mention.count !== undefined) return;
      const facts = sourceFacts(ctx.model, ctx.lex);
      const place = { start: fact.start, end: fact.end };
      // a grade for an earlier inspection: the sentence names another year, or the phrase looks back
      const sentenceFacts = findFacts({ tokens: sentenceTokensOf(ctx), text: ctx.draftText }, ctx.lex);
      const years = sentenceFacts
        .map((f) => (f.value.type === 'year' ? f.value.year : f.value.type === 'date' ? f.value.year : undefined))
        .filter((y): y is number => y !== undefined);
      // …but not a year another grade of the sentence is dated by in its own words ("which was given
      // the lowest grade in 2015, is now rated good"): that year is the other grade's
      const datedOthers = new Set(sentenceFacts.flatMap((f) => (f.value.type === 'rating' && f.start !== fact.start && typeof f.value.mention.when === 'object' ? [f.value.mention.when.year] : [])));
      const ownYear = facts.inspection?.value.year;
      const otherYear = years.find((y) => y !== ownYear && y !== facts.publicationYear?.year && !datedOthers.has(y));
      // a grade read with its subject and time (extract/grade-claims.ts) meets the source's grade of that subject, scale and time
      context.report({ ...judgeGradeMention(ctx, fact, value, otherYear), place });
    },
  };
}

export const vocabulary = {
  key: 'ratings',
  build: (rules: Rule[]): Array<CompiledScale<Rule>> => rules.map((r) => compiledOf(r, compile)),
} as const;

function sentenceTokensOf(ctx: JudgeContext) {
  // the claim's own tokens are enough when it is the whole sentence; otherwise re-read the sentence
  const sentence = ctx.claim.sentence;
  return ctx.claim.start <= sentence[0] && ctx.claim.end >= sentence[1] ? ctx.claim.tokens : ctx.sentenceTokens(sentence);
}

