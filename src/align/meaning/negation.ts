import { isContentWord, type Token } from '../../ingest/tokens.js';
import type { PhraseMatcher } from '../../rules/phrases.js';

/** How far a negation reaches: "not yet fully effective", "no widespread or serious failures". */
const MAX_SCOPE = 6;
/** Words that open a new clause, where a negation before them stops. */
const CLAUSE = new Set(['but', 'which', 'who', 'while', 'whilst', 'although', 'though', 'however', 'because', 'so', 'yet', 'whereas', 'where', 'when']);

/** For each token, whether a negation governs it: the words after a cue ("not", "no longer",
 * "fails to", "lack of", "-n't") up to the end of its clause. `text` is the text the tokens'
 * offsets point into; a comma, semicolon or full stop between two words ends the clause. */
export function negationScope(tokens: readonly Token[], text: string, cues: PhraseMatcher<true>): boolean[] {
  const words = tokens.map((t) => t.word);
  const negated = tokens.map(() => false);
  const cueAt = tokens.map(() => false);
  const opens: Array<[number, number]> = cues.findAll(words).map((h) => [h.from, h.to]);
  words.forEach((w, i) => {
    if (w.endsWith("n't")) opens.push([i, i + 1]);
  });
  for (const [from, to] of opens) {
    for (let k = from; k < to; k++) cueAt[k] = true;
    for (let k = to; k < Math.min(tokens.length, to + MAX_SCOPE); k++) {
      if (CLAUSE.has(words[k]!) || /[,;:.!?()\u2013\u2014]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
      negated[k] = true;
    }
  }
  return negated.map((n, i) => n && !cueAt[i]);
}

/** A content word the claim and the passage share but with opposite polarity: the claim says it
 * is so where the passage says it is not ('added' when the claim carries the negation). A word
 * the passage has both ways is no evidence of either. */
export function polarityDifference(
  claim: { tokens: readonly Token[]; text: string },
  passage: { tokens: readonly Token[]; text: string },
  cues: PhraseMatcher<true>,
): { word: string; negatedIn: 'claim' | 'source' } | undefined {
  const inClaim = negationScope(claim.tokens, claim.text, cues);
  const inPassage = negationScope(passage.tokens, passage.text, cues);
  const polarities = new Map<string, Set<boolean>>();
  passage.tokens.forEach((t, i) => {
    if (isContentWord(t.word)) polarities.set(t.stem, (polarities.get(t.stem) ?? new Set()).add(inPassage[i]!));
  });
  for (const [i, t] of claim.tokens.entries()) {
    const seen = polarities.get(t.stem);
    if (!seen || seen.size !== 1 || !isContentWord(t.word)) continue;
    const [negatedThere] = seen;
    if (negatedThere !== inClaim[i]) return { word: t.word, negatedIn: inClaim[i] ? 'claim' : 'source' };
  }
  return undefined;
}
