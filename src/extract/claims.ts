import { makeDoc, tokensIn, type Doc } from '../ingest/document.js';
import { isContentWord, withoutPossessive, type Token } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import { rejoinSpacedWraps, splitBlocks, type RawBlock } from '../layout/blocks.js';
import { capRanges, splitSentences } from '../layout/sentences.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { Attribution, ClaimKind, InputText } from '../types.js';
import { attributeQuote, introducesSpeech, isVoice, sentenceSpeaker, type Voice } from './attribution.js';
import { findFacts, type Fact } from './facts.js';
import { findQuotes, type Quote } from './quotes.js';
import { isMarkerLine } from './markers.js';
import { hasReportCue, reportedBySource } from './report-cue.js';
import { quoteIndex, sentenceIndex, type RangeIndex } from './sweep.js';
import { voiceTracker } from './voices.js';
import { voiceClauses } from './clause-split.js';
import { stanceOf } from './stance.js';
import type { StanceKind } from '../rules/types/attribution.js';

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
  /** In an inspector's reported speech, the quotes of their words it holds: the claim is what they quote. */
  spoken?: Quote[];
  /** Words of a speaker (a councillor, the mayor) rather than the draft's own report. */
  inSpeech: boolean;
  /** For statements: why the words are not checked against the source. */
  why?: NotChecked;
  /** A claim whose sentence has nothing that ties it to the report (src/extract/report-cue.ts): when
   * no passage is like it, it is the writer's own context, not an unsupported claim. */
  uncued?: true;
}

/** Why a statement is left unchecked; the judge turns this into the statement's reason. */
export type NotChecked =
  | { kind: 'headline' }
  | { kind: 'speaker'; name: string; role?: string }
  | { kind: 'boilerplate'; what: string }
  | { kind: 'own-voice' }
  | { kind: 'stance'; stance: StanceKind; cue: string }
  | { kind: 'framing' }
  | { kind: 'context' };

export interface DraftModel {
  doc: Doc;
  claims: DraftClaim[];
}

const LIST_ITEM = /^[-\u2022*\u25cf\u25aa\u25e6\u2023\u00b7]\s/;
/** Fewest content words a stretch of a sentence needs to be a claim of its own. */
const MIN_CLAIM_WORDS = 4;

/** `stopAfter`: stop once more claims than this are found (a draft over the claim limit is refused,
 * so the rest of a 20,000-quote dump need not be read). `inspectors`: people the sources name as
 * their inspectors, whose words are the report's wherever the draft names them. */
