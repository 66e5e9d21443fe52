import { isContentWord, stem, words as wordsOf } from '../../ingest/tokens.js';

/** How a number is hedged: "nearly 30%" is below 30, "more than 400" above, "around £46m" close to it. */
export type Approx = 'exact' | 'about' | 'below' | 'above' | 'atMost' | 'atLeast';

/** A number the text states, in the unit it counts. */
export interface Quantity {
  unit: 'percent' | 'money' | 'count' | 'year';
  value: number;
  approx: Approx;
  /** The stem of the noun counted ("three practitioners" → practition), or of the whole a share is
   * of ("42% of care leavers" → care), when the words name one. */
  counted?: string;
  /** A share given by a quantifier ("most", "almost all"), not a figure. */
  quantifier?: boolean;
  /** "from 400 to 60": the value it changed from. */
  from?: number;
  /** "cut 60 places", "rose by 12%": the size of a change, not a level. */
  delta?: boolean;
  /** A fraction in words ("half", "one in four"): a round share. */
  round?: boolean;
  /** The words as written, for messages. */
  text: string;
  /** Decimal places as written: "4.5%" is rounded to one place, "£46m" to the million. */
  places: number;
}

/** The numbers pack's data: number words, fractions in words, approximators, the words that make a figure a change's size. */
export interface NumberWords {
  words: Record<string, number>;
  fractions: Record<string, number>;
  approximators: Record<string, Approx>;
  deltas: string[];
  /** Quantifiers read as shares of the whole: "most" is above 50%, "almost all" at least 80%. */
  shares: Record<string, [Approx, number]>;
}

/** How far a hedged figure reaches, as a share of it (the judge's policy table sets them). */
export interface Tolerance {
  /** "around", and any figure the source hedges. */
  about: number;
  /** How far below its figure "nearly" reaches… */
  below: number;
  /** …and below a fraction in words, which is rounder ("nearly half"). */
  belowRound: number;
}

const MONEY_UNITS: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

/** The patterns of a pack's quantities, made once per pack: the rules compare the numbers of every
 * aligned claim and passage, and building and compiling the pattern per call was a seed check's
 * largest single cost after start-up. `matchAll` runs on a copy, so a pattern is never advanced. */
const patterns = new WeakMap<NumberWords, QuantityPatterns>();

/** A phrase of the pack, with the one of its words a text must hold for the phrase to match in it
 * ('' for a phrase beyond ASCII, which is then always tried: lower case is a safe test of the
 * case-blind match only for ASCII, where just the long s and the Kelvin sign fold into it). */
interface PackPhrase {
  phrase: string;
  key: string;
}

/** The pack's patterns, and the quantities already read per text: a passage aligned with several
 * claims that give figures is read once. */
interface QuantityPatterns {
  words: PackPhrase[];
  fractions: PackPhrase[];
  approximators: PackPhrase[];
  /** The whole pattern, made with only the number words, fractions and approximators a text can
   * hold (by their index lists): a phrase the text lacks cannot match anywhere in it, so the
   * matches are those of the pattern with every phrase, which V8 takes some 10 ms to compile
   * (twice: for its interpreter, then as machine code), where most texts need none or two. */
  full: Map<string, RegExp>;
  delta: RegExp;
  shares: RegExp;
  /** By text, without and with quantifiers (`shares`). */
  read: { plain: Map<string, readonly Quantity[]>; shares: Map<string, readonly Quantity[]> };
}

function quantityPatterns(pack: NumberWords): QuantityPatterns {
  const keyOf = (phrase: string) => (/^[\x20-\x7e]*$/.test(phrase) ? phrase.toLowerCase().split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a)) : '');
  const phrases = (list: string[]): PackPhrase[] => byLength(list).map((phrase) => ({ phrase, key: keyOf(phrase) }));
  return {
    words: phrases(Object.keys(pack.words)),
    fractions: phrases(Object.keys(pack.fractions)),
    approximators: phrases(Object.keys(pack.approximators)),
    full: new Map(),
    delta: new RegExp(`\\b(?:${alternation(pack.deltas)})\\s+$`, 'i'),
    shares: new RegExp(`\\b(?:${alternation(Object.keys(pack.shares))})\\b`, 'gi'),
    read: { plain: new Map(), shares: new Map() },
  };
}

