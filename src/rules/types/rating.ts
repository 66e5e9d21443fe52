import { z } from 'zod';
import { findFacts, type Fact } from '../../extract/facts.js';
import { words } from '../../ingest/tokens.js';
import type { Passage } from '../../align/source-model.js';
import { sourceFacts } from '../../judge/source-facts.js';
import { orderRows } from '../../judge/source-rows.js';
import { THRESHOLDS } from '../../judge/policy.js';
import { passageRef, type JudgeContext } from '../../judge/types.js';
import { compileScale, type CompiledScale } from '../scale-terms.js';
import { compiledOf } from '../compiled.js';
import { judgeGradeMention } from '../../judge/grade-mention.js';
import type { RuleContext } from '../rule-type.js';
import type { RuleBase } from '../rule-set.js';

const term = z.string().min(1);

const schema = {
  /** Grades, lowest first; each level is a list of words meaning the same. */
  levels: z.array(z.array(term).min(1)).min(2),
  /** Words that make a sentence a rating claim ("rated", "judged as"). */
  cues: z.array(term).default([]),
};
type Data = z.infer<z.ZodObject<typeof schema>>;
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
  facts: ['rating'],
  indexed: ['levels'],
} as const;

export const compile = (rule: Rule): CompiledScale<Rule> => compileScale(rule);

export function create(context: RuleContext<Data, CompiledScale<Rule>>) {
  return {
    fact(fact: Fact, ctx: JudgeContext) {
      const value = fact.value;
      if (value.type !== 'rating' || value.scale !== context.rule.id) return;
      const scale = context.compiled;
      const facts = sourceFacts(ctx.model, ctx.lex);
      const claim = ctx.draftText.slice(fact.start, fact.end);
      const place = { start: fact.start, end: fact.end };
      // a grade for an earlier inspection: the sentence names another year, or the phrase looks back
      const phraseWords = ctx.claim.tokens.filter((t) => t.start >= fact.start && t.end <= fact.end).map((t) => t.word);
      const years = findFacts({ tokens: sentenceTokensOf(ctx), text: ctx.draftText }, ctx.lex)
        .map((f) => (f.value.type === 'year' ? f.value.year : f.value.type === 'date' ? f.value.year : undefined))
        .filter((y): y is number => y !== undefined);
      const ownYear = facts.inspection?.value.year;
      const otherYear = years.find((y) => y !== ownYear && y !== facts.publicationYear?.year);
      // a grade read with its subject and time (extract/grade-claims.ts) meets the source's grade of that subject
      const byMention = judgeGradeMention(ctx, fact, value, otherYear);
      if (byMention) {
        context.report({ ...byMention, place });
        return;
      }
      const looksBack = phraseWords.some((w) => ctx.lex.dates?.pastCues.has(w));
      const graded = [...facts.judgements, ...ctx.model.passages.filter((p) => p.block.kind === 'heading' && p.block.grade)];
      if (otherYear !== undefined || looksBack || graded.length === 0) {
        const subject = otherYear !== undefined ? `the ${otherYear} inspection` : 'an earlier inspection';
        context.report({ messageId: 'unstated', data: { claim, subject }, place, effect: 'unsupported' });
        return;
      }
      const rows = orderRows(facts.judgements.length ? facts.judgements : graded);
      const target = pickJudgement(ctx, rows) ?? rows[0]!;
      const level = target.block.grade!.level;
      const data = { claim: scale.names[value.level] ?? value.term, source: target.block.grade!.term };
      const evidence = [passageRef(ctx.model, target, 1)];
      if (level === value.level) context.report({ messageId: 'matches', data, place, evidence, effect: 'supports' });
      else context.report({ messageId: value.level > level ? 'overstated' : 'understated', data, place, evidence, effect: 'contradicts' });
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

/** The judgement whose subject the claim's sentence names ("children in care"), if any. */
function pickJudgement(ctx: JudgeContext, rows: Passage[]): Passage | undefined {
  const sentenceWords = new Set(ctx.sentenceTokens(ctx.claim.sentence).map((t) => t.stem));
  let best: Passage | undefined;
  let bestShare: number = THRESHOLDS.gradeSubjectShare;
  for (const row of rows) {
    // the row's subject is its words less the grade ("requires improvement to be good" is several words)
    const grade = new Set(words(row.block.grade?.term ?? ''));
    const subject = row.tokens.filter((t) => !/^(the|of|and|with|who|in|on|for)$/.test(t.word) && !grade.has(t.word));
    const share = subject.filter((t) => sentenceWords.has(t.stem)).length / Math.max(1, subject.length);
    if (share > bestShare) {
      best = row;
      bestShare = share;
    }
  }
  return best;
}