export function extractClaims(input: InputText, lex: Lexicon, stopAfter = Infinity, inspectors: readonly string[] = []): DraftModel {
  const doc = makeDoc(input);
  const blocks = splitTitle(doc.text, rejoinSpacedWraps(splitBlocks(doc.text), doc.text, (w) => !isContentWord(w)));
  const quotes = findQuotes(doc.text, blocks.map((b) => [b.start, b.end] as [number, number]));
  const claims: DraftClaim[] = [];
  let speaker: Voice | undefined;
  // "Councillor Ann Lee, cabinet member, said:" at a paragraph's end: the next paragraph is her speech
  let introduced: Voice | undefined;
  // a later "Mr Lee said" or "she added" is the speaker named before, in the role named then
  const voices = voiceTracker(inspectors);
  const resolve = voices.resolve;
  const voiced = (a: Attribution): Attribution => (isVoice(a) ? resolve(a) : a);
  const quoteAttribution = new Map<Quote, Attribution>();
  const byStart = quoteIndex(quotes);
  const full = () => claims.length > stopAfter;
  // whether the last block tied itself to the report, and whether it hands that on (an intro ending
  // in a colon, a heading such as "Key findings", a list item) to a list or paragraph after it
  let carried = false;
  let previousHandsOn = false;
  blocks.forEach((block, index) => {
    if (full() || isMarkerLine(block.text)) return;
    const blockQuotes = byStart.startingIn(block.start, block.end).filter((q) => !q.nested);
    const inBlock = quoteIndex(blockQuotes);
    const sentences = capRanges(mergeQuotedSentences(splitSentences(block.text, block.start), blockQuotes), (s, e) => tokensIn(doc, s, e), DEFAULT_LIMITS.maxSentenceWords);
    const sentenceAt = sentenceIndex(sentences);
    const listItem = LIST_ITEM.test(doc.text.slice(block.start, block.start + 4));
    const heading = !listItem && (isHeadline(block.text) || (index === 0 && blocks.length > 1 && isTitle(block.text)) || isQuotedHeading(doc.text, block, blockQuotes));
    // a paragraph that opens with a quote and names no one carries on the last speaker's words
    const opensWithQuote = blockQuotes[0]?.outerStart === block.start || blockQuotes[0]?.continues === true;
    const blockSpeaker = introduced ?? (opensWithQuote ? speaker : undefined);
    speaker = blockSpeaker;
    // quote claims wait for the sentences: a quote in a clause that only answers the report is not checked
    const quoted: Array<[Quote, Attribution]> = [];
    for (const q of blockQuotes) {
      if (full()) return;
      const sentence = sentenceAt.at(q.outerStart) ?? [block.start, block.end];
      // the words just around the quote name its speaker; a window keeps this linear in long paragraphs
      const before = tokensIn(doc, Math.max(sentence[0], q.outerStart - 400), q.outerStart);
      const after = tokensIn(doc, q.outerEnd, Math.min(sentence[1], q.outerEnd + 300));
      let attribution = voiced(attributeQuote(before, after, lex, doc.text));
      if (attribution.kind === 'unknown' && blockSpeaker) attribution = blockSpeaker;
      if (isVoice(attribution)) speaker = attribution;
      quoteAttribution.set(q, attribution);
      // a quoted word in a headline is the headline's, not a quote of the report
      if (!heading) quoted.push([q, attribution]);
    }
    // a paragraph's sentences carry on what one of them reported ("Inspectors found … Social workers were also …")
    let cued = carried && (listItem || previousHandsOn);
    let blockCued = false;
    const firstOfBlock = claims.length;
    const stances: Array<[number, number]> = [];
    for (const whole of sentences) {
      if (full()) return;
      const framed = splitIntro(doc, whole, claims);
      const spoken = inBlock.meeting(framed[0], framed[1]).map((q) => quoteAttribution.get(q)).find(isVoice) ?? blockSpeaker;
      // each clause in its own voice: "The report found … and council chiefs stress …"
      for (const sentence of heading ? [framed] : voiceClauses(doc, framed, lex, spoken?.kind === 'speaker', inBlock.meeting(framed[0], framed[1]))) {
        const inQuote = inBlock.meeting(sentence[0], sentence[1]);
        const speech = inQuote.map((q) => quoteAttribution.get(q)).find(isVoice);
        const quoteSides = inQuote.map((q) => quoteAttribution.get(q)?.kind ?? 'unknown');
        const read = sentenceClaims(doc, sentence, { quotes: inQuote, quoteSides, speaker: speech ?? blockSpeaker, resolve, heading, cued }, lex);
        claims.push(...read.claims);
        if (read.stance) stances.push(sentence);
        cued ||= read.cued;
        blockCued ||= read.cued;
      }
    }
    for (const [q, attribution] of quoted) {
      if (!stances.some(([s, e]) => q.outerStart >= s && q.outerStart < e)) claims.push(...quoteClaims(doc, q, attribution, sentenceAt, lex));
    }
    // …and so do its earlier ones, when a later sentence names the report ("X is working. Leaders are described as …")
    if (blockCued) for (const c of claims.slice(firstOfBlock)) delete c.uncued;
    carried = blockCued || (listItem && cued);
    previousHandsOn = listItem || heading || /:\s*$/.test(block.text);
    const blockTokens = tokensIn(doc, block.start, block.end);
    const intro = introducesSpeech(blockTokens, block.text, lex, doc.text);
    introduced = intro && resolve(intro);
    if (introduced) speaker = introduced;
    // a paragraph that goes on with a speaker's words is theirs, whoever it names
    voices.endParagraph(!blockSpeaker && (lex.attribution?.roles.has(blockTokens.map((t) => t.word)) ?? false));
  });
  claims.sort((a, b) => a.start - b.start || b.end - a.end);
  return { doc, claims };
}


