// Lookups over ranges kept in text order, by binary search instead of a scan per item: a draft of
// 20,000 quotes asked "which sentence holds this quote" once per quote, and its extraction was
// quadratic. Each answer is exactly what the scan (`Array.find` / `filter`) gives; when the ranges
// are not in order (starts and ends both non-decreasing) the scan is used.

/** The first index whose key is > `at` (keys non-decreasing). */
function firstAbove(n: number, key: (i: number) => number, at: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function nonDecreasing<T>(items: readonly T[], key: (t: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (key(items[i]!) < key(items[i - 1]!)) return false;
  return true;
}

/** Ranges in text order, asked which holds a position, or which meet a stretch. */
export class RangeIndex<T> {
  /** Starts and ends both in order (nested quotes break the ends' order; only `startingIn` needs the starts alone). */
  private readonly ordered: boolean;
  private readonly startsOrdered: boolean;

  constructor(
    readonly items: readonly T[],
    private readonly startOf: (t: T) => number,
    private readonly endOf: (t: T) => number,
  ) {
    this.startsOrdered = nonDecreasing(items, startOf);
    this.ordered = this.startsOrdered && nonDecreasing(items, endOf);
  }

  /** The first item with start <= at < end (`find`). */
  at(at: number): T | undefined {
    if (!this.ordered) return this.items.find((t) => this.startOf(t) <= at && at < this.endOf(t));
    const i = firstAbove(this.items.length, (k) => this.endOf(this.items[k]!), at);
    const t = this.items[i];
    return t !== undefined && this.startOf(t) <= at ? t : undefined;
  }

  /** The items with start < to and end > from, in order (`filter`). */
  meeting(from: number, to: number): T[] {
    if (!this.ordered) return this.items.filter((t) => this.startOf(t) < to && this.endOf(t) > from);
    const lo = firstAbove(this.items.length, (k) => this.endOf(this.items[k]!), from);
    const hi = firstAbove(this.items.length, (k) => this.startOf(this.items[k]!), to - 1);
    return this.items.slice(lo, Math.max(lo, hi));
  }

  /** The items whose start is in [from, to), in order (`filter`). */
  startingIn(from: number, to: number): T[] {
    if (!this.startsOrdered) return this.items.filter((t) => this.startOf(t) >= from && this.startOf(t) < to);
    const lo = firstAbove(this.items.length, (k) => this.startOf(this.items[k]!), from - 1);
    const hi = firstAbove(this.items.length, (k) => this.startOf(this.items[k]!), to - 1);
    return this.items.slice(lo, Math.max(lo, hi));
  }
}

export const sentenceIndex = (sentences: Array<[number, number]>) => new RangeIndex(sentences, (s) => s[0], (s) => s[1]);
export const quoteIndex = <Q extends { outerStart: number; outerEnd: number }>(quotes: readonly Q[]) => new RangeIndex(quotes, (q) => q.outerStart, (q) => q.outerEnd);
