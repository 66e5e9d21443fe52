import { stem, words } from '../ingest/tokens.js';
import { PhraseMatcher } from './phrases.js';
import type { RuleOf, RuleSet } from './rule-set.js';

/** One scale ready for matching: each phrase maps to its level (0 = lowest). */
export interface CompiledScale {
  rule: RuleOf<'scale'>;
  terms: PhraseMatcher<number>;
  cues: PhraseMatcher<true>;
  /** The first phrase of each level, for messages. */
  names: string[];
}

/** The rule data compiled into matchers, once per rule set. */
export interface Lexicon {
  ratings: CompiledScale[];
  degrees: CompiledScale[];
  negation?: { rule: RuleOf<'negation'>; cues: PhraseMatcher<true> };
  numbers?: { rule: RuleOf<'numbers'>; words: PhraseMatcher<number>; counted: PhraseMatcher<string>; totals: Set<string> };
  dates?: {
    rule: RuleOf<'dates'>;
    months: PhraseMatcher<number>;
    units: PhraseMatcher<number>;
    events: PhraseMatcher<true>;
    labels: PhraseMatcher<true>;
    ambiguousMonths: Set<string>;
    pastCues: Set<string>;
    publication: RegExp[];
  };
  antonyms: Array<{ rule: RuleOf<'antonyms'>; opposite: Map<string, Set<string>> }>;
  /** Stem → group ids of the synonym groups it belongs to. */
  synonyms: Map<string, number[]>;
  entities?: {
    rule: RuleOf<'entities'>;
    sourceAliases: PhraseMatcher<true>;
    documentNouns: PhraseMatcher<true>;
    placeSuffixes: PhraseMatcher<true>;
    placePrefixes: PhraseMatcher<true>;
  };
  attribution?: {
    rule: RuleOf<'attribution'>;
    verbs: PhraseMatcher<true>;
    speechVerbs: PhraseMatcher<true>;
    roles: PhraseMatcher<true>;
    firstPerson: Set<string>;
    speakerPronouns: Set<string>;
    sourcePronouns: Set<string>;
  };
  boilerplate: Array<{ rule: RuleOf<'boilerplate'>; patterns: RegExp[] }>;
  gradePhrasing?: {
    rule: RuleOf<'grade-phrasing'>;
    cues: PhraseMatcher<true>;
    cuesAfter: PhraseMatcher<true>;
    copulas: Set<string>;
    negations: PhraseMatcher<true>;
    previous: PhraseMatcher<true>;
    changes: PhraseMatcher<true>;
    overall: PhraseMatcher<true>;
  };
}

const cache = new WeakMap<RuleSet, Lexicon>();

const flag = (list: string[]) => new PhraseMatcher<true>(list.map((p) => [p, true]));

function compileScale(rule: RuleOf<'scale'>): CompiledScale {
  return {
    rule,
    terms: new PhraseMatcher(rule.levels.flatMap((level, i) => level.map((p) => [p, i] as [string, number]))),
    cues: flag(rule.cues),
    names: rule.levels.map((level) => level[0] as string),
  };
}

export function lexicon(rules: RuleSet): Lexicon {
  const hit = cache.get(rules);
  if (hit) return hit;
  const scales = rules.ofType('scale').map(compileScale);
  const negation = rules.one('negation');
  const numbers = rules.one('numbers');
  const dates = rules.one('dates');
  const entities = rules.one('entities');
  const attribution = rules.one('attribution');
  const gradePhrasing = rules.one('grade-phrasing');
  const synonyms = new Map<string, number[]>();
  rules.ofType('synonyms').forEach((rule, r) =>
    rule.groups.forEach((group, g) => {
      for (const phrase of group) {
        const key = words(phrase).map(stem).join(' ');
        synonyms.set(key, [...(synonyms.get(key) ?? []), r * 10000 + g]);
      }
    }),
  );
  const lex: Lexicon = {
    ratings: scales.filter((s) => s.rule.role === 'rating'),
    degrees: scales.filter((s) => s.rule.role === 'degree'),
    negation: negation && { rule: negation, cues: flag(negation.cues) },
    numbers: numbers && {
      rule: numbers,
      words: new PhraseMatcher(Object.entries(numbers.words)),
      counted: new PhraseMatcher(Object.entries(numbers.counted)),
      totals: new Set(numbers.totals.map((w) => w.toLowerCase())),
    },
    dates: dates && {
      rule: dates,
      months: new PhraseMatcher(dates.months.flatMap((names, i) => names.map((n) => [n, i] as [string, number]))),
      units: new PhraseMatcher(Object.entries(dates.units)),
      events: flag(dates.events),
      labels: flag(dates.dateLabels),
      ambiguousMonths: new Set(dates.ambiguousMonths.map((m) => m.toLowerCase())),
      pastCues: new Set(dates.pastCues.map((m) => m.toLowerCase())),
      publication: dates.publicationPatterns.map((p) => new RegExp(p, 'iu')),
    },
    antonyms: rules.ofType('antonyms').map((rule) => {
      const opposite = new Map<string, Set<string>>();
      for (const [a, b] of rule.pairs) {
        const [sa, sb] = [stem(a.toLowerCase()), stem(b.toLowerCase())];
        opposite.set(sa, new Set([...(opposite.get(sa) ?? []), sb]));
        opposite.set(sb, new Set([...(opposite.get(sb) ?? []), sa]));
      }
      return { rule, opposite };
    }),
    synonyms,
    entities: entities && {
      rule: entities,
      sourceAliases: flag(entities.sourceAliases),
      documentNouns: flag(entities.documentNouns),
      placeSuffixes: flag(entities.placeSuffixes),
      placePrefixes: flag(entities.placePrefixes),
    },
    attribution: attribution && {
      rule: attribution,
      verbs: flag(attribution.verbs),
      speechVerbs: flag(attribution.speechVerbs),
      roles: flag(attribution.roles),
      firstPerson: new Set(attribution.firstPerson.map((w) => w.toLowerCase())),
      speakerPronouns: new Set(attribution.speakerPronouns.map((w) => w.toLowerCase())),
      sourcePronouns: new Set(attribution.sourcePronouns.map((w) => w.toLowerCase())),
    },
    boilerplate: rules.ofType('boilerplate').map((rule) => ({ rule, patterns: rule.patterns.map((p) => new RegExp(p, 'iu')) })),
    gradePhrasing: gradePhrasing && {
      rule: gradePhrasing,
      cues: flag(gradePhrasing.cues),
      cuesAfter: flag(gradePhrasing.cuesAfter),
      copulas: new Set(gradePhrasing.copulas.map((w) => w.toLowerCase())),
      negations: flag(gradePhrasing.negations),
      previous: flag(gradePhrasing.previous),
      changes: flag(gradePhrasing.changes),
      overall: flag(gradePhrasing.overall),
    },
  };
  cache.set(rules, lex);
  return lex;
}
