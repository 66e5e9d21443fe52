// natural's index pulls in database clients and takes most of a second to load; its stemmer
// and stop-word list load in milliseconds on their own (and are bundled into the CLI).
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import naturalStopwords from 'natural/lib/natural/util/stopwords.js';
import type { NormalizedText } from './normalize.js';

const STOPWORD_LIST = naturalStopwords.words;

export const STOPWORDS: ReadonlySet<string> = new Set(STOPWORD_LIST);

/** A word of the normalized text: lower-cased, with its stem and its place in both texts. */
export interface Token {
  word: string;
  stem: string;
  /** Offsets in the original text. */
  start: number;
  end: number;
}

// Words keep inner apostrophes ("children's", "haven't"); "&" is a word of its own, because
// '&' for 'and' is a change of wording in a quote.
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*|[&%\u00a3$\u20ac]/gu;

const stemCache = new Map<string, string>();
const wordCache = new Map<string, { word: string; stem: string }>();

/** One string per distinct word, with its stem: a long text's tokens share them, not a copy each,
 * and a word is looked up once, not once for itself and again for its stem. */
function known(word: string): { word: string; stem: string } {
  let hit = wordCache.get(word);
  if (!hit) wordCache.set(word, (hit = { word, stem: stem(word) }));
  return hit;
}

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    const bare = word.replace(/'s$|'$/, '').replace(/'/g, '');
    s = /^\d/.test(bare) ? bare : porter.stem(bare);
    stemCache.set(word, s);
  }
  return s;
}

/** A word without its possessive ending ("council's" → "council"). A string test, not a pattern:
 * the callers run once per word of a draft, and a regular expression per word of a 5 MB draft
 * cost a sixth of a second. */
export function withoutPossessive(word: string): string {
  return word.endsWith("'s") ? word.slice(0, -2) : word;
}

/** The symbols WORD reads as words of their own. */
const SYMBOLS: ReadonlySet<string> = new Set(['&', '%', '£', '$', '€']);

export function isContentWord(word: string): boolean {
  return !STOPWORDS.has(word) && !SYMBOLS.has(word);
}

export function tokenize(norm: NormalizedText, from = 0, to = norm.text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  const slice = norm.text;
  for (let m = WORD.exec(slice); m && m.index < to; m = WORD.exec(slice)) {
    const nStart = m.index;
    const nEnd = Math.min(m.index + m[0].length, to);
    const entry = known(slice.slice(nStart, nEnd).toLowerCase());
    tokens.push({
      word: entry.word,
      stem: entry.stem,
      start: norm.starts[nStart] as number,
      end: norm.ends[nEnd - 1] as number,
    });
  }
  return tokens;
}

/** Tokens of a plain string (no position map needed), for rule data and tests. */
export function words(text: string): string[] {
  return (text.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").toLowerCase().match(WORD) ?? []) as string[];
}
