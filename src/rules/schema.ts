import { z } from 'zod';

// One YAML file is one rule, as in Vale: `type` says which module in src/judge/rules applies it,
// the rest is its data. Every rule has an id, a message template and a severity.

const severity = z.enum(['error', 'warning', 'info']);
const term = z.string().min(1);
const base = {
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens'),
  description: z.string().optional(),
  severity: severity.default('error'),
  /** Templates with {placeholders}; `default` is used when a case has no message of its own. */
  message: z.union([z.string(), z.record(z.string(), z.string())]),
  examples: z
    .array(z.object({ claim: z.string(), source: z.string(), verdict: z.string(), note: z.string().optional() }))
    .default([]),
};

/** Ordered terms, lowest first; each level is a list of words meaning the same. */
export const scaleRule = z.object({
  ...base,
  type: z.literal('scale'),
  /** rating: grades given by a judgement (needs a cue such as "rated"); degree: quantities and intensities compared in aligned text. */
  role: z.enum(['rating', 'degree']),
  levels: z.array(z.array(term).min(1)).min(2),
  /** For ratings: words that make a sentence a rating claim ("rated", "judged as"). */
  cues: z.array(term).default([]),
});

export const negationRule = z.object({
  ...base,
  type: z.literal('negation'),
  cues: z.array(term).min(1),
});

export const numbersRule = z.object({
  ...base,
  type: z.literal('numbers'),
  words: z.record(z.string(), z.number()),
  /** Nouns naming what a source enumerates, mapped to the structure counted ("judgements": judgement table rows). */
  counted: z.record(z.string(), z.enum(['judgements'])).default({}),
  /** Words before a count that make it cover every one ("all five"). */
  totals: z.array(term).default([]),
});

export const datesRule = z.object({
  ...base,
  type: z.literal('dates'),
  months: z.array(z.array(term).min(1)).length(12),
  /** Length of each duration unit in days. */
  units: z.record(z.string(), z.number().positive()),
  /** Nouns that name an inspection or visit, to tie a date or year to an event. */
  events: z.array(term).min(1),
  /** Words that mark a date label in a source ("Inspection dates"). */
  dateLabels: z.array(term).default([]),
  /** Month names that are also ordinary words ("may"): months only beside a day or a year. */
  ambiguousMonths: z.array(term).default([]),
  /** Words that put a grade or an event before the source's own inspection ("since", "previous"). */
  pastCues: z.array(term).default([]),
  /** Regular expressions whose first group is the year a source was published. */
  publicationPatterns: z.array(term).default([]),
});

export const antonymsRule = z.object({
  ...base,
  type: z.literal('antonyms'),
  pairs: z.array(z.tuple([term, term])).min(1),
});

export const synonymsRule = z.object({
  ...base,
  type: z.literal('synonyms'),
  groups: z.array(z.array(term).min(2)).min(1),
});

export const entitiesRule = z.object({
  ...base,
  type: z.literal('entities'),
  /** Names the draft may use for the publisher of the source. */
  sourceAliases: z.array(term).min(1),
  /** Nouns that refer to the source document itself ("the report", "the letter"). */
  documentNouns: z.array(term).default([]),
  /** Words after a place name that make it the subject of a report ("council", "local authority"). */
  placeSuffixes: z.array(term).default([]),
  /** Words before a place name that do the same ("London Borough of"). */
  placePrefixes: z.array(term).default([]),
});

export const attributionRule = z.object({
  ...base,
  type: z.literal('attribution'),
  /** Verbs that introduce reported words or findings. */
  verbs: z.array(term).min(1),
  /** Titles and roles that make a speaker someone other than the source. */
  roles: z.array(term).default([]),
  /** Words of the draft's own voice ("we", "our"). */
  firstPerson: z.array(term).default([]),
  /** Verbs of speech whose subject may be a person or a body other than the source ("said", "added", "welcomed"). */
  speechVerbs: z.array(term).default([]),
  /** Pronouns that, as a speech verb's subject, make the words a speaker's ("he", "she"). */
  speakerPronouns: z.array(term).default([]),
  /** Pronouns that, as a reporting verb's subject, stand for the source ("it", "they"). */
  sourcePronouns: z.array(term).default([]),
});

/** The press's words around a grade: what makes a grade word a claim, negates it, dates it or changes it. */
export const gradePhrasingRule = z.object({
  ...base,
  type: z.literal('grade-phrasing'),
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
});

export const boilerplateRule = z.object({
  ...base,
  type: z.literal('boilerplate'),
  /** Regular expressions (case-insensitive) that mark a block as the publisher's boilerplate. */
  patterns: z.array(term).min(1),
});

export const ruleSchema = z.discriminatedUnion('type', [
  scaleRule,
  negationRule,
  numbersRule,
  datesRule,
  antonymsRule,
  synonymsRule,
  entitiesRule,
  attributionRule,
  boilerplateRule,
  gradePhrasingRule,
]);

export type RuleData = z.infer<typeof ruleSchema>;
export type ScaleRule = z.infer<typeof scaleRule>;
export type NegationRule = z.infer<typeof negationRule>;
export type NumbersRule = z.infer<typeof numbersRule>;
export type DatesRule = z.infer<typeof datesRule>;
export type AntonymsRule = z.infer<typeof antonymsRule>;
export type SynonymsRule = z.infer<typeof synonymsRule>;
export type EntitiesRule = z.infer<typeof entitiesRule>;
export type AttributionRule = z.infer<typeof attributionRule>;
export type BoilerplateRule = z.infer<typeof boilerplateRule>;
export type RuleType = RuleData['type'];
