// What text a rule pattern cannot match without: "copyright" for `\bcopyright\b`, one of "©" or
// "copyright" for `(?:©|copyright)\D{0,20}`. re2js is linear but slow per character (a date
// pattern run on every passage of a 60-page report cost 55 ms of a check), while the engine's own
// search for a fixed string is fast; a passage without the text is known not to match, and only one
// with it is run on RE2. Read conservatively: anything not understood gives no required text, and
// the pattern then runs on RE2 everywhere, as before.
import { hasLetter } from '../ingest/letters.js';

/** Escapes whose meaning is not one fixed character (classes, anchors, code points, `\Q…\E`). */
const NOT_LITERAL_ESCAPE = /[a-zA-Z0-9]/;
/** Escapes followed by a braced name or code point (`\p{Greek}`, `\x{41}`). */
const BRACED_ESCAPE = /[pPx]/;
const QUANTIFIER = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/;

/** One item of a sequence: a fixed text (a literal character, or a group of fixed alternatives),
 * or `undefined` for anything else; `optional` when a quantifier lets it match nothing. */
interface Item {
  /** A literal character. */
  text?: string;
  any?: string[];
  optional: boolean;
  /** A quantifier that repeats it: it ends a run of literal characters. */
  repeated: boolean;
  literal: boolean;
}

/** Texts one of which every match of `source` contains, or undefined when none can be read. */
export function requiredText(source: string): string[] | undefined {
  // inside \Q…\E every character is literal, which the reading below does not follow
  return source.includes('\\Q') ? undefined : alternatives(source);
}

/** Each top-level branch's best fixed text; undefined if any branch has none. */
function alternatives(source: string): string[] | undefined {
  const branches = splitTop(source);
  if (!branches) return undefined;
  const out: string[] = [];
  for (const b of branches) {
    const best = bestOf(b);
    if (!best) return undefined;
    out.push(...best);
  }
  return out;
}

/** The branches of an alternation at the top level, or undefined on unbalanced syntax. */
function splitTop(source: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) return undefined;
      i = end;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (--depth < 0) return undefined;
    } else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0) return undefined;
  out.push(source.slice(from));
  return out;
}

/** Index of the `]` closing the class opened at `open` (a leading `]` or `^]` is a member, and
 * `[:alpha:]` a named class inside it), or -1. */
function classEnd(source: string, open: number): number {
  let i = open + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  for (; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source.startsWith('[:', i)) {
      const close = source.indexOf(':]', i + 2);
      if (close < 0) return -1;
      i = close + 1;
    } else if (source[i] === ']') return i;
  }
  return -1;
}

/** Index of the `)` closing the group opened at `open`, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(source, i);
      if (i < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The items of one branch (no top-level `|`), or undefined on syntax this does not read. */
function items(branch: string): Item[] | undefined {
  const out: Item[] = [];
  for (let i = 0; i < branch.length; ) {
    const c = branch[i]!;
    let item: Item;
    if (c === '\\') {
      const e = branch[i + 1];
      if (e === undefined) return undefined;
      if (NOT_LITERAL_ESCAPE.test(e)) {
        i += 2;
        if (BRACED_ESCAPE.test(e) && branch[i] === '{') {
          const close = branch.indexOf('}', i);
          if (close < 0) return undefined;
          i = close + 1;
        }
        item = { optional: false, repeated: false, literal: false };
      } else {
        const ch = String.fromCodePoint(branch.codePointAt(i + 1)!);
        item = { text: ch, optional: false, repeated: false, literal: true };
        i += 1 + ch.length;
      }
    } else if (c === '[') {
      const end = classEnd(branch, i);
      if (end < 0) return undefined;
      i = end + 1;
      item = { optional: false, repeated: false, literal: false };
    } else if (c === '(') {
      const end = groupEnd(branch, i);
      if (end < 0) return undefined;
      const inner = branch.slice(i + 1, end);
      // a plain or non-capturing group; named groups and flags are read as "anything"
      const body = inner.startsWith('?:') ? inner.slice(2) : inner.startsWith('?') ? undefined : inner;
      const any = body === undefined ? undefined : alternatives(body);
      i = end + 1;
      item = { ...(any ? { any } : {}), optional: false, repeated: false, literal: false };
    } else if ('.^$'.includes(c)) {
      i++;
      item = { optional: false, repeated: false, literal: false };
    } else if ('?*+'.includes(c)) return undefined;
    else {
      // by code point: a quantifier after an emoji repeats the whole of it
      const ch = String.fromCodePoint(branch.codePointAt(i)!);
      i += ch.length;
      item = { text: ch, optional: false, repeated: false, literal: true };
    }
    const q = QUANTIFIER.exec(branch.slice(i));
    if (q) {
      const min = q[1] !== undefined ? Number(q[1]) : q[0].startsWith('+') ? 1 : 0;
      item.optional = min === 0;
      item.repeated = true;
      i += q[0].length;
    }
    out.push(item);
  }
  return out;
}

/** The fixed text in a branch that is rarest in its commonest alternative: a run of literal
 * characters, or a group of fixed alternatives. */
function bestOf(branch: string): string[] | undefined {
  const list = items(branch);
  if (!list) return undefined;
  const candidates: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run) candidates.push([run]);
    run = '';
  };
  for (const item of list) {
    if (item.optional) {
      endRun();
      continue;
    }
    if (item.literal) {
      run += item.text;
      if (item.repeated) endRun();
      continue;
    }
    endRun();
    if (item.any) candidates.push(item.any);
  }
  endRun();
  const weakest = (xs: string[]) => Math.min(...xs.map(rarity));
  return candidates.filter((c) => weakest(c) > 0).sort((a, b) => weakest(b) - weakest(a))[0];
}

/** How seldom a text is met in prose, roughly: by its length, digits and spaces (in every date and
 * sentence) counting less and symbols ("©", "@") more than letters. */
function rarity(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\d\s]/.test(ch) ? 0.5 : hasLetter(ch) ? 1 : 1.5;
  return n;
}

/** A test for the required text, case-insensitive as rule patterns are, with the same case folding
 * as RE2 (Unicode simple folding: the `u` flag), or undefined when there is none. */
export function requiredTextTest(source: string): RegExp | undefined {
  const texts = requiredText(source);
  if (!texts?.length) return undefined;
  return new RegExp(texts.map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'iu');
}
