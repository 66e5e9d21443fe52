import { isContentWord, type Token } from '../ingest/tokens.js';
import type { Passage } from './source-model.js';

/** A claim that states a whole sentence of the source word for word inside its own frame ("Ofsted
 * inspectors saw …, as they stated"): the passage, if the claim's words outside it are only
 * frame — who said it, where, what the passage is — and the passage has at least `minWords` words.
 * `leadsList`: the claim hands on to a list after it ("… is from examining the following areas:"),
 * so its words after the sentence only lead into the list, whose items are claims of their own. */
export function framedSentence(
  claim: readonly Token[],
  candidates: readonly Passage[],
  isFrame: (t: Token, p: Passage) => boolean,
  minWords: number,
  leadsList = false,
): Passage | undefined {
  const words = claim.map((t) => t.word);
  for (const p of candidates) {
    const seq = p.tokens.map((t) => t.word);
    if (seq.length < minWords || seq.length > words.length) continue;
    const at = indexOfRun(words, seq);
    if (at < 0) continue;
    const outside = claim.filter((t, i) => (i < at || (i >= at + seq.length && !leadsList)) && isContentWord(t.word));
    if (outside.every((t) => isFrame(t, p))) return p;
  }
  return undefined;
}

function indexOfRun(words: readonly string[], seq: readonly string[]): number {
  for (let i = 0; i + seq.length <= words.length; i++) if (seq.every((w, k) => words[i + k] === w)) return i;
  return -1;
}
