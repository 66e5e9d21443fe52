// What a report states, as data: its passages with locators, its subject, its dates and its grades.
// The judge reads this, never the layout that produced it.

/** Where a passage sits in its report. Only reporters turn one into words. */
export type Locator =
  | { kind: 'paragraph'; n?: number; section?: string; page?: number }
  | { kind: 'table-row'; table: string; row: number; page?: number }
  | { kind: 'heading' | 'label'; text: string; page?: number };

/** The inspection a grade belongs to: the one reported on, or an earlier one the report names by year. */
export type When = 'this inspection' | { year: number };

export interface Span {
  start: number;
  end: number;
}

export interface Grade {
  /** The scale's id: grades are compared only within one scale. */
  scale: string;
  /** Position on the scale, 1 = best. */
  level: number;
  /** The scale's own name for the level. */
  term: string;
  /** The report's own words for what is graded. */
  subject: string;
  /** The canonical area the subject names, when it names one. */
  area?: string;
  overall: boolean;
  when: When;
  at: Locator;
  /** The grade words in the source text. */
  span: Span;
}

/** An ISO date (YYYY-MM-DD) with where the report states it. */
export interface StatedDate {
  date: string;
  at: Locator;
  span: Span;
}

export interface SourceDates {
  inspection?: { start: string; end: string; at: Locator; span: Span };
  /** Separate visit days, when the report lists them (a monitoring visit, a two-part inspection). */
  visits: StatedDate[];
  published?: StatedDate;
}

export interface SourcePassage extends Span {
  at: Locator;
}

export interface SourceDoc {
  id: string;
  profile: string;
  /** The council, trust, force or prison the report is about, by its full name. */
  subject?: string;
  dates: SourceDates;
  passages: SourcePassage[];
  grades: Grade[];
}

export const THIS_INSPECTION: When = 'this inspection';

export function sameWhen(a: When, b: When): boolean {
  return typeof a === 'string' || typeof b === 'string' ? a === b : a.year === b.year;
}
