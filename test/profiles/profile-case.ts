import { expect, it } from 'vitest';
import { layout } from '../../src/layout/index.js';
import { lex } from '../helpers.js';

/** What a profile must read off a report in its inspectorate's layout. */
export interface ProfileCase {
  /** A report's opening as the inspectorate prints it. */
  report: string;
  subject?: string;
  inspection?: { start: string; end: string };
  published?: string;
  /** [subject as printed, grade term, level on the profile's scale (1 = best)] for this inspection's grades. */
  grades: Array<[string, string, number]>;
  /** The overall grade's term, if the report states one. */
  overall?: string;
}

/** The report picks the profile from its own words, and the profile's readers give its subject, dates and grades on its scale. */
export function profileCase(id: string, scale: string | undefined, c: ProfileCase): void {
  const doc = layout('S1', { path: 'report.txt', text: c.report, format: 'text' }, lex);
  it(`is chosen by the report's own words`, () => expect(doc.profile).toBe(id));
  it('reads the subject and the dates', () => {
    if (c.subject) expect(doc.subject).toBe(c.subject);
    if (c.inspection) expect({ start: doc.dates.inspection?.start, end: doc.dates.inspection?.end }).toEqual(c.inspection);
    if (c.published) expect(doc.dates.published?.date).toBe(c.published);
  });
  it('reads every grade on its own scale', () => {
    const now = doc.grades.filter((g) => g.when === 'this inspection' && !g.overall);
    expect(now.map((g) => [g.subject, g.term, g.level])).toEqual(c.grades);
    if (scale) expect(new Set(doc.grades.map((g) => g.scale))).toEqual(new Set([scale]));
    else expect(doc.grades).toEqual([]);
    if (c.overall) expect(doc.grades.find((g) => g.overall && g.when === 'this inspection')?.term).toBe(c.overall);
  });
}
