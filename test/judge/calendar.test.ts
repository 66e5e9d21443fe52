import { describe, expect, it } from 'vitest';
import { describeRange, isDefinite, periodRange, statedRange, weekdayOf, type Day } from '../../src/judge/calendar.js';
import type { Period } from '../../src/extract/facts.js';

// 24 February 2026 is a Tuesday; 9 January 2026 a Friday
const TUESDAY: Day = { year: 2026, month: 1, day: 24 };
const JANUARY: Day = { year: 2026, month: 0, day: 9 };
const range = (p: Period, ref: Day) => periodRange(p, ref);

describe('calendar', () => {
  it('knows the day of the week, Monday first', () => {
    expect(weekdayOf('2026-02-24')).toBe(1);
    expect(weekdayOf('2026-03-01')).toBe(6);
  });

  describe('months', () => {
    it('last month is the whole calendar month before', () => {
      expect(range({ unit: 'month', offset: -1 }, TUESDAY)).toEqual({ start: '2026-01-01', end: '2026-01-31' });
    });
    it('last month in January is December of the year before', () => {
      expect(range({ unit: 'month', offset: -1 }, JANUARY)).toEqual({ start: '2025-12-01', end: '2025-12-31' });
    });
    it('next month in December is January of the next year', () => {
      expect(range({ unit: 'month', offset: 1 }, { year: 2025, month: 11, day: 3 })).toEqual({ start: '2026-01-01', end: '2026-01-31' });
    });
    it('earlier this month ends on the draft\'s date; later this month starts there', () => {
      expect(range({ unit: 'month', offset: 0, part: 'earlier' }, TUESDAY)).toEqual({ start: '2026-02-01', end: '2026-02-24' });
      expect(range({ unit: 'month', offset: 0, part: 'later' }, TUESDAY)).toEqual({ start: '2026-02-24', end: '2026-02-28' });
    });
  });

  it('the start of this month is its first ten days, the end of it the last ten', () => {
    expect(range({ unit: 'month', offset: 0, part: 'start' }, { year: 2026, month: 0, day: 20 })).toEqual({ start: '2026-01-01', end: '2026-01-10' });
    expect(range({ unit: 'month', offset: -1, part: 'end' }, TUESDAY)).toEqual({ start: '2026-01-22', end: '2026-01-31' });
  });

  describe('weeks and days', () => {
    it('last week is the Monday-to-Sunday week before the draft\'s', () => {
      expect(range({ unit: 'week', offset: -1 }, TUESDAY)).toEqual({ start: '2026-02-16', end: '2026-02-22' });
    });
    it('this week runs Monday to Sunday around the draft\'s date', () => {
      expect(range({ unit: 'week', offset: 0 }, TUESDAY)).toEqual({ start: '2026-02-23', end: '2026-03-01' });
    });
    it('yesterday is the day before the draft\'s, across a month\'s end', () => {
      expect(range({ unit: 'day', offset: -1 }, { year: 2026, month: 2, day: 1 })).toEqual({ start: '2026-02-28', end: '2026-02-28' });
    });
    it('on Friday is the latest Friday on or before the draft\'s date', () => {
      expect(range({ unit: 'weekday', weekday: 4 }, TUESDAY)).toEqual({ start: '2026-02-20', end: '2026-02-20' });
    });
    it('on Tuesday written on a Tuesday is that day', () => {
      expect(range({ unit: 'weekday', weekday: 1 }, TUESDAY)).toEqual({ start: '2026-02-24', end: '2026-02-24' });
    });
    it('a weekday early in January can fall in the year before', () => {
      // 9 January 2026 is a Friday: the Saturday before it is 3 January, the Thursday 8 January
      expect(range({ unit: 'weekday', weekday: 5 }, JANUARY).start).toBe('2026-01-03');
      expect(range({ unit: 'weekday', weekday: 4 }, { year: 2026, month: 0, day: 1 }).start).toBe('2025-12-26');
    });
  });

  describe('years', () => {
    it('earlier this year runs from 1 January to the draft\'s date', () => {
      expect(range({ unit: 'year', offset: 0, part: 'earlier' }, TUESDAY)).toEqual({ start: '2026-01-01', end: '2026-02-24' });
    });
    it('the start of this year is its first four months; the end of last year the last four of the year before', () => {
      expect(range({ unit: 'year', offset: 0, part: 'start' }, TUESDAY)).toEqual({ start: '2026-01-01', end: '2026-04-30' });
      expect(range({ unit: 'year', offset: -1, part: 'end' }, TUESDAY)).toEqual({ start: '2025-09-01', end: '2025-12-31' });
    });
  });

  describe('seasons (meteorological, UK)', () => {
    const autumn = 8;
    const winter = 11;
    const summer = 5;
    it('this autumn, written in December, is the autumn just ended', () => {
      expect(range({ unit: 'season', month: autumn, offset: 0 }, { year: 2025, month: 11, day: 15 })).toEqual({ start: '2025-09-01', end: '2025-11-30' });
    });
    it('this winter, written in January, began the December before', () => {
      expect(range({ unit: 'season', month: winter, offset: 0 }, JANUARY)).toEqual({ start: '2025-12-01', end: '2026-02-28' });
    });
    it('this winter, written in March, is the winter just ended; this autumn, written in July, the one to come', () => {
      expect(range({ unit: 'season', month: winter, offset: 0 }, { year: 2026, month: 2, day: 20 })).toEqual({ start: '2025-12-01', end: '2026-02-28' });
      expect(range({ unit: 'season', month: autumn, offset: 0 }, { year: 2025, month: 6, day: 1 })).toEqual({ start: '2025-09-01', end: '2025-11-30' });
    });
    it('last summer, written in July, is the summer of the year before', () => {
      expect(range({ unit: 'season', month: summer, offset: -1 }, { year: 2025, month: 6, day: 10 })).toEqual({ start: '2024-06-01', end: '2024-08-31' });
    });
    it('in the summer, written in October, is the summer just gone', () => {
      expect(range({ unit: 'season', month: summer }, { year: 2025, month: 9, day: 10 })).toEqual({ start: '2025-06-01', end: '2025-08-31' });
    });
  });

  it('only exactly placed periods may contradict a report', () => {
    expect(isDefinite({ unit: 'month', offset: -1 })).toBe(true);
    expect(isDefinite({ unit: 'weekday', weekday: 2 })).toBe(true);
    expect(isDefinite({ unit: 'year', offset: 0, part: 'earlier' })).toBe(true);
    expect(isDefinite({ unit: 'year', offset: 0, part: 'start' })).toBe(false);
    expect(isDefinite({ unit: 'season', month: 8, offset: 0 })).toBe(false);
  });

  it('describes ranges as a report prints them', () => {
    expect(describeRange({ start: '2026-01-01', end: '2026-01-31' })).toBe('January 2026');
    expect(describeRange({ start: '2025-09-01', end: '2025-11-30' })).toBe('September to November 2025');
    expect(describeRange({ start: '2025-12-01', end: '2026-02-28' })).toBe('December 2025 to February 2026');
    expect(describeRange({ start: '2026-02-16', end: '2026-02-22' })).toBe('16 to 22 February 2026');
    expect(describeRange(statedRange('2026-03'))).toBe('March 2026');
  });
});