/** The whole pattern for a text, or undefined when the text holds no figure: every match has a
 * digit, '£', or a number or fraction word. */
function fullPatternFor(text: string, re: QuantityPatterns): RegExp | undefined {
  // a superset of what the case-blind pattern can meet of an ASCII phrase: lower case (the Kelvin
  // sign is k in it), and the long s, which the pattern folds to s
  const lower = text.toLowerCase().replace(/\u017f/g, 's');
  const held = (list: PackPhrase[]) => list.flatMap((p, i) => (lower.includes(p.key) ? [i] : []));
  const [words, fractions] = [held(re.words), held(re.fractions)];
  if (words.length === 0 && fractions.length === 0 && !/\d|\u00a3/.test(text)) return undefined;
  const approximators = held(re.approximators);
  const key = `${words}/${fractions}/${approximators}`;
  let full = re.full.get(key);
  if (!full) re.full.set(key, (full = fullPattern(pick(re.words, words), pick(re.fractions, fractions), pick(re.approximators, approximators))));
  return full;
}

const pick = (list: PackPhrase[], at: number[]) => at.map((i) => list[i]!.phrase);

function fullPattern(words: string[], fractions: string[], approximators: string[]): RegExp {
  const wordNumber = alternation(words);
  const fraction = alternation(fractions);
  const num = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${wordNumber})`;
  return new RegExp(
    [
      `(?<approx>\\b(?:${alternation(approximators)})\\s+)?`,
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
}

/** The quantities stated in a stretch of text: percentages ("24%", "24 per cent", "a third",
 * "one in four"), money ("£46m", "£1.2 billion") and counts of a thing ("three practitioners"),
 * each with its approximator and any "from X to Y" change; and years, which are never counts.
 * With `shares`, quantifiers too ("most care leavers" is more than 50% of them): a claim's "most"
 * is checked against a source's figure, never a source's "most" against a claim's figure, as a
 * quantifier's range is not a figure's tolerance. */
export function quantities(text: string, pack: NumberWords, shares = false): readonly Quantity[] {
  let re = patterns.get(pack);
  if (!re) patterns.set(pack, (re = quantityPatterns(pack)));
  const read = shares ? re.read.shares : re.read.plain;
  let found = read.get(text);
  if (!found) read.set(text, (found = quantitiesIn(text, pack, re, shares)));
  return found;
}

function quantitiesIn(text: string, pack: NumberWords, re: QuantityPatterns, shares: boolean): Quantity[] {
  const out: Array<Quantity & { end: number; isFrom: boolean }> = [];
  const full = fullPatternFor(text, re);
  for (const m of full ? text.matchAll(full) : []) {
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
    const isDelta = q.unit !== 'year' && !g.approx && re.delta.test(text.slice(Math.max(0, m.index - 24), m.index));
    const quantity: Quantity = { ...q, approx: approxOf, text: m[0].trim(), ...(isDelta ? { delta: true } : {}), ...(g.frac || g.ratio ? { round: true } : {}) };
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
  if (shares) out.push(...quantifiers(text, pack, re.shares));
  return out.map(({ end, isFrom: _isFrom, ...q }) => ({ ...q, ...(q.unit === 'percent' && !q.counted ? wholeAfter(text, end) : {}) }));
}

/** "most care leavers", "almost all of the children": shares of a named whole. */
function quantifiers(text: string, pack: NumberWords, re: RegExp): Array<Quantity & { end: number; isFrom: boolean }> {
  const out: Array<Quantity & { end: number; isFrom: boolean }> = [];
  for (const m of text.matchAll(re)) {
    const [approx, value] = pack.shares[m[0].toLowerCase().replace(/\s+/g, ' ')]!;
    const end = m.index + m[0].length;
    const whole = wholeAfter(text, end);
    // a quantifier of nothing named ("most of it", "in the main") is no share to compare
    if (whole.counted) out.push({ unit: 'percent', value, approx, quantifier: true, text: m[0], places: 0, end, isFrom: false, ...whole });
  }
  return out;
}

/** The whole a share is of: the first content word after it, past "of", "the" and the like. */
function wholeAfter(text: string, at: number): { counted?: string } {
  const next = /^\s*(?:of\s+)?(?:(?:the|all|its|their|these|those|our)\s+)?([\p{L}][\p{L}'-]*)/u.exec(text.slice(at, at + 60));
  const word = next?.[1]?.toLowerCase();
  return word && isContentWord(word) ? { counted: stem(wordsOf(word)[0] ?? word) } : {};
}

const MONTH = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Longest first, so that "a third" is tried before "a"; equal lengths keep the pack's order. */
const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);

function alternation(list: string[]): string {
  return byLength(list).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|') || '(?!)';
}

function parse(n: string, pack: NumberWords): number {
  const w = pack.words[n.toLowerCase()];
  return w ?? Number(n.replace(/,/g, ''));
}

function places(n: string): number {
  return /\.(\d+)$/.exec(n)?.[1]?.length ?? 0;
}

/** Whether the source's figure is what the claim's says, given the claim's hedge and rounding. */
export function consistent(claim: Quantity, source: Quantity, tolerance: Tolerance): boolean {
  const c = claim.value;
  const s = source.value;
  const rounding = 0.5 * 10 ** -claim.places * (claim.unit === 'money' ? magnitude(c) : 1);
  const slack = Math.max(rounding, source.approx === 'exact' ? 0 : tolerance.about * Math.abs(s));
  switch (claim.approx) {
    case 'exact':
      return Math.abs(c - s) <= slack + 1e-9;
    case 'about':
      return Math.abs(c - s) <= Math.max(slack, tolerance.about * Math.abs(c)) + 1e-9;
    case 'below':
      return s < c + slack && s >= c * (1 - (claim.round ? tolerance.belowRound : tolerance.below)) - slack;
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

/** Two quantities count the same thing: both shares (of the same whole, where both name one; a
 * quantifier's always), both sums of money, both years, or counts of one noun; and both levels or
 * both sizes of a change ("cut 60" is not a level of 60). */
export function sameThing(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit || !a.delta !== !b.delta) return false;
  if (a.unit === 'count' || a.quantifier || b.quantifier) return a.counted === b.counted;
  return !(a.counted && b.counted && a.counted !== b.counted);
}

/** A "from X to Y" change on one side read as the size of the change, for the other side's "cut 60". */
const sizeOf = ({ from, ...q }: Quantity): Quantity => ({ ...q, value: Math.abs(from! - q.value), delta: true });

/** A claim's figure that the source states otherwise for the same thing; a figure the source
 * also states, for that thing, within the claim's hedge is no conflict. A change "from 400 to 60"
 * meets the source's "cut 60" by its size, 340. */
export function numberConflict(claim: readonly Quantity[], source: readonly Quantity[], tolerance: Tolerance): { claim: Quantity; source: Quantity } | undefined {
  const changes = (qs: readonly Quantity[]) => qs.filter((q) => q.from !== undefined).map(sizeOf);
  const sizedSource = [...source, ...changes(source)];
  for (const c of [...claim, ...changes(claim)]) {
    const same = sizedSource.filter((s) => sameThing(c, s));
    if (!same.length || same.some((s) => consistent(c, s, tolerance) && (c.from === undefined || s.from === undefined || consistentFrom(c, s, tolerance)))) continue;
    return { claim: c, source: same[0]! };
  }
  return undefined;
}

function consistentFrom(c: Quantity, s: Quantity, tolerance: Tolerance): boolean {
  return consistent({ ...c, value: c.from!, approx: 'exact' }, { ...s, value: s.from! }, tolerance);
}
