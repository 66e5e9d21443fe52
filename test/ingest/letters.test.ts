import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allUpper, hasLetter, isCapitalisedWord, isWordOf, lastWord, startsLetter, startsLetterOrDigit, startsLower, startsUpper, startsUpperOrNumber } from '../../src/ingest/letters.js';

// Each test is held to the Unicode pattern it stands for, on text mixing ASCII with letters beyond
// it (upper and lower case, outside the basic plane), digits, quote marks, hyphens and lone surrogates.
const pieces = ['A', 'Z', 'a', 'z', 'Leeds', 'de', 'UK', '7', ' ', '\n', "'", '’', '‘', '“', '”', '-', '–', '—', '…', '£', '€', '\u00a0', '•', '©', '®', '§', '°', '·', '²', 'É', 'é', 'Ω', 'ß', 'ǅ', '𝐀', '\ud800', '\udc00', '٣', '.'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((xs) => xs.join(''));

describe('letter tests', () => {
  it.each([
    ['startsUpper', startsUpper, (t: string) => /^\p{Lu}/u.test(t)],
    ['startsLower', startsLower, (t: string) => /^\p{Ll}/u.test(t)],
    ['startsLetter', startsLetter, (t: string) => /^\p{L}/u.test(t)],
    ['startsLetterOrDigit', startsLetterOrDigit, (t: string) => /^[\p{L}\p{N}]/u.test(t)],
    ['startsUpperOrNumber', startsUpperOrNumber, (t: string) => /^[\p{Lu}\p{N}]/u.test(t)],
    ['hasLetter', hasLetter, (t: string) => /\p{L}/u.test(t)],
    ['allUpper', allUpper, (t: string) => /^\p{Lu}+$/u.test(t)],
    ['isCapitalisedWord', isCapitalisedWord, (t: string) => /^\p{Lu}\p{Ll}{2,}$/u.test(t)],
    ['lastWord', lastWord, (t: string) => /([\p{L}'’-]+)$/u.exec(t)?.[1]],
  ] as const)('%s gives what its pattern gives', (_, test, pattern) => {
    fc.assert(
      fc.property(text, (t) => {
        expect(test(t)).toEqual(pattern(t));
      }),
      { numRuns: 3000 },
    );
  });

  // words of the text itself (any stretch of it, so runs, parts of runs and more) and words of their own
  it('isWordOf gives what the set of the words /\\p{L}+/gu finds gives', () => {
    const stretch = fc.tuple(text, fc.nat(12), fc.nat(12)).map(([t, a, b]) => [t, t.slice(Math.min(a, b), Math.max(a, b))] as const);
    fc.assert(
      fc.property(fc.oneof(stretch, fc.tuple(text, text)), ([t, word]) => {
        expect(isWordOf(t, word)).toBe(new Set(t.match(/\p{L}+/gu) ?? []).has(word));
      }),
      { numRuns: 5000 },
    );
    expect(isWordOf('the protection plan; child protection', 'protection')).toBe(true);
    expect(isWordOf('unprotected, protections', 'protection')).toBe(false);
    expect(isWordOf('a 𝐀word and 𝐀', 'word')).toBe(false);
  });

  it('reads the ASCII cases a check meets most', () => {
    expect(['Ofsted', 'ofsted', '', '2023'].map(startsUpper)).toEqual([true, false, false, false]);
    expect(['Leeds', 'UK', 'de', 'Lee'].map(isCapitalisedWord)).toEqual([true, false, false, true]);
    expect(['HMI', 'Hmi', ''].map(allUpper)).toEqual([true, false, false]);
    expect(lastWord('the failings in')).toBe('in');
    expect(lastWord('the council’s')).toBe('council’s');
    expect(lastWord('the end.')).toBeUndefined();
  });
});