/** A draft's first line is its headline even when no blank line follows it. */
function splitTitle(text: string, blocks: RawBlock[]): RawBlock[] {
  const first = blocks[0];
  const newline = first?.text.search(/\r?\n/) ?? -1;
  if (!first || newline < 0 || !isTitle(first.text.slice(0, newline))) return blocks;
  const lineEnd = first.start + newline;
  const next = first.start + first.text.slice(newline).search(/\S/) + newline;
  return [
    { ...first, end: lineEnd, text: text.slice(first.start, lineEnd) },
    { ...first, start: next, text: text.slice(next, first.end), gapBefore: 0 },
    ...blocks.slice(1),
  ];
}

/** "As an ethnically diverse borough, Lewisham is proud …": the writer's own framing before the
 * claim is a statement of its own, so it neither hides the claim nor is checked against the source. */
function splitIntro(doc: Doc, sentence: [number, number], claims: DraftClaim[]): [number, number] {
  const intro = /^As an? [^,;:"\u201C\u201D]{3,60},\s+/.exec(doc.text.slice(sentence[0], sentence[1]));
  if (!intro) return sentence;
  const end = sentence[0] + intro[0].replace(/,\s+$/, '').length;
  const tokens = tokensIn(doc, sentence[0], end);
  claims.push({ kind: 'statement', start: sentence[0], end, tokens, sentence, attribution: { kind: 'unknown' }, facts: [], inSpeech: false, why: { kind: 'framing' } });
  return [sentence[0] + intro[0].length, sentence[1]];
}

/** Sentence splitting must not end a sentence inside a short quote ("described as 'bold.'"). */
function mergeQuotedSentences(sentences: Array<[number, number]>, quotes: Quote[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const short = quoteIndex(quotes.filter((q) => q.end - q.start < 40));
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const cut = prev && short.meeting(s[0], prev[1]).length > 0;
    if (prev && cut) prev[1] = s[1];
    else out.push([...s]);
  }
  return out;
}

function isHeadline(text: string): boolean {
  return piecesAtMost(text, 12) && !/[.!?:;"'\u201d\u2019]\s*$/.test(text);
}

/** Whether `text.split(/\s+/)` has at most `n` pieces, counted without splitting the whole of a 5 MB line. */
function piecesAtMost(text: string, n: number): boolean {
  const gaps = /\s+/g;
  let pieces = 1;
  while (gaps.exec(text)) if (++pieces > n) return false;
  return true;
}

/** Most words a first line may have to be read as the draft's title. */
const MAX_TITLE_WORDS = 20;

function isTitle(line: string): boolean {
  // "The report said: “…”" opens a quote, however short
  return piecesAtMost(line, MAX_TITLE_WORDS) && !/[.!?:;][\s"'\u201d\u2019]*$/.test(line) && !/:\s*["'\u201c\u2018]/.test(line);
}

/** A sub-heading that is only a short quote ("‘Serious concerns’"): the writer's words in scare quotes. */
function isQuotedHeading(text: string, block: RawBlock, quotes: Quote[]): boolean {
  const q = quotes[0];
  return quotes.length === 1 && q!.outerStart === block.start && q!.outerEnd >= block.end - 1 && piecesAtMost(text.slice(q!.start, q!.end), 6);
}

/** A quote gives one claim per sentence inside it, so that each can be found where it stands in the source. */
function quoteClaims(doc: Doc, q: Quote, attribution: Attribution, sentences: RangeIndex<[number, number]>, lex: Lexicon): DraftClaim[] {
  const inner = splitSentences(doc.text.slice(q.start, q.end), q.start);
  // a quote's pieces are capped in words as sentences are, so a quotation without a full stop stays linear to judge
  const pieces = attribution.kind === 'speaker' ? [] : inner.length ? inner : [[q.start, q.end] as [number, number]];
  const parts = capRanges(pieces, (s, e) => tokensIn(doc, s, e), DEFAULT_LIMITS.maxSentenceWords);
  const sentence = sentences.at(q.start) ?? [q.outerStart, q.outerEnd];
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

interface SentenceContext {
  /** The quotes the sentence holds, and who each is given to. */
  quotes: Quote[];
  quoteSides: Attribution['kind'][];
  /** Whose words these are, when a speaker's (a quote of theirs, or a paragraph of their speech). */
  speaker?: Voice;
  /** Reads a speaker named in the sentence against those named before it. */
  resolve(voice: Voice): Voice;
  heading: boolean;
  /** Whether an earlier sentence of the paragraph, or the intro to its list, tied it to the report. */
  cued: boolean;
}

/** The claims of one sentence: its facts, and what is left of it once quotes and facts at its
 * edges are taken off, when that still says something. */
function sentenceClaims(doc: Doc, sentence: [number, number], context: SentenceContext, lex: Lexicon): { claims: DraftClaim[]; cued: boolean; stance: boolean } {
  const tokens = tokensIn(doc, sentence[0], sentence[1]);
  if (tokens.length === 0) return { claims: [], cued: false, stance: false };
  // found on first use: a sentence that is all one quote needs none of its own (its quote's pieces
  // are read for theirs), and on a 5 MB quotation they were a tenth of the time
  let found: Fact[] | undefined;
  const facts = () => (found ??= findFacts({ tokens, text: doc.text }, lex));
  const cued = hasReportCue({ tokens, facts, quoteSides: context.quoteSides }, lex);
  const claims = claimsOf(doc, sentence, tokens, facts, context, cued || context.cued, lex);
  return { claims, cued, stance: claims.some((c) => c.why?.kind === 'stance') };
}

/** Characters after a sentence within which a speech verb makes the sentence a speaker's introduction. */
const INTRO_VERB_REACH = 16;

function claimsOf(doc: Doc, sentence: [number, number], tokens: Token[], facts: () => Fact[], context: SentenceContext, cued: boolean, lex: Lexicon): DraftClaim[] {
  const { quotes, heading } = context;
  // reported speech without quotation marks: "Sir Ann Lee said the service had turned a corner"
  const said = context.speaker || heading ? undefined : sentenceSpeaker(tokens, lex, doc.text);
  const voice = context.speaker ?? (said && context.resolve(said));
  // an inspector's words are the report's: checked as any "inspectors found" is
  const speaker = voice?.kind === 'speaker' ? voice : undefined;
  const inSpeech = speaker !== undefined;
  // a clause in no one's voice may still only answer the report, call on someone or tell of a plan
  const stance = voice || heading ? undefined : stanceOf(tokens, lex, doc.text);
  // a speaker's words and a stance's are checked only where they report the source
  const own = inSpeech || stance !== undefined;
  // a sentence that is all one quote of the writer's is checked as that quote
  if (!own && !heading && quotes.some((q) => q.start <= sentence[0] + 1 && q.end >= sentence[1] - 2)) return [];
  const namesSource = (ts: Token[]) => (lex.entities?.sourceAliases.has(ts.map((t) => t.word)) ?? false) || (lex.entities?.documentNouns.has(ts.map((t) => t.word)) ?? false);
  // in a speaker's words the source must itself be reporting something ("as the report notes …");
  // "the inspection outcome in 2019 gave us the determination" is the speaker's own reflection, and
  // so is what the speaker feels about it ("We are pleased that Ofsted recognised …")
  const reportsSource = (ts: Token[]) => namesSource(ts) && (!own || (reportedBySource(ts, lex) && !opensInFirstPerson(spokenPart(ts, quotes), lex)));
  const attribution: Attribution = voice ?? (namesSource(tokens) ? { kind: 'source', cue: 'the draft' } : { kind: 'unknown' });
  const why: NotChecked | undefined = heading
    ? { kind: 'headline' }
    : speaker
      ? { kind: 'speaker', name: speaker.name, ...(speaker.role ? { role: speaker.role } : {}) }
      : stance && { kind: 'stance', stance: stance.kind, cue: stance.cue };
  const out: DraftClaim[] = [];
  // in a speaker's words, only what reports the source is checked; in a headline, only its grades
  // a speaker's dates and counts are checked only where they date or count an inspection ("since the
  // last inspection in 2019"), not their own ("told the paper today")
  const aboutInspection = lex.dates?.events.has(tokens.map((t) => t.word)) ?? false;
  // "NAME, chair of the board, which was also judged to 'require improvement', said:": what stands
  // before the speech verb introduces the speaker in the writer's words, and is checked as the writer's
  // (the verb before the colon that opens the quote, in this sentence or just after it)
  const isVerb = (t: Token | undefined) => t !== undefined && (lex.attribution?.verbs.hasWord(t.word) ?? false);
  const verbAfter = () => isVerb(tokensIn(doc, sentence[1], Math.min(doc.text.length, sentence[1] + INTRO_VERB_REACH))[0]);
  const colonVerb = inSpeech ? tokens.find((t) => isVerb(t) && /^\s*:/.test(doc.text.slice(t.end, t.end + 3))) : undefined;
  const introEnd = !inSpeech ? undefined : (colonVerb?.start ?? (verbAfter() ? sentence[1] : undefined));
  const inIntro = (f: Fact) => introEnd !== undefined && f.end <= introEnd;
  // a grade in a stance's clause is still a grade claim ("The service, rated good, is to be expanded")
  const checkableFact = (f: Fact) => (heading ? f.value.type === 'rating' : !own || reportsSource(tokens) || inIntro(f) || (f.value.type === 'rating' ? !inSpeech : aboutInspection));
  const checked = facts().filter(checkableFact);
  for (const fact of checked) {
    out.push({
      kind: 'fact',
      start: fact.start,
      end: fact.end,
      tokens: tokensIn(doc, fact.start, fact.end),
      sentence,
      attribution,
      facts: [fact],
      inSpeech,
      ...(heading ? { why: { kind: 'headline' as const } } : {}),
    });
  }
  // the rest of the sentence, without the quotes (checked as quotes) and the facts at its edges
  const covered: Array<[number, number]> = [
    ...(own || heading ? [] : quotes.map((q) => [q.outerStart, q.outerEnd] as [number, number])),
    ...checked.map((f) => [f.start, f.end] as [number, number]),
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
  const content = restTokens.filter((t) => isContentWord(t.word) && !frame(t.word) && (own || heading || !quotes.some((q) => t.start >= q.outerStart && t.end <= q.outerEnd)));
  // (a speaker's quotes are not taken off, so a short clause of their words is still read: "…, as the report notes, even potential harm")
  if (content.length < MIN_CLAIM_WORDS && out.length + (own ? 0 : quotes.length) > 0 && !heading) return out;
  const firstPerson = !own && tokens.some((t) => lex.attribution?.firstPerson.has(t.word));
  const speakerOnly = inSpeech && !reportsSource(restTokens);
  const statement = heading || speakerOnly || firstPerson || stance !== undefined;
  // an inspector's reported speech around quotes of theirs is checked by what it quotes
  const reportVoice = voice?.kind === 'source';
  const spoken = reportVoice && !statement ? quotes.filter((q, i) => context.quoteSides[i] === 'source' && q.start >= start && q.end <= end) : [];
  const uncued = !statement && !cued;
  out.push({
    kind: statement ? 'statement' : 'claim',
    start,
    end,
    tokens: restTokens,
    sentence,
    attribution,
    facts: facts().filter((f) => f.start >= start && f.end <= end),
    inSpeech,
    ...(spoken.length ? { spoken } : {}),
    ...(statement ? { why: why ?? { kind: 'own-voice' } } : {}),
    ...(uncued ? { uncued: true as const } : {}),
  });
  return out;
}

/** The words inside the sentence's quotes, when it has any: what a speaker says, without "X said:". */
function spokenPart(tokens: Token[], quotes: Quote[]): Token[] {
  const inside = tokens.filter((t) => quotes.some((q) => t.start >= q.start && t.end <= q.end));
  return inside.length ? inside : tokens;
}

/** Words into a sentence within which "We are pleased that Ofsted …" names the source. */
const FEELING_REACH = 8;

/** "We are pleased that Ofsted recognised …", "I welcome the report's …": the speaker's own feeling
 * about the source, opening the sentence, whatever it goes on to cite. */
function opensInFirstPerson(tokens: Token[], lex: Lexicon): boolean {
  const opening = tokens.slice(0, FEELING_REACH).map((t) => withoutPossessive(t.word));
  const namesSource = (lex.entities?.sourceAliases.has(opening) ?? false) || (lex.entities?.documentNouns.has(opening) ?? false);
  return namesSource && tokens.slice(0, 2).some((t) => lex.attribution?.firstPerson.has(t.word));
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
