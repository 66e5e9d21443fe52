// Calendar arithmetic for the draft's relative dates: a period ("last month", "this autumn", "on
// Tuesday") counted from the draft's own date becomes a range of days, to lay beside the report's.
import type { Period, PeriodPart } from '../extract/facts.js';
import { MONTH_NAMES, describeDate, isoDate } from './source-facts.js';

/** Days from `start` to `end` inclusive, as ISO days (YYYY-MM-DD), which sort as the calendar does. */
export interface DayRange {
  start: string;
  end: string;
}

export interface Day {
  year: number;
  /** 0 = January. */
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

/** An ISO day; a month or day outside its range rolls over (month -1 is December of the year before). */
export const isoOf = (year: number, month: number, day: number): string => new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);

const addDays = (iso: string, n: number): string => new Date(Date.parse(iso) + n * DAY_MS).toISOString().slice(0, 10);

/** The day of the week of an ISO day, 0 = Monday. */
export const weekdayOf = (iso: string): number => (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;

/** Whole months `month` to `monthEnd` of `year` (a later month may run into the next year). */
export const monthsRange = (year: number, month: number, monthEnd = month): DayRange => ({ start: isoOf(year, month, 1), end: isoOf(year, monthEnd + 1, 0) });

/** A date the report states (a day, or a month when it gives no day) as days. */
export const statedRange = (iso: string): DayRange => (iso.length === 7 ? monthsRange(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1) : { start: iso, end: iso });

export const overlaps = (a: DayRange, b: DayRange): boolean => a.start <= b.end && b.start <= a.end;

/** How many days a range covers, its first and last included. */
export const dayCount = (range: DayRange): number => Math.round((Date.parse(range.end) - Date.parse(range.start)) / DAY_MS) + 1;

/** Whether a period names its days exactly enough to contradict a report: "last month", "on
 * Tuesday", "yesterday", "earlier this year" do; "the start of this year" and the seasons (which some count from
 * the equinox) are only roughly placed. */
export function isDefinite(p: Period): boolean {
  if (p.unit === 'season') return false;
  if (p.unit === 'weekday' || p.unit === 'day') return true;
  return p.part === undefined || p.part === 'earlier' || p.part === 'later';
}

/** The days a period covers, counted from the draft's date. */
export function periodRange(p: Period, ref: Day): DayRange {
  const today = isoOf(ref.year, ref.month, ref.day);
  switch (p.unit) {
    case 'day': {
      const day = addDays(today, p.offset);
      return { start: day, end: day };
    }
    case 'weekday': {
      // the latest such day on or before the draft's date: "published on Tuesday" is within the week
      const day = addDays(today, -((weekdayOf(today) - p.weekday + 7) % 7));
      return { start: day, end: day };
    }
    case 'week': {
      const monday = addDays(today, 7 * p.offset - weekdayOf(today));
      return withPart({ start: monday, end: addDays(monday, 6) }, p.part, today);
    }
    case 'month':
      return withPart(monthsRange(ref.year, ref.month + p.offset), p.part, today);
    case 'year': {
      // "the start of the year" is its first four months, "the end of last year" its last four
      const year = ref.year + p.offset;
      if (p.part === 'start') return monthsRange(year, 0, 3);
      if (p.part === 'end') return monthsRange(year, 8, 11);
      return withPart(monthsRange(year, 0, 11), p.part, today);
    }
    case 'season':
      return seasonRange(p, today, ref.year);
  }
}

/** "Earlier this month" ends on the draft's date; "the start of this month" is its first third of days. */
function withPart(range: DayRange, part: PeriodPart | undefined, today: string): DayRange {
  const third = Math.floor(dayCount(range) / 3) - 1;
  switch (part) {
    case undefined:
      return range;
    case 'earlier':
      return { start: range.start, end: today < range.end ? today : range.end };
    case 'later':
      return { start: today > range.start ? today : range.start, end: range.end };
    case 'start':
      return { start: range.start, end: addDays(range.start, third) };
    case 'end':
      return { start: addDays(range.end, -third), end: range.end };
  }
}

/** A season's three months: "this" is the one the draft's date falls in, else the nearer; "last" the
 * latest that has ended; "next" the first to come; none ("in the summer") the latest begun. */
function seasonRange(p: Extract<Period, { unit: 'season' }>, today: string, year: number): DayRange {
  const of = (y: number) => monthsRange(y, p.month, p.month + 2);
  const begun = (() => {
    let y = year;
    while (of(y).start > today) y--;
    return y;
  })();
  if (p.offset === undefined) return of(begun);
  if (p.offset === 0) {
    // out of season, "this winter" is the nearer of the one just ended and the one to come
    const [last, next] = [of(begun), of(begun + 1)];
    if (last.end >= today) return last;
    return Date.parse(today) - Date.parse(last.end) <= Date.parse(next.start) - Date.parse(today) ? last : next;
  }
  if (p.offset < 0) return of(of(begun).end < today ? begun : begun - 1);
  return of(begun + 1);
}

/** A range of days as a report prints it: "January 2026", "September to November 2017", "12 to 18 May 2015". */
export function describeRange(range: DayRange): string {
  const [a, b] = [isoDate(range.start), isoDate(range.end)];
  const wholeMonths = a.day === 1 && addDays(range.end, 1).endsWith('-01');
  if (wholeMonths) {
    if (a.year === b.year && a.month === b.month) return `${MONTH_NAMES[a.month]} ${a.year}`;
    return a.year === b.year ? `${MONTH_NAMES[a.month]} to ${MONTH_NAMES[b.month]} ${b.year}` : `${MONTH_NAMES[a.month]} ${a.year} to ${MONTH_NAMES[b.month]} ${b.year}`;
  }
  if (range.start === range.end) return describeDate(a);
  const from = a.year !== b.year ? describeDate(a) : a.month !== b.month ? describeDate({ ...a, year: undefined }) : `${a.day}`;
  return `${from} to ${describeDate(b)}`;
}

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
