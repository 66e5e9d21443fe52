import { makeDoc, tokensIn, type Doc } from '../ingest/document.js';
import { isContentWord, type Token } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import { splitBlocks } from '../layout/blocks.js';
import { capRanges, splitSentences } from '../layout/sentences.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { Attribution, ClaimKind, InputText } from '../types.js';
import { attributeQuote } from './attribution.js';
import { findFacts, type Fact } from './facts.js';
import { findQuotes, type Quote } from './quotes.js';
import { isMarkerLine } from './markers.js';

/** Something in the draft to check, before it is judged. */
export interface DraftClaim {
  kind: ClaimKind;
  start: number;
  end: number;
  tokens: Token[];
  /** The sentence it stands in. */
  sentence: [number, number];
  attribution: Attribution;
  /** For fact claims, the fact; for other claims, the facts inside them. */
  facts: Fact[];
  quote?: Quote;
  /** Words of a speaker (a councillor, the mayor) rather than the draft's own report. */
  inSpeech: boolean;
}

export interface DraftModel {
  doc: Doc;
  claims: DraftClaim[];
}

const LIST_ITEM = /^[-•*●▪◦‣·]\s/;
/** Fewest content words a stretch of a sentence needs to be a claim of its own. */
const MIN_CLAIM_WORDS = 4;

export function extractClaims(input: InputText, lex: Lexicon): DraftModel {
  const doc = makeDoc(input);
  const blocks = splitBlocks(doc.text);
  const quotes = findQuotes(doc.text, blocks.map((b) => [b.start, b.end] as [number, number]));
  const claims: DraftClaim[] = [];
  let speaker: Attribution | undefined;
  const quoteAttribution = new Map<Quote, Attribution>();
  for (const block of blocks) {
    if (isMarkerLine(block.text)) continue;
    const blockQuotes = quotes.filter((q) => q.outerStart >= block.start && q.outerStart < block.end && !q.nested);
    const sentences = capRanges(mergeQuotedSentences(splitSentences(block.text, block.start), blockQuotes), (s, e) => tokensIn(doc, s, e), DEFAULT_LIMITS.maxSentenceWords);
    const heading = isHeadline(block.text);
    // a paragraph that opens with a quote and names no one carries on the last speaker's words
    if (!(blockQuotes[0]?.outerStart === block.start || blockQuotes[0]?.continues)) speaker = undefined;
    for (const q of blockQuotes) {
      const sentence = sentences.find(([s, e]) => q.outerStart >= s && q.outerStart < e) ?? [block.start, block.end];
      // the words just around the quote name its speaker; a window keeps this linear in long paragraphs
      const before = tokensIn(doc, Math.max(sentence[0], q.outerStart - 400), q.outerStart);
      const after = tokensIn(doc, q.outerEnd, Math.min(sentence[1], q.outerEnd + 300));
      let attribution = attributeQuote(before, after, lex, doc.text);
      if (attribution.kind === 'unknown' && speaker && q.outerStart === block.start) attribution = speaker;
      if (attribution.kind === 'speaker') speaker = attribution;
      else if (q.outerStart !== block.start) speaker = undefined;
      quoteAttribution.set(q, attribution);
      claims.push(...quoteClaims(doc, q, attribution, sentences, lex));
    }
    for (const whole of sentences) {
      const sentence = splitIntro(doc, whole, claims);
      const inQuote = blockQuotes.filter((q) => q.outerStart < sentence[1] && q.outerEnd > sentence[0]);
      const speech = inQuote.find((q) => quoteAttribution.get(q)?.kind === 'speaker');
      const listItem = LIST_ITEM.test(doc.text.slice(block.start, block.start + 4));
      claims.push(...sentenceClaims(doc, sentence, inQuote, speech !== undefined, heading && !listItem, lex, speech && quoteAttribution.get(speech)));
    }
  }
  claims.sort((a, b) => a.start - b.start || b.end - a.end);
  return { doc, claims };
}

