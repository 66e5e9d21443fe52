import type { z } from 'zod';
import { zodModule } from '../../lazy/modules.js';
import { findFacts, type Fact } from '../../extract/facts.js';
import { memoKey, memoized, type Passage, type SourceModel } from '../../align/source-model.js';
import type { Grade } from '../../layout/source-doc.js';
import { words } from '../../ingest/tokens.js';
import { gradePassages, scaleOf, termLevel } from '../../judge/grades.js';
import { EVIDENCE_SCORE } from '../../judge/policy.js';
import { passageRef, type JudgeContext } from '../../judge/types.js';
import type { Lexicon } from '../lexicon.js';
import { flag } from '../scale-terms.js';
import type { RuleContext } from '../rule-type.js';
import type { RuleBase } from '../rule-set.js';

const schema = () => {
  const z = zodModule();
  return {
    /** What a count of grades counts ("six 'outstanding' grades", "'good' in two areas"). */
    nouns: z.array(z.string().min(1)).min(1),
  };
};
type Data = z.infer<z.ZodObject<ReturnType<typeof schema>>>;

export const meta = {
  type: 'grade-count',
  description: "How many of the report's judgements the draft says got a grade, against the report's own count or its graded areas.",
  schema,
  messages: {
    countMatches: "The draft counts '{grade}' grades: {claim}, as the report does ({locator}).",
    countDiffers: "The draft counts '{grade}' grades: {claim}, where the report gives {source} ({locator}).",
    unstated: "The report states no grades to count '{grade}' ones against.",
  },
  claimKinds: [],
  facts: ['rating'],
} as const;

type Rating = Extract<Fact['value'], { type: 'rating' }>;

export function create(context: RuleContext<Data>) {
  return {
    fact(fact: Fact, ctx: JudgeContext) {
      const value = fact.value;
      const n = value.type === 'rating' ? value.mention.count : undefined;
      if (value.type !== 'rating' || n === undefined || value.mention.negated || value.mention.when !== 'this inspection') return;
      const place = { start: fact.start, end: fact.end };
      const grade = value.mention.term;
      const report = (source: number, passages: Passage[], score: number) => {
        const same = source === n;
        const evidence = passages.map((p) => passageRef(ctx.model, p, same ? score : score * EVIDENCE_SCORE.rowsBesideWrongCount));
        context.report({ messageId: same ? 'countMatches' : 'countDiffers', data: { claim: n, grade, source, locator: passages[0]!.locator }, place, evidence, effect: same ? 'supports' : 'contradicts' });
      };
      // the report's own count of that grade ("found the force was 'outstanding' in six areas")
      const stated = statedCounts(ctx.model, ctx.lex).find((s) => s.value.scale === value.scale && s.value.level === value.level);
      if (stated) return report(stated.n, [stated.passage], 1);
      // else its graded areas of this inspection, counted at that level
      const counted = countedGrades(ctx.model.source.grades, value);
      if (counted) return report(counted.count, gradePassages(ctx, counted.grades), 1);
      context.report({ messageId: 'unstated', data: { grade }, place, effect: 'unsupported' });
    },
  };
}

/** The rule's nouns, read by the grade-claim reader (extract/grade-claims.ts) to find counts. */
export const vocabulary = {
  key: 'gradeCounts',
  build: (rules: Array<RuleBase & Data>) => (rules.length ? { nouns: flag(rules.flatMap((r) => r.nouns)) } : undefined),
} as const;

interface StatedCount {
  value: Rating;
  n: number;
  passage: Passage;
}

const STATED_COUNTS = memoKey<StatedCount[]>('stated-grade-counts');

/** Counts of a grade the report states in its own words, read as a draft's are. */
function statedCounts(model: SourceModel, lex: Lexicon): StatedCount[] {
  return memoized(model, STATED_COUNTS, () => countsStatedIn(model, lex));
}

function countsStatedIn(model: SourceModel, lex: Lexicon): StatedCount[] {
  const nouns = lex.gradeCounts?.nouns;
  const found: StatedCount[] = [];
  for (const passage of model.passages) {
    // only a passage with a noun of a count can state one: the rest need not be read for grades
    if (!nouns?.findAll(passage.tokens.map((t) => t.word)).length) continue;
    for (const f of findFacts({ tokens: passage.tokens, text: model.doc.text }, lex)) {
      const v = f.value;
      if (v.type === 'rating' && v.mention.count !== undefined && !v.mention.negated && v.mention.when === 'this inspection') found.push({ value: v, n: v.mention.count, passage });
    }
  }
  return found;
}

/** How many of the report's areas of this inspection have the draft's grade: the judgement table's
 * rows when it has one, else every graded area once. The overall judgement is one of them only
 * when the draft's count takes it in; fewer than two areas are nothing to count. */
function countedGrades(all: Grade[], value: Rating): { count: number; grades: Grade[] } | undefined {
  const now = all.filter((g) => g.when === 'this inspection');
  const rows = now.filter((g) => g.at.kind === 'table-row');
  const seen = new Set<string>();
  const areas = (rows.length ? rows : now).filter((g) => {
    const key = g.overall ? 'overall' : (g.area ?? words(g.subject).join(' '));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (areas.filter((g) => !g.overall).length < 2) return undefined;
  const atLevel = areas.filter((g) => {
    const scale = scaleOf(g);
    return scale !== undefined && termLevel(value.term, scale) === g.level;
  });
  const areasOnly = atLevel.filter((g) => !g.overall);
  const n = value.mention.count!;
  const grades = n === atLevel.length ? atLevel : areasOnly;
  return grades.length ? { count: grades.length, grades } : { count: 0, grades: areas };
}
