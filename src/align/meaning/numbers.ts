import { isContentWord, stem, words as wordsOf } from '../../ingest/tokens.js';

/** How a number is hedged: "nearly 30%" is below 30, "more than 400" above, "around £46m" close to it. */
export type Approx = 'exact' | 'about' | 'below' | 'above' | 'atMost' | 'atLeast';

/** A number the text states, in the unit it counts. */
export interface Quantity {
  unit: 'percent' | 'money' | 'count' | 'year';
  value: number;
  approx: Approx;
  /** For counts, the stem of the noun counted ("practitioners" → practition). */
  counted?: string;
  /** "from 400 to 60": the value it changed from. */
  from?: number;
  /** The words as written, for messages. */
  text: string;
  /** Decimal places as written: "4.5%" is rounded to one place, "£46m" to the million. */
  places: number;
}

/** The numbers pack's data: number words, fractions in words, approximators. */
export interface NumberWords {
  words: Record<string, number>;
  fractions: Record<string, number>;
  approximators: Record<string, Approx>;
}

/** Tolerance of a plain figure beyond its rounding, and of "around" and "nearly", as a share of the value. */
const ABOUT = 0.1;

const MONEY_UNITS: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

/** The patterns of a pack's quantities, made once per pack: the rules compare the numbers of every
 * aligned claim and passage, and building and compiling the pattern per call was a seed check's
 * largest single cost after start-up. `matchAll` runs on a copy, so the one object is never advanced.
 * `may` is what every match holds (a digit, '£', or a number or fraction word at a word's start),
 * found much faster than the whole pattern is tried at every character of a text without one. */
const patterns = new WeakMap<NumberWords, { may: RegExp; full: RegExp }>();

