import type { z } from 'zod';
import { zodModule } from '../../lazy/modules.js';
import { PhraseMatcher } from '../phrases.js';
import { flag } from '../scale-terms.js';
import type { RuleBase } from '../rule-set.js';

const schema = () => {
  const z = zodModule();
  const term = z.string().min(1);
  return {
    /** Words before a grade that make it a claim ("classed as", "handed", "branded"). */
    cues: z.array(term).default([]),
    /** Words after a grade that make it a claim ("rating", "Ofsted says"). */
    cuesAfter: z.array(term).default([]),
    /** A copula right before a grade that ends its clause ("are good,"). */
    copulas: z.array(term).default([]),
    /** Words just before a grade that negate it ("no longer", "not", "out of"). */
    negations: z.array(term).default([]),
    /** Words that put a grade at an earlier inspection ("previously", "the last inspection"). */
    previous: z.array(term).default([]),
    /** Verbs of change before "from X to Y" ("raised", "improved"). */
    changes: z.array(term).default([]),
    /** Words that make a grade the overall judgement ("overall"). */
    overall: z.array(term).default([]),
    /** Words that open another clause, which a grade's subject and time are not read across ("after", "while"). */
    clauseBreaks: z.array(term).default([]),
    /** Relative pronouns among them, which hand the subject back to the noun before ("which", "who"). */
    relatives: z.array(term).default([]),
    /** Words right after a clause word that stand for the subject before it ("..., with both being handed ..."). */
    backReferences: z.array(term).default([]),
    /** Words joining a grade to the area after it ("good in", "outstanding for"). */
    areaLinks: z.array(term).default([]),
    /** A scale's ends named without its words ("the lowest judgement", "the top rating"): a grade of any scale. */
    lowest: z.array(term).default([]),
    highest: z.array(term).default([]),
    /** Words before an end that make it a comparison with others, not a grade ("one of the highest grades"). */
    comparisons: z.array(term).default([]),
  };
};
type Data = z.infer<z.ZodObject<ReturnType<typeof schema>>>;

/** Vocabulary only: the press's words around a grade, read by the grade-claim reader (extract/grade-claims.ts). */
export const meta = {
  type: 'grade-phrasing',
  description: 'The press’s words around a grade: what makes a grade word a claim, negates it, dates it or changes it.',
  schema,
  messages: {},
  claimKinds: [],
} as const;

export const vocabulary = {
  key: 'gradePhrasing',
  build(rules: Array<RuleBase & Data>) {
    if (!rules.length) return undefined;
    const all = (key: keyof Data) => rules.flatMap((r) => r[key]);
    return {
      cues: flag(all('cues')),
      cuesAfter: flag(all('cuesAfter')),
      copulas: new Set(all('copulas').map((w) => w.toLowerCase())),
      negations: flag(all('negations')),
      previous: flag(all('previous')),
      changes: flag(all('changes')),
      overall: flag(all('overall')),
      clauseBreaks: flag(all('clauseBreaks')),
      relatives: flag(all('relatives')),
      backReferences: flag(all('backReferences')),
      areaLinks: flag(all('areaLinks')),
      ends: new PhraseMatcher<'lowest' | 'highest'>([...all('lowest').map((p) => [p, 'lowest'] as [string, 'lowest']), ...all('highest').map((p) => [p, 'highest'] as [string, 'highest'])]),
      comparisons: flag(all('comparisons')),
    };
  },
} as const;
