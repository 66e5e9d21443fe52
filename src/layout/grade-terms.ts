import type { Token } from '../ingest/tokens.js';
import type { PhraseMatcher } from '../rules/phrases.js';
import type { Locator, Span } from './source-doc.js';

/** How a grade level reads in press language, from emphatic praise to emphatic censure: a mixed
 * level leans one way or neither ("requires improvement" is no failure, and no praise either). */
export const POLARITIES = ['strong-positive', 'positive', 'mixed-positive', 'mixed', 'mixed-negative', 'negative', 'strong-negative'] as const;
export type Polarity = (typeof POLARITIES)[number];

/** One grading scale of a report, ready for reading: its terms, best level first. */
export interface GradeScale {
  id: string;
  /** phrase → level, 1 = best */
  terms: PhraseMatcher<number>;
  /** The canonical term of each level (index = level - 1). */
  names: string[];
  /** Every word that appears in a term: a table cell made only of these is (part of) a grade. */
  vocabulary: Set<string>;
  /** The polarity of each level (index = level - 1), when the profile gives one. */
  polarity?: Polarity[];
}

/** A grade term found in a run of tokens. */
export interface GradeHit {
  scale: GradeScale;
  level: number;
  /** Token indexes [from, to) of the words that state it. */
  from: number;
  to: number;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The longest grade term starting at word `i`, on any scale. */
export function gradeAt(seq: readonly string[], i: number, scales: GradeScale[]): GradeHit | undefined {
  let best: GradeHit | undefined;
  for (const scale of scales) {
    const m = scale.terms.matchAt(seq, i);
    if (m && (!best || m.to > best.to)) best = { scale, level: m.value, from: m.from, to: m.to };
  }
  return best;
}

/** The grade when a run of tokens is a grade term and nothing else ("Good", "Requires improvement to be good"). */
export function wholeGrade(tokens: readonly Token[], scales: GradeScale[]): GradeHit | undefined {
  const hit = gradeAt(tokens.map((t) => t.word), 0, scales);
  return hit && hit.to === tokens.length ? hit : undefined;
}

export function isGradeWord(word: string, scales: GradeScale[]): boolean {
  return scales.some((s) => s.vocabulary.has(word));
}

/** A grade as a reader found it stated: its level, what it grades, where, and the grade words. */
export interface StatedGrade {
  hit: Omit<GradeHit, 'from' | 'to'>;
  subject: string;
  at: Locator;
  span: Span;
}
