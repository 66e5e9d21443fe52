import { words } from '../ingest/tokens.js';

/** A phrase found in a run of words: which entry, and the word range it covers. */
export interface PhraseHit<T> {
  value: T;
  phrase: string;
  from: number;
  to: number;
}

/** Finds multi-word phrases from rule data in a sequence of lower-case words, longest first. */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Array<{ words: string[]; phrase: string; value: T }>>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [phrase, value] of entries) {
      const ws = words(phrase);
      const first = ws[0];
      if (!first) continue;
      const list = this.byFirst.get(first);
      if (list) list.push({ words: ws, phrase, value });
      else this.byFirst.set(first, [{ words: ws, phrase, value }]);
    }
    // longest first; a stable sort keeps phrases of one length in the order given
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Non-overlapping hits, scanning left to right and preferring the longest phrase at each place. */
  findAll(seq: readonly string[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < seq.length; ) {
      const hit = this.matchAt(seq, i);
      if (hit) {
        hits.push(hit);
        i = hit.to;
      } else i++;
    }
    return hits;
  }

  matchAt(seq: readonly string[], i: number): PhraseHit<T> | undefined {
    const candidates = this.byFirst.get(seq[i] ?? '');
    if (!candidates) return undefined;
    // plain loops: this runs for every word of every sentence, and closures per try were most of its garbage
    for (const c of candidates) {
      let k = 0;
      while (k < c.words.length && seq[i + k] === c.words[k]) k++;
      if (k === c.words.length) return { value: c.value, phrase: c.phrase, from: i, to: i + k };
    }
    return undefined;
  }

  /** Whether a lower-case text may hold an entry: it holds some entry's first word. False means no
   * run of its words can match, so a caller may skip splitting it into words. */
  mayOccurIn(lowerText: string): boolean {
    for (const first of this.byFirst.keys()) if (lowerText.includes(first)) return true;
    return false;
  }

  /** Whether one word is itself an entry. */
  hasWord(word: string): boolean {
    return this.byFirst.get(word)?.some((c) => c.words.length === 1) ?? false;
  }

  /** Whether a word is one of the words of any entry ("royal" of "royal borough of"). */
  inEntry(word: string): boolean {
    for (const list of this.byFirst.values()) if (list.some((c) => c.words.includes(word))) return true;
    return false;
  }

  has(seq: readonly string[]): boolean {
    for (let i = 0; i < seq.length; i++) if (this.matchAt(seq, i) !== undefined) return true;
    return false;
  }
}
