// A view of the text for matching, with a map back to the original so that every span we
// report is exact in the user's file. Typography is folded; case is kept (tokenising lowercases).
import { startsLower } from './letters.js';

export interface NormalizedText {
  /** The folded text. */
  text: string;
  /** For each code unit of `text`, the original offset where the character it came from starts. */
  starts: Int32Array;
  /** For each code unit of `text`, the original offset where that character ends. */
  ends: Int32Array;
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // plain ASCII other than the straight quote marks and CR folds to itself (most of any text)
  if (code >= 0x20 && code < 0x7f && code !== 0x60) return ch;
  if (SINGLE_QUOTES.test(ch)) return "'";
  if (DOUBLE_QUOTES.test(ch)) return '"';
  if (DASHES.test(ch)) return '-';
  if (SPACES.test(ch)) return ' ';
  if (INVISIBLE.test(ch)) return '';
  if (ch === '\u2026') return '...';
  if (ch === '\r') return '\n';
  const folded = ch.normalize('NFKC');
  // NFKC turns some symbols into the folded classes above; fold again once
  return folded.length === 1 && folded !== ch ? foldChar(folded) : folded;
}

/** Whether a code unit folds to itself and needs no look around (plain ASCII and line breaks; not
 * the backtick, and not the hyphen, which may join a word broken across a line end). */
const plain = (code: number) => (code >= 0x20 && code < 0x7f && code !== 0x60 && code !== 0x2d) || code === 0x0a;

function widened(a: Int32Array, length: number): Int32Array {
  const next = new Int32Array(length);
  next.set(a);
  return next;
}

export function normalize(original: string): NormalizedText {
  const out: string[] = [];
  // one entry per code unit of the folded text; folding seldom lengthens a text, so the arrays
  // start at its length and grow only when it does
  let starts: Int32Array = new Int32Array(original.length);
  let ends: Int32Array = new Int32Array(original.length);
  let size = 0;
  const room = (more: number) => {
    if (size + more <= starts.length) return;
    const grown = Math.max(starts.length * 2, size + more);
    [starts, ends] = [widened(starts, grown), widened(ends, grown)];
  };
  let i = 0;
  while (i < original.length) {
    // most of any text is a run of characters that fold to themselves: copied whole
    let run = i;
    while (run < original.length && plain(original.charCodeAt(run))) run++;
    if (run > i) {
      room(run - i);
      for (let k = i; k < run; k++, size++) {
        starts[size] = k;
        ends[size] = k + 1;
      }
      out.push(original.slice(i, run));
      i = run;
      if (i >= original.length) break;
    }
    const cp = original.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    // CRLF folds to a single line break
    if (ch === '\r' && original[i + 1] === '\n') {
      room(1);
      out.push('\n');
      starts[size] = i;
      ends[size++] = i + 2;
      i += 2;
      continue;
    }
    // a word hyphenated across a line end: "protec-\ntion" reads "protection"
    if ((ch === '-' || ch === '\u00AD') && startsLower(original[i - 1] ?? '')) {
      const rest = /^\r?\n[ \t]*(?=\p{Ll})/u.exec(original.slice(i + 1, i + 12));
      if (rest) {
        i += 1 + rest[0].length;
        continue;
      }
    }
    const folded = foldChar(ch);
    room(folded.length);
    for (let k = 0; k < folded.length; k++, size++) {
      starts[size] = i;
      ends[size] = i + width;
    }
    out.push(folded);
    i += width;
  }
  const text = out.join('');
  return size === starts.length ? { text, starts, ends } : { text, starts: starts.slice(0, size), ends: ends.slice(0, size) };
}

/** The original range behind a range of the normalized text. */
export function toOriginal(norm: NormalizedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < norm.starts.length ? (norm.starts[start] as number) : lastEnd(norm);
    return [at, at];
  }
  return [norm.starts[start] as number, norm.ends[end - 1] as number];
}

function lastEnd(norm: NormalizedText): number {
  return norm.ends.length ? (norm.ends[norm.ends.length - 1] as number) : 0;
}
