import type { Token } from '../ingest/tokens.js';

/** Words that open a clause of their own: a press sentence often joins what the report found
 * ("the pace of improvement has accelerated") to what it did not say ("since a raft of senior
 * appointments were made"). */
const OPENERS = new Set(['which', 'who', 'whose', 'while', 'whilst', 'although', 'though', 'but', 'because', 'since', 'after', 'following', 'with', 'when', 'where', 'as', 'including', 'completing', 'ruling', 'highlighting', 'citing', 'finding', 'saying']);

/** Punctuation between two words that ends a clause: comma, semicolon, colon, dash, bracket. */
const BREAK = /[,;:()\u2013\u2014]|\s-\s/;

/** The clauses of a claim's tokens, in order: cut at clause punctuation and before the words that
 * open a subordinate clause. `text` is the text the tokens' offsets point into. */
export function clauses(tokens: readonly Token[], text: string): Token[][] {
  const out: Token[][] = [[]];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (prev && (BREAK.test(text.slice(prev.end, t.start)) || OPENERS.has(t.word))) out.push([]);
    out[out.length - 1]!.push(t);
  });
  return out.filter((c) => c.length > 0);
}
