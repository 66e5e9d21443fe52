import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/document.js';
import { findFacts, type FactValue } from '../../src/extract/facts.js';
import { lex } from '../helpers.js';

const valuesOf = (sentence: string): FactValue[] => {
  const doc = makeDoc({ path: 'draft.txt', text: sentence, format: 'text' });
  return findFacts({ tokens: doc.tokens, text: doc.text }, lex).map((f) => f.value);
};
const periodOf = (sentence: string) => valuesOf(sentence).find((v) => v.type === 'period');
const dateOf = (sentence: string) => valuesOf(sentence).find((v) => v.type === 'date');

describe('facts: dates counted from the draft', () => {
  it('reads last, this and next weeks and months, and the event they date', () => {
    expect(periodOf('After an inspection last month, the trust was rated good.')).toEqual({ type: 'period', period: { unit: 'month', offset: -1 }, event: 'inspection' });
    expect(periodOf('The report was published last week.')).toEqual({ type: 'period', period: { unit: 'week', offset: -1 }, event: 'publication' });
    expect(periodOf('Inspectors will visit the home next month.')).toMatchObject({ period: { unit: 'month', offset: 1 }, event: 'inspection' });
  });

  it('reads "last month\'s inspection" and "yesterday" where they date the report', () => {
    expect(periodOf('Last month\'s inspection found leaders had acted quickly.')).toMatchObject({ period: { unit: 'month', offset: -1 }, event: 'inspection' });
    expect(periodOf('The report published yesterday was welcomed.')).toMatchObject({ period: { unit: 'day', offset: -1 }, event: 'publication' });
  });

  it('reads a part of a period: earlier this year, the start of this year, the end of last month', () => {
    expect(periodOf('The findings were published earlier this year.')).toMatchObject({ period: { unit: 'year', offset: 0, part: 'earlier' } });
    expect(periodOf('The academy was inspected at the start of this year.')).toMatchObject({ period: { unit: 'year', offset: 0, part: 'start' } });
    expect(periodOf('Inspectors visited at the end of last month.')).toMatchObject({ period: { unit: 'month', offset: -1, part: 'end' } });
  });

  it('leaves "this year" and "last year" alone to the year rule', () => {
    expect(periodOf('The report was published this year.')).toBeUndefined();
    expect(valuesOf('The report was published this year.')).toContainEqual({ type: 'relative', unit: 'year', offset: 0 });
  });

  it('reads seasons, with and without this or last, but not one that names its year', () => {
    expect(periodOf('They carried out a second inspection this autumn.')).toMatchObject({ period: { unit: 'season', month: 8, offset: 0 } });
    expect(periodOf('The service was inspected in the summer.')).toMatchObject({ period: { unit: 'season', month: 5 } });
    expect(periodOf('The service was inspected in the summer of 2019.')).toBeUndefined();
  });

  it('reads a bare day name after "on", never an abbreviation or a lower-case word', () => {
    expect(periodOf('The report published on Wednesday was critical.')).toMatchObject({ period: { unit: 'weekday', weekday: 2 }, event: 'publication' });
    expect(periodOf('The report published on Wed was critical.')).toBeUndefined();
  });

  it('reads no relative date where no inspection or publication is dated', () => {
    expect(periodOf('The council appointed a new director last month.')).toBeUndefined();
    expect(periodOf('The new director starts on Monday.')).toBeUndefined();
  });

  it('reads a day name stated with a date, and a range of months', () => {
    expect(dateOf('On Saturday 6th July, the regulator published its findings.')).toMatchObject({ day: 6, month: 6, weekday: 5, event: 'publication' });
    expect(dateOf('Inspectors visited between March and April this year.')).toMatchObject({ month: 2, monthEnd: 3, yearOffset: 0, event: 'inspection' });
    expect(dateOf('The inspection ran 12-16 May 2025.')).toMatchObject({ day: 12, dayEnd: 16, month: 4, year: 2025 });
  });

  it('reads a range of days across a month\'s end as one period, its year given once', () => {
    expect(valuesOf('Inspectors were in Northshire between 30 September to 11 October 2024.')).toEqual([{ type: 'date', day: 30, month: 8, dayEnd: 11, monthEnd: 9, year: 2024 }]);
    expect(dateOf('The visit ran from 27 June and 8 July 2023.')).toMatchObject({ day: 27, month: 5, dayEnd: 8, monthEnd: 6, year: 2023 });
  });

  it('reads no year in the name of a law: the Children Act 1989 is no date', () => {
    expect(valuesOf('The board was reviewed under the Northshire Safeguarding Regulations 2013.')).toEqual([]);
    expect(valuesOf('Leaders acted in 2013 under the Children Act 1989.')).toEqual([{ type: 'year', year: 2013 }]);
  });
});

describe('facts: ages are not durations', () => {
  it('reads "17-year-olds" and "a two-year-old" as ages, and "two years" as a duration', () => {
    const durations = (s: string) => valuesOf(s).filter((v) => v.type === 'duration');
    expect(durations('The response to homeless 16 and 17-year-olds is strong.')).toEqual([]);
    expect(durations('Inspectors met a two-year-old and her foster carers.')).toEqual([]);
    expect(durations('The inspection found two years of drift.')).toHaveLength(1);
  });
});
