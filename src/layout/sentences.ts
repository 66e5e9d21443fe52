// Sentence boundaries inside one block, with abbreviations and initials handled.
import { startsUpperOrNumber } from '../ingest/letters.js';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'cllr', 'rev', 'hon', 'no', 'nos', 'vol', 'p', 'pp', 'para', 'paras',
  'e.g', 'i.e', 'etc', 'vs', 'approx', 'dept', 'est', 'inc', 'ltd', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'cf', 'al', 'govt', 'corp',
]);

/** Sentence ranges [start, end) of `text`, offset by `base`. */
export function splitSentences(text: string, base = 0): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // a full stop, closers and space: a boundary where a sentence opens after it (see opensSentence;
  // a pattern's \p{Lu} look-ahead cost more to compile than the rest of the split)
  const boundary = /([.!?]+|\.\.\.|\u2026)(["'\u201d\u2019)\]]*)(\s+)/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (!opensSentence(text, m.index + m[0].length)) {
      // no boundary here, nor at any later start inside the same punctuation
      boundary.lastIndex = m.index + 1;
      continue;
    }
    const punctEnd = m.index + m[1]!.length + m[2]!.length;
    if (m[1] === '.' && isAbbreviation(text, m.index)) continue;
    push(out, text, start, punctEnd, base);
    start = punctEnd + m[3]!.length;
  }
  push(out, text, start, text.length, base);
  return out;
}

const OPENERS: ReadonlySet<string> = new Set(['"', "'", '“', '‘', '(', '[']);

/** Whether a sentence opens at `at` (`["'“‘([]?[\p{Lu}\p{N}•-]`): an opening mark at most, then a
 * capital, a digit, a bullet or a dash. */
function opensSentence(text: string, at: number): boolean {
  const from = OPENERS.has(text[at] ?? '') ? at + 1 : at;
  const c = text[from];
  return c === '•' || c === '-' || startsUpperOrNumber(text.slice(from, from + 2));
}

function isAbbreviation(text: string, dot: number): boolean {
  const window = text.slice(Math.max(0, dot - 12), dot);
  // the same tests in ASCII where the text is: compiling the Unicode patterns cost more than the
  // rest of a draft's split (\p{L} and [A-Za-z] agree on ASCII)
  const ascii = !/[^\t\n\r -~]/.test(window);
  const before = (ascii ? /([A-Za-z.]+)$/ : /([\p{L}.]+)$/u).exec(window);
  if (!before) return false;
  const word = before[1]!;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // a single capital is an initial ("J. Smith"), "e.g" style dotted forms are abbreviations
  return ascii ? /^[A-Z]$/.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word) : /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

function push(out: Array<[number, number]>, text: string, start: number, end: number, base: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push([base + s, base + e]);
}

/** Cuts ranges longer than `maxWords` words into pieces of at most that many, at word boundaries,
 * so that a text with no sentence ends (a 5 MB line) is matched piece by piece, not all at once. */
export function capRanges(
  ranges: Array<[number, number]>,
  wordsIn: (start: number, end: number) => ReadonlyArray<{ start: number; end: number }>,
  maxWords: number,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const words = wordsIn(start, end);
    if (words.length <= maxWords) {
      out.push([start, end]);
      continue;
    }
    for (let i = 0; i < words.length; i += maxWords) {
      const first = words[i]!;
      const last = words[Math.min(i + maxWords, words.length) - 1]!;
      out.push([i === 0 ? start : first.start, i + maxWords >= words.length ? end : last.end]);
    }
  }
  return out;
}
