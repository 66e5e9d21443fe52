import type { Token } from '../ingest/tokens.js';
import { isContentWord } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import { meaningMatcher } from './meaning/senses.js';

// What `similarity` compares a claim with, computed once per passage (or pair of passages) and
// kept while the passage's token array lives: every claim of a draft is scored against the same
// few hundred candidates, and building these per call was most of a check's time.

/** A token array's words as string-similarity compares them (joined, every space taken out) and
 * that string's letter-bigram counts, for Dice. */
export interface Letters {
  letters: string;
  bigrams: Map<number, number>;
}

export interface PassageKeys extends Letters {
  /** The concept keys (stems and synonym groups) of its words. */
  concepts: Set<string>;
  /** Its distinct stems. */
  stems: string[];
  /** The WordNet matcher of its content words, built the first time a word needs it. */
  meaning(word: string): boolean;
}

const cache = new WeakMap<Lexicon, WeakMap<Token[], PassageKeys>>();

export function passageKeys(passage: Token[], lex: Lexicon, conceptKeys: (stem: string, lex: Lexicon) => string[]): PassageKeys {
  let byPassage = cache.get(lex);
  if (!byPassage) cache.set(lex, (byPassage = new WeakMap()));
  let keys = byPassage.get(passage);
  if (keys) return keys;
  let matcher: ((word: string) => boolean) | undefined;
  keys = {
    concepts: new Set(passage.flatMap((t) => conceptKeys(t.stem, lex))),
    stems: [...new Set(passage.map((t) => t.stem))],
    ...letterCounts(passage),
    meaning: (word) => (matcher ??= meaningMatcher(passage.filter((t) => isContentWord(t.word)).map((t) => t.word)))(word),
  };
  byPassage.set(passage, keys);
  return keys;
}

/** The letters and bigram counts of a token array: a claim needs only these (its Dice with each
 * candidate), not the concept keys and stems a passage is searched by. */
export function letterCounts(tokens: Token[]): Letters {
  const letters = joined(tokens);
  return { letters, bigrams: bigramCounts(letters) };
}

/** The words as string-similarity compares them: joined, then every space taken out. */
// (a token's word holds no white space, so joining with nothing is the same)
const joined = (tokens: Token[]) => tokens.map((t) => t.word).join('');

/** Each bigram is keyed by its two UTF-16 code units in one 32-bit integer (the same pairs as
 * string-similarity's two-character substrings, without a string made for each). */
function bigramCounts(s: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const b = (s.charCodeAt(i) << 16) | s.charCodeAt(i + 1);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return counts;
}

/** Dice's coefficient over letter bigrams, exactly as string-similarity's compareTwoStrings
 * computes it (shared bigrams counted with multiplicity), from both sides' cached counts. The
 * shared count is the same from either side, so the side with fewer bigrams is walked (a long
 * claim against a sentence walks the sentence's). */
export function dice(claim: Letters, passage: Letters): number {
  // plain assignments: destructuring an array literal makes an array and an iterator per call
  // until V8 optimizes the function, and this runs for every claim against every candidate
  const first = claim.letters;
  const second = passage.letters;
  if (first === second) return 1;
  if (first.length < 2 || second.length < 2) return 0;
  const claimFewer = claim.bigrams.size <= passage.bigrams.size;
  const few = claimFewer ? claim.bigrams : passage.bigrams;
  const many = claimFewer ? passage.bigrams : claim.bigrams;
  let shared = 0;
  // forEach, not for…of: an entry array per bigram per candidate was a check's largest garbage
  few.forEach((n, b) => {
    shared += Math.min(n, many.get(b) ?? 0);
  });
  return (2.0 * shared) / (first.length + second.length - 2);
}