function quantityPatterns(pack: NumberWords): { may: RegExp; full: RegExp } {
  const wordNumber = alternation(Object.keys(pack.words));
  const fraction = alternation(Object.keys(pack.fractions));
  const approx = alternation(Object.keys(pack.approximators));
  const num = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${wordNumber})`;
  const may = new RegExp(`\\d|£|\\b(?:${wordNumber}|${fraction})`, 'iu');
  const full = new RegExp(
    [
      `(?<approx>\\b(?:${approx})\\s+)?`,
      '(?:',
      `(?<money>£\\s?(?<mv>${num})\\s?(?<mu>bn|m|k|billion|million|thousand)?\\b)`,
      `|(?<ratio>\\b(?<rn>${num})\\s+(?:in|out\\s+of)\\s+(?<rd>${num})\\b)`,
      `|(?<frac>\\b(?:${fraction})\\b)`,
      `|(?<pct>\\b(?<pv>${num})\\s?(?:%|\\s?per\\s?cent\\b|\\s?percent\\b))`,
      `|(?<year>\\b(?:1[89]|20)\\d\\d\\b(?!\\s?%))`,
      `|(?<count>\\b(?<cv>${num})(?:\\s+(?<noun>[a-z][a-z'-]+))?\\b)`,
      ')',
    ].join(''),
    'giu',
  );
  return { may, full };
}

/** The quantities stated in a stretch of text: percentages ("24%", "24 per cent", "a third",
 * "one in four"), money ("£46m", "£1.2 billion") and counts of a thing ("three practitioners"),
 * each with its approximator and any "from X to Y" change; and years, which are never counts. */
export function quantities(text: string, pack: NumberWords): Quantity[] {
  let re = patterns.get(pack);
  if (!re) patterns.set(pack, (re = quantityPatterns(pack)));
  if (!re.may.test(text)) return [];
  const out: Array<Quantity & { end: number; isFrom: boolean }> = [];
  for (const m of text.matchAll(re.full)) {
    const g = m.groups!;
    const hedge: Approx = g.approx ? pack.approximators[g.approx.trim().toLowerCase().replace(/\s+/g, ' ')] ?? 'exact' : 'exact';
    const body = m[0].slice(g.approx?.length ?? 0);
    let q: Omit<Quantity, 'approx' | 'text'> | undefined;
    if (g.money) q = { unit: 'money', value: parse(g.mv!, pack) * (MONEY_UNITS[(g.mu ?? '').toLowerCase()] ?? 1), places: places(g.mv!) };
    else if (g.ratio) q = { unit: 'percent', value: (100 * parse(g.rn!, pack)) / parse(g.rd!, pack), places: 0 };
    else if (g.frac) q = { unit: 'percent', value: 100 * pack.fractions[g.frac.toLowerCase().replace(/\s+/g, ' ')]!, places: 0 };
    else if (g.pct) q = { unit: 'percent', value: parse(g.pv!, pack), places: places(g.pv!) };
    else if (g.year) q = { unit: 'year', value: Number(g.year), places: 0 };
    else if (g.count) {
      const value = parse(g.cv!, pack);
      // a date's day is not a count of anything
      if (g.noun && MONTH.test(g.noun)) continue;
      // a number before "of" or "to" counts nothing it names: kept only as the start of a change
      const noun = g.noun && isContentWord(g.noun.toLowerCase()) ? stem(wordsOf(g.noun)[0] ?? g.noun) : undefined;
      q = { unit: 'count', value, ...(noun ? { counted: noun } : {}), places: places(g.cv!) };
    }
    if (!q || Number.isNaN(q.value)) continue;
    // a figure a fraction word reads as ("a third") is itself a round one
    const approxOf: Approx = hedge === 'exact' && (g.frac || g.ratio) ? 'about' : hedge;
    const quantity: Quantity = { ...q, approx: approxOf, text: m[0].trim() };
    const change = /\bfrom\s*$/i.test(text.slice(Math.max(0, m.index - 6), m.index));
    const prev = out[out.length - 1];
    if (prev?.unit === quantity.unit && /^\s*to\s*$/i.test(text.slice(prev.end, m.index)) && prev.isFrom) {
      out[out.length - 1] = { ...quantity, from: prev.value, text: `${prev.text} to ${body.trim()}`, end: m.index + m[0].length, isFrom: false };
      continue;
    }
    // a count that names nothing ends at its number, so that "from 400 to 60" reads as a change
    const end = q.unit === 'count' && !q.counted ? m.index + m[0].indexOf(g.cv!, g.approx?.length ?? 0) + g.cv!.length : m.index + m[0].length;
    out.push({ ...quantity, text: text.slice(m.index, end).trim(), end, isFrom: change });
  }
  return out.map(({ end: _end, isFrom: _isFrom, ...q }) => q);
}

const MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/i;

function alternation(list: string[]): string {
  return [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|') || '(?!)';
}

function parse(n: string, pack: NumberWords): number {
  const w = pack.words[n.toLowerCase()];
  return w ?? Number(n.replace(/,/g, ''));
}

function places(n: string): number {
  return /\.(\d+)$/.exec(n)?.[1]?.length ?? 0;
}

/** Whether the source's figure is what the claim's says, given the claim's hedge and rounding. */
export function consistent(claim: Quantity, source: Quantity): boolean {
  const c = claim.value;
  const s = source.value;
  const rounding = 0.5 * 10 ** -claim.places * (claim.unit === 'money' ? magnitude(c) : 1);
  const slack = Math.max(rounding, source.approx === 'exact' ? 0 : ABOUT * Math.abs(s));
  switch (claim.approx) {
    case 'exact':
      return Math.abs(c - s) <= slack + 1e-9;
    case 'about':
      return Math.abs(c - s) <= Math.max(slack, ABOUT * Math.abs(c)) + 1e-9;
    case 'below':
      return s < c + slack && s >= c * (1 - ABOUT) - slack;
    case 'above':
      return s > c - slack;
    case 'atMost':
      return s <= c + slack;
    case 'atLeast':
      return s >= c - slack;
  }
}

/** The unit a money figure is rounded to: "£46m" is to the million, "£1.2bn" to £100m. */
function magnitude(v: number): number {
  return v >= 1e9 ? 1e9 : v >= 1e6 ? 1e6 : v >= 1e3 ? 1e3 : 1;
}

/** Two quantities count the same thing: both shares, both sums of money, both years, or counts of one noun. */
export function sameThing(a: Quantity, b: Quantity): boolean {
  return a.unit === b.unit && (a.unit !== 'count' || a.counted === b.counted);
}

/** A claim's figure that the source states otherwise for the same thing; a figure the source
 * also states, for that thing, within the claim's hedge is no conflict. */
export function numberConflict(claim: Quantity[], source: Quantity[]): { claim: Quantity; source: Quantity } | undefined {
  for (const c of claim) {
    const same = source.filter((s) => sameThing(c, s));
    if (!same.length || same.some((s) => consistent(c, s) && (c.from === undefined || s.from === undefined || consistentFrom(c, s)))) continue;
    return { claim: c, source: same[0]! };
  }
  return undefined;
}

function consistentFrom(c: Quantity, s: Quantity): boolean {
  return consistent({ ...c, value: c.from!, approx: 'exact' }, { ...s, value: s.from! });
}
