import { diffArrays } from 'diff/lib/diff/array.js';
import type { ClaimResult } from '../types.js';

// The same words as the tokenizer's (src/ingest/tokens.ts), with their places in the string.
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*|[&%\u00a3$\u20ac]/gu;

interface Word {
  start: number;
  end: number;
  folded: string;
}

const fold = (w: string) => w.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'");

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: fold(m[0]) }));
}

/** The draft's own words of a quote in runs: an ellipsis or a [bracketed insertion] ends a run, and
 * bracketed words belong to none (they are the writer's, and stay). */
function runsOf(quote: string): Word[][] {
  const runs: Word[][] = [[]];
  let depth = 0;
  let at = 0;
  for (const w of wordsOf(quote)) {
    const between = quote.slice(at, w.start);
    at = w.end;
    if (/\.\.\.|\u2026|\[|\]/.test(between)) runs.push([]);
    for (const ch of between) depth += ch === '[' ? 1 : ch === ']' ? -1 : 0;
    if (depth <= 0) runs[runs.length - 1]!.push(w);
  }
  return runs.filter((r) => r.length);
}

/** The quote as the source words it — the draft's quotation marks, ellipses, [insertions] and
 * punctuation at its edges kept — or undefined when the claim is not a misquote, or its words do
 * not line up with the evidence well enough to rewrite safely. Pure. */
export function quoteFix(claim: ClaimResult): string | undefined {
  const evidence = claim.evidence[0];
  if (claim.kind !== 'quote' || !claim.diff?.some((d) => d.op !== 'equal') || !evidence) return undefined;
  const runs = runsOf(claim.text);
  const draft = runs.flat();
  const source = wordsOf(evidence.text);
  // where each of the draft's words is in the source (for words the two share), and the source
  // words neither run accounts for
  const at = new Array<number | undefined>(draft.length);
  let [si, di] = [0, 0];
  for (const part of diffArrays(source.map((w) => w.folded), draft.map((w) => w.folded))) {
    if (part.added) di += part.count!;
    else if (part.removed) si += part.count!;
    else for (let k = 0; k < part.count!; k++) at[di++] = si++;
  }

  let out = '';
  let from = 0;
  let taken = -1; // the last source word used so far
  let index = 0;
  for (const run of runs) {
    const first = index;
    const last = index + run.length - 1;
    index += run.length;
    const matched = run.map((_, k) => at[first + k]).filter((x): x is number => x !== undefined);
    if (!matched.length) return undefined;
    let lo = matched[0]!;
    let hi = matched[matched.length - 1]!;
    // a changed word at a run's edge ("All" for the source's "Most") takes the source's word there,
    // as many as the draft changed, never the source's words an ellipsis leaves out beyond them
    const leading = at.slice(first, last + 1).findIndex((x) => x !== undefined);
    const trailing = [...at.slice(first, last + 1)].reverse().findIndex((x) => x !== undefined);
    lo = Math.max(taken + 1, lo - leading);
    hi = Math.min(hi + trailing, runs.indexOf(run) === runs.length - 1 ? source.length - 1 : nextMatch(at, last + 1) - 1);
    if (lo > hi || lo <= taken) return undefined;
    taken = hi;
    let words = spacedSlice(evidence.text, source[lo]!.start, source[hi]!.end);
    // the draft's case for the first letter (a quote may start mid-sentence)
    const own = claim.text[run[0]!.start]!;
    if (fold(own) === fold(words[0]!)) words = own + words.slice(1);
    out += claim.text.slice(from, run[0]!.start) + words;
    from = run[run.length - 1]!.end;
  }
  out += claim.text.slice(from);
  return out === claim.text ? undefined : out;
}

function nextMatch(at: Array<number | undefined>, from: number): number {
  for (let k = from; k < at.length; k++) if (at[k] !== undefined) return at[k]!;
  return Number.MAX_SAFE_INTEGER;
}

/** The source's words from `start` to `end` on one line (a PDF's line breaks are not the quote's),
 * with a bracket the words open closed as the source closes it. */
function spacedSlice(text: string, start: number, end: number): string {
  let words = text.slice(start, end);
  const open = (words.match(/\(/g) ?? []).length - (words.match(/\)/g) ?? []).length;
  if (open > 0 && text[end] === ')') words += ')';
  return words.replace(/[\s\f]+/g, ' ');
}