/** "As an ethnically diverse borough, Lewisham is proud …": the writer's own framing before the
 * claim is a statement of its own, so it neither hides the claim nor is checked against the source. */
function splitIntro(doc: Doc, sentence: [number, number], claims: DraftClaim[]): [number, number] {
  const intro = /^As an? [^,;:"\u201C\u201D]{3,60},\s+/.exec(doc.text.slice(sentence[0], sentence[1]));
  if (!intro) return sentence;
  const end = sentence[0] + intro[0].replace(/,\s+$/, '').length;
  const tokens = tokensIn(doc, sentence[0], end);
  claims.push({ kind: 'statement', start: sentence[0], end, tokens, sentence, attribution: { kind: 'unknown' }, facts: [], inSpeech: false });
  return [sentence[0] + intro[0].length, sentence[1]];
}

/** Sentence splitting must not end a sentence inside a short quote ("described as 'bold.'"). */
function mergeQuotedSentences(sentences: Array<[number, number]>, quotes: Quote[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const cut = prev && quotes.some((q) => q.end - q.start < 40 && q.outerStart < prev[1] && q.outerEnd > s[0]);
    if (prev && cut) prev[1] = s[1];
    else out.push([...s]);
  }
  return out;
}

function isHeadline(text: string): boolean {
  const n = text.split(/\s+/).length;
  return n <= 12 && !/[.!?:;"'”’]\s*$/.test(text);
}

/** A quote gives one claim per sentence inside it, so that each can be found where it stands in the source. */
function quoteClaims(doc: Doc, q: Quote, attribution: Attribution, sentences: Array<[number, number]>, lex: Lexicon): DraftClaim[] {
  const inner = splitSentences(doc.text.slice(q.start, q.end), q.start);
  const parts = attribution.kind === 'speaker' ? [] : inner.length ? inner : [[q.start, q.end] as [number, number]];
  const sentence = sentences.find(([s, e]) => q.start >= s && q.start < e) ?? [q.outerStart, q.outerEnd];
  return parts.map(([start, end]) => {
    const tokens = tokensIn(doc, start, end);
    return {
      kind: 'quote' as const,
      start,
      end,
      tokens,
      sentence,
      attribution,
      facts: findFacts({ tokens, text: doc.text }, lex),
      quote: q,
      inSpeech: false,
    };
  });
}

/** The claims of one sentence: its facts, and what is left of it once quotes and facts at its
 * edges are taken off, when that still says something. */
function sentenceClaims(
  doc: Doc,
  sentence: [number, number],
  quotes: Quote[],
  inSpeech: boolean,
  heading: boolean,
  lex: Lexicon,
  speaker: Attribution | undefined,
): DraftClaim[] {
  const tokens = tokensIn(doc, sentence[0], sentence[1]);
  if (tokens.length === 0) return [];
  const facts = findFacts({ tokens, text: doc.text }, lex);
  const namesSource = (ts: Token[]) => (lex.entities?.sourceAliases.has(ts.map((t) => t.word)) ?? false) || (lex.entities?.documentNouns.has(ts.map((t) => t.word)) ?? false);
  // in a speaker's words the source must also be reporting something ("the inspectors noted that …");
  // "the inspection outcome in 2019 gave us the determination" is the speaker's own reflection
  const reportsSource = (ts: Token[]) => namesSource(ts) && (!inSpeech || (lex.attribution?.verbs.has(ts.map((t) => t.word)) ?? false));
  const attribution: Attribution = speaker ?? (namesSource(tokens) ? { kind: 'source', cue: 'the draft' } : { kind: 'unknown' });
  const out: DraftClaim[] = [];
  // in a speaker's words, only what reports the source is checked
  const checkable = !heading && (!inSpeech || reportsSource(tokens) || facts.some((f) => f.value.type !== 'rating'));
  const quoteOnly = quotes.filter((q) => !inSpeech && q.start <= sentence[0] + 1 && q.end >= sentence[1] - 2);
  if (quoteOnly.length) return [];
  for (const fact of checkable ? facts : []) {
    out.push({
      kind: 'fact',
      start: fact.start,
      end: fact.end,
      tokens: tokensIn(doc, fact.start, fact.end),
      sentence,
      attribution,
      facts: [fact],
      inSpeech,
    });
  }
  // the rest of the sentence, without the quotes (checked as quotes) and the facts at its edges
  const covered: Array<[number, number]> = [
    ...(inSpeech ? [] : quotes.map((q) => [q.outerStart, q.outerEnd] as [number, number])),
    ...(checkable ? facts.map((f) => [f.start, f.end] as [number, number]) : []),
  ].sort((a, b) => a[0] - b[0]);
  const isCovered = coverage(covered);
  let rest = tokens.filter((t) => !isCovered(t));
  rest = trimEdges(tokens, rest, isCovered);
  if (rest.length === 0) return out;
  const start = rest[0]!.start;
  const end = Math.min(sentence[1], extendToPunctuation(doc.text, rest[rest.length - 1]!.end, sentence[1], covered));
  const restTokens = tokensIn(doc, start, end);
  // what the rest says beyond its frame: "Inspectors said that … and found that the virtual school"
  // around two quotes says nothing the quotes do not
  const frame = (w: string) =>
    (lex.attribution?.verbs.hasWord(w) ?? false) || (lex.entities?.sourceAliases.hasWord(w) ?? false) || (lex.entities?.documentNouns.hasWord(w) ?? false);
  const content = restTokens.filter((t) => isContentWord(t.word) && !frame(t.word) && (inSpeech || !quotes.some((q) => t.start >= q.outerStart && t.end <= q.outerEnd)));
  if (content.length < MIN_CLAIM_WORDS && out.length + quotes.length > 0) return out;
  const firstPerson = !inSpeech && tokens.some((t) => lex.attribution?.firstPerson.has(t.word));
  const statement = heading || (inSpeech && !reportsSource(restTokens)) || firstPerson;
  out.push({
    kind: statement ? 'statement' : 'claim',
    start,
    end,
    tokens: restTokens,
    sentence,
    attribution,
    facts: facts.filter((f) => f.start >= start && f.end <= end),
    inSpeech,
  });
  return out;
}

/** Keeps the run of tokens between the covered stretches at the sentence's start and end. */
function trimEdges(all: Token[], rest: Token[], inCover: (t: Token) => boolean): Token[] {
  if (rest.length === 0) return rest;
  let a = 0;
  while (a < all.length && inCover(all[a]!)) a++;
  // function words next to a trimmed quote or fact go with it ("both in 2019 and …")
  if (a > 0) while (a < all.length && (inCover(all[a]!) || !isContentWord(all[a]!.word))) a++;
  let b = all.length;
  while (b > a && inCover(all[b - 1]!)) b--;
  if (b < all.length) while (b > a && (inCover(all[b - 1]!) || !isContentWord(all[b - 1]!.word))) b--;
  const first = all[a];
  const last = all[b - 1];
  if (!first || !last) return [];
  return rest.filter((t) => t.start >= first.start && t.end <= last.end);
}

/** Whether a token lies inside one of the ranges, by binary search over the ranges merged. */
function coverage(ranges: Array<[number, number]>): (t: Token) => boolean {
  const merged: Array<[number, number]> = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return (t) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [s, e] = merged[mid]!;
      if (t.end <= s) hi = mid - 1;
      else if (t.start >= e) lo = mid + 1;
      else return t.start >= s && t.end <= e;
    }
    return false;
  };
}

/** Takes in a closing full stop, so a claim reads as the sentence does. */
function extendToPunctuation(text: string, end: number, limit: number, covered: Array<[number, number]>): number {
  const m = /^[.!?]/.exec(text.slice(end, limit));
  return m && !covered.some(([s, e]) => end >= s && end < e) ? end + 1 : end;
}
