import { isContentWord, words as wordsOf, type Token } from '../../ingest/tokens.js';
import type { PhraseMatcher } from '../../rules/phrases.js';

/** How far a negation reaches: "not yet fully effective", "no widespread or serious failures". */
const MAX_SCOPE = 6;
/** The content words right after a cue that it negates for sure ("do not have the capacity"):
 * words further on may belong to what the negated words govern ("… to improve the quality of
 * teaching"), and a quote or paraphrase that stops or goes on there keeps its polarity. */
const HEAD_WORDS = 2;
/** Words that open a new clause, where a negation before them stops. */
const CLAUSE = new Set(['but', 'which', 'who', 'while', 'whilst', 'although', 'though', 'however', 'because', 'so', 'yet', 'whereas', 'where', 'when']);
const CLAUSE_BREAK = /[,;:.!?()\u2013\u2014]/;

interface Scope {
  /** A negation governs the word. */
  negated: boolean[];
  /** …as one of the first content words after its cue. */
  head: boolean[];
}

/** For each token, whether a negation governs it: the words after a cue ("not", "no longer",
 * "fails to", "lack of", "-n't") up to the end of its clause. `text` is the text the tokens'
 * offsets point into; a comma, semicolon or full stop between two words ends the clause.
 * `lead` says a cue stands just before the first token (a quote's "found no '…'"). */
function scopeOf(tokens: readonly Token[], text: string, cues: PhraseMatcher<true>, lead = false): Scope {
  const words = tokens.map((t) => t.word);
  const negated = tokens.map(() => false);
  const head = tokens.map(() => false);
  const cueAt = tokens.map(() => false);
  const opens: Array<[number, number]> = cues.findAll(words).map((h) => [h.from, h.to]);
  words.forEach((w, i) => {
    if (w.endsWith("n't")) opens.push([i, i + 1]);
  });
  if (lead) opens.push([0, 0]);
  for (const [from, to] of opens) {
    for (let k = from; k < to; k++) cueAt[k] = true;
    let heads = 0;
    for (let k = to; k < Math.min(tokens.length, to + MAX_SCOPE); k++) {
      if (k > 0 && (CLAUSE.has(words[k]!) || CLAUSE_BREAK.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)))) break;
      negated[k] = true;
      if (heads < HEAD_WORDS && isContentWord(words[k]!) && !cueAt[k]) {
        head[k] = true;
        heads++;
      }
    }
  }
  return { negated: negated.map((n, i) => n && !cueAt[i]), head: head.map((h, i) => h && !cueAt[i]) };
}

export function negationScope(tokens: readonly Token[], text: string, cues: PhraseMatcher<true>): boolean[] {
  return scopeOf(tokens, text, cues).negated;
}

/** Whether a cue just before `at`, in the same clause and line, negates what follows: a quote's
 * words are negated by the sentence around it ('found no "widespread or serious failures"'), an
 * aligned stretch of a source by the words before it. */
export function negatedBefore(text: string, at: number, cues: PhraseMatcher<true>): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  const ws = wordsOf(before.slice(lastBreak(before) + 1)).slice(-MAX_SCOPE);
  let from = 0;
  ws.forEach((w, i) => {
    if (CLAUSE.has(w)) from = i + 1;
  });
  return ws.some((_, i) => i >= from && isCue(ws, i, cues));
}

const lastBreak = (s: string): number => {
  for (let i = s.length - 1; i >= 0; i--) if (CLAUSE_BREAK.test(s[i]!) || s[i] === '\n') return i;
  return -1;
};

const isCue = (ws: string[], i: number, cues: PhraseMatcher<true>) => ws[i]!.endsWith("n't") || cues.matchAt(ws, i) !== undefined;

/** A content word the claim and the passage share but with opposite polarity: the claim says it
 * is so where the passage says it is not ('added' when the claim carries the negation). A word
 * the passage has both ways is no evidence of either, and a word counts only where it is one of
 * the words its negation is about (a head), on the side that negates it. `lead`: the text
 * negates the tokens from just before them (a quote inside a negated sentence). */
export function polarityDifference(
  claim: { tokens: readonly Token[]; text: string; lead?: boolean },
  passage: { tokens: readonly Token[]; text: string; lead?: boolean },
  cues: PhraseMatcher<true>,
): { word: string; negatedIn: 'claim' | 'source' } | undefined {
  const inClaim = scopeOf(claim.tokens, claim.text, cues, claim.lead);
  const inPassage = scopeOf(passage.tokens, passage.text, cues, passage.lead);
  const polarities = new Map<string, { seen: Set<boolean>; head: boolean }>();
  passage.tokens.forEach((t, i) => {
    if (!isContentWord(t.word)) return;
    const entry = polarities.get(t.stem) ?? { seen: new Set<boolean>(), head: false };
    entry.seen.add(inPassage.negated[i]!);
    entry.head ||= inPassage.head[i]!;
    polarities.set(t.stem, entry);
  });
  for (const [i, t] of claim.tokens.entries()) {
    const entry = polarities.get(t.stem);
    if (!entry || entry.seen.size !== 1 || !isContentWord(t.word)) continue;
    const [negatedThere] = entry.seen;
    if (negatedThere === inClaim.negated[i]) continue;
    const head = inClaim.negated[i] ? inClaim.head[i] : entry.head;
    if (head) return { word: t.word, negatedIn: inClaim.negated[i] ? 'claim' : 'source' };
  }
  return undefined;
}
