import { onFirstUse } from '../lazy/modules.js';

// Letter tests by Unicode category with an ASCII fast path. A pattern with \p{…} takes 4–20 M
// instructions to compile, as much as a warm check spends on some of its stages, and the text
// tested is nearly always ASCII where it is tested; the patterns below are run, and so compiled,
// only for other characters. They are made on first use too: making one parses it, its Unicode
// classes and all (about 0.7 M instructions each), and most checks never run them.
// In ASCII, \p{Lu} is A–Z and \p{Ll} is a–z.

const LETTER = onFirstUse(() => /\p{L}/u);
const ALL_UPPER = onFirstUse(() => /^\p{Lu}+$/u);
const NAME = onFirstUse(() => /^\p{Lu}\p{Ll}{2,}$/u);
const LAST_WORD = onFirstUse(() => /([\p{L}'\u2019-]+)$/u);
const ALL_LETTERS = onFirstUse(() => /^\p{L}+$/u);
const PRINTABLE_ASCII = /^[ -~\t\n\r]*$/;

const isUpperCode = (c: number) => c >= 0x41 && c <= 0x5a;
const isLowerCode = (c: number) => c >= 0x61 && c <= 0x7a;
const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

/** Characters beyond ASCII that press copy is full of and that are no letter or digit: curly quotes,
 * dashes, the ellipsis, the bullet, a no-break space, the pound and euro signs, ©, ®, §, °. */
const NEITHER: ReadonlySet<number> = new Set([0xa0, 0xa3, 0xa7, 0xa9, 0xae, 0xb0, 0xb7, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026, 0x20ac]);

/** Whether the first character is surely no letter or digit without asking a Unicode pattern. */
const plainNonLetter = (c: number) => (c < 0x80 ? !isUpperCode(c) && !isLowerCode(c) : NEITHER.has(c));

/** A test of the text's first character: by its code in ASCII and for the punctuation above,
 * else by the pattern `make` makes (anchored at the start). */
function firstCharacter(ascii: (c: number) => boolean, make: () => RegExp): (text: string) => boolean {
  const pattern = onFirstUse(make);
  return (text) => {
    const c = text.charCodeAt(0);
    if (c < 0x80) return ascii(c);
    return text.length > 0 && !NEITHER.has(c) && pattern().test(text);
  };
}

/** Whether the text starts with an upper-case letter (`/^\p{Lu}/u`). */
export const startsUpper = firstCharacter(isUpperCode, () => /^\p{Lu}/u);

/** Whether the text starts with a lower-case letter (`/^\p{Ll}/u`). */
export const startsLower = firstCharacter(isLowerCode, () => /^\p{Ll}/u);

/** Whether the text starts with a letter (`/^\p{L}/u`). */
export const startsLetter = firstCharacter((c) => isUpperCode(c) || isLowerCode(c), () => /^\p{L}/u);

/** Whether the text starts with a letter or a digit (`/^[\p{L}\p{N}]/u`). */
export const startsLetterOrDigit = firstCharacter((c) => isUpperCode(c) || isLowerCode(c) || isDigitCode(c), () => /^[\p{L}\p{N}]/u);

/** Whether the text starts with an upper-case letter or a digit (`/^[\p{Lu}\p{N}]/u`). */
export const startsUpperOrNumber = firstCharacter((c) => isUpperCode(c) || isDigitCode(c), () => /^[\p{Lu}\p{N}]/u);

/** Whether the text holds a letter (`/\p{L}/u`). */
export function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (plainNonLetter(c)) continue;
    if (c >= 0x80) return LETTER().test(text.slice(i));
    return true;
  }
  return false;
}

/** Whether the text is upper-case letters only (`/^\p{Lu}+$/u`): "HMI", not "Ofsted". */
export function allUpper(text: string): boolean {
  return PRINTABLE_ASCII.test(text) ? /^[A-Z]+$/.test(text) : ALL_UPPER().test(text);
}

/** Whether the text is a capitalised word of three letters or more (`/^\p{Lu}\p{Ll}{2,}$/u`): "Leeds", not "UK" or "de". */
export function isCapitalisedWord(text: string): boolean {
  return PRINTABLE_ASCII.test(text) ? /^[A-Z][a-z]{2,}$/.test(text) : NAME().test(text);
}

/** The run of letters, apostrophes and hyphens the text ends with (`/([\p{L}'’-]+)$/u`), if any. */
export function lastWord(text: string): string | undefined {
  let i = text.length;
  for (; i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if (isUpperCode(c) || isLowerCode(c) || c === 0x27 || c === 0x2019 || c === 0x2d) continue;
    if (plainNonLetter(c)) break;
    return LAST_WORD().exec(text)?.[1];
  }
  return i < text.length ? text.slice(i) : undefined;
}

/** Whether `word` is one of the text's words as `/\p{L}+/gu` finds them: all letters, and somewhere
 * in the text with no letter either side. Looking a few words up so is much quicker than making
 * the set of all of a long text's words. */
export function isWordOf(text: string, word: string): boolean {
  if (!(/^[a-z]+$/.test(word) || ALL_LETTERS().test(word))) return false;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (!letterEndsAt(text, at) && !startsLetter(text.slice(end, end + 2))) return true;
  }
  return false;
}

/** Whether the character that ends just before `at` (a surrogate pair taken whole) is a letter. */
function letterEndsAt(text: string, at: number): boolean {
  if (at === 0) return false;
  const last = text.charCodeAt(at - 1);
  const pair = last >= 0xdc00 && last <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff;
  return startsLetter(text.slice(pair ? at - 2 : at - 1, at));
}
