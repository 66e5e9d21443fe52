// Evaluative press language in a draft's sentence: a verb, adjective or noun with a polarity
// ("slated", "praised", "a damning report", "failings in"), how emphatic it is ("heavily
// criticised"), whether it is denied ("not criticised"), and what it is about — the report itself,
// or the words naming what is praised or censured ("the care … has been hailed": "the care").
// Reading only: which grade those words mean is the judge's (src/judge/tone.ts), against the
// report's own profile.
import { withoutPossessive, type Token } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import type { PhraseHit, PhraseMatcher } from '../rules/phrases.js';

export type ToneSign = 'positive' | 'negative';

/** One entry of the tone pack: a verb inspectors do to what they grade, or a describing word;
 * a polarity word or a change between inspections. */
export interface ToneTerm {
  role: 'verb' | 'word';
  kind: 'polarity' | 'change';
  sign: ToneSign;
  strong: boolean;
}

/** The tone pack's words, compiled (src/rules/types/tone.ts). */
export interface TonePack {
  terms: PhraseMatcher<ToneTerm>;
  intensifiers: PhraseMatcher<true>;
  negations: PhraseMatcher<true>;
  /** Negations that turn a negative word into a change for the better ("no longer failing"). */
  improvedBy: PhraseMatcher<true>;
  wholes: PhraseMatcher<true>;
  documents: PhraseMatcher<true>;
  background: PhraseMatcher<true>;
  /** Words before a tone word that make it about some of what is graded ("examples of poor care"). */
  parts: PhraseMatcher<true>;
  /** Forms of "to be" that make a verb passive ("was slated") or a word predicative ("is not good enough"). */
  passives: PhraseMatcher<true>;
  /** Other helpers before them ("has been", "will be"). */
  auxiliaries: PhraseMatcher<true>;
  phraseEnds: PhraseMatcher<true>;
  /** Words after a describing word that lead to what it is about ("failings in", "critical of"). */
  complements: PhraseMatcher<true>;
  /** Adverbs that may stand between a helper verb and a tone word, besides those in -ly ("also", "still"). */
  adverbs: PhraseMatcher<true>;
  /** Words that open another clause, which a phrase before a tone word does not reach across ("which", "but"). */
  clauseWords: PhraseMatcher<true>;
  /** Phrase ends that narrow the phrase to a part of what it names ("services for disabled children"). */
  qualifiers: PhraseMatcher<true>;
}

/** What a tone word is about: the report itself, or the draft's words for a thing (with their head word). */
export type ToneTarget =
  | { kind: 'document'; from: number; to: number }
  /** `words` as written, without determiners; `head` the last of them, bare; `narrowed` when the
   * phrase goes on to a qualifier ("services for disabled children"): a part, not the whole;
   * `extent` the words with what qualifies them, where an area may be named ("the force's work on
   * preventing crime"). */
  | { kind: 'words'; from: number; to: number; words: string[]; head: string; narrowed: boolean; extent: string[] };

/** Who does the praising or censuring: the report's side, someone the sentence names, or no one named. */
export type ToneAgent = 'source' | 'other' | 'unstated';

export interface ToneHit {
  /** Token range of the tone words, an intensifier before them included. */
  from: number;
  to: number;
  term: ToneTerm;
  target: ToneTarget;
  agent: ToneAgent;
  /** The inspection its clause is about: a year it names, or an earlier one ("had been slated"). */
  when: 'this inspection' | { year: number } | 'previous';
}

/** Token range of what a hit says: its tone words and what they are about ("the school has been slated"). */
export const toneSpan = (hit: ToneHit): [number, number] => [Math.min(hit.from, hit.target.from), Math.max(hit.to, hit.target.to)];

/** The words of the report's side, to tell who praises or censures. */
export interface SourceNames {
  sourceAliases?: PhraseMatcher<true>;
  documentNouns?: PhraseMatcher<true>;
  /** Verbs that report what was found ("said", "concluded"): what is praised starts after them. */
  reportingVerbs?: PhraseMatcher<true>;
  /** Pronouns that stand for the inspectors of a sentence before ("They also slammed …"). */
  sourcePronouns?: ReadonlySet<string>;
  /** Pronouns of a speaker ("he", "we"). */
  speakerPronouns?: ReadonlySet<string>;
  /** Words that put a clause at an earlier inspection ("previously", "had been"). */
  previous?: PhraseMatcher<true>;
  /** Relative pronouns, which stand for the noun before them ("which", "who"). */
  relatives?: PhraseMatcher<true>;
}

/** The other packs' words the reading leans on: who the source is, reporting verbs, pronouns, time and relatives. */
export function sourceNames(lex: Lexicon): SourceNames {
  const { attribution, gradePhrasing } = lex;
  return {
    ...lex.entities,
    reportingVerbs: attribution?.verbs,
    sourcePronouns: attribution?.sourcePronouns,
    speakerPronouns: attribution?.speakerPronouns,
    previous: gradePhrasing?.previous,
    relatives: gradePhrasing?.relatives,
  };
}

/** Words before a tone word within which a negation, background word or intensifier counts. */
const LEAD = 3;
/** Words a target noun phrase runs to at most. */
const PHRASE_REACH = 8;
/** Words after a describing word within which the report's own name makes it about the report ("damning inspection report"). */
const DOCUMENT_AFTER = 3;

/** The tone words of a sentence's tokens, each with its target and agent. `text` is the text the
 * tokens point into (to see punctuation between them). */
export function readTone(tokens: Token[], text: string, pack: TonePack, names: SourceNames): ToneHit[] {
  const seq = tokens.map((t) => withoutPossessive(t.word));
  const words = tokens.map((t) => t.word);
  const broken = (i: number) => i <= 0 || i >= tokens.length || /[,;:()\u2013\u2014.!?"\u201C\u201D]|\s-\s/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  const opens = (w: string) => pack.clauseWords.hasWord(w) || (names.reportingVerbs?.hasWord(w) ?? false);
  const subjects = (w: string) => DETERMINERS.has(w) || (names.sourcePronouns?.has(w) ?? false) || (names.speakerPronouns?.has(w) ?? false);
  const relative = (w: string) => names.relatives?.hasWord(w) ?? false;
  const sentence: Words = { seq, words, broken, opens, subjects, relative };
  const hits: ToneHit[] = [];
  for (const hit of stretchHits(pack.terms, words, broken)) {
    let from = hit.from;
    let term = hit.value;
    const intensifier = endingAt(pack.intensifiers, words, from);
    if (intensifier !== undefined && !broken(from)) {
      from = intensifier;
      term = { ...term, strong: true };
    }
    const lead = words.slice(Math.max(0, from - LEAD), from);
    // "days after the damning report" dates the claim; "examples of poor care" is about some of it, not the whole
    if (pack.background.has(lead) || pack.parts.has(lead)) continue;
    const negation = pack.negations.findAll(lead).pop() ?? (lead.some((w) => w.endsWith("n't")) ? { phrase: "n't" } : undefined);
    if (negation) {
      // "no longer failing": the denial of a censure is a change for the better; any other denial says nothing we can weigh
      if (!(term.sign === 'negative' && term.kind === 'polarity' && pack.improvedBy.has(words.slice(Math.max(0, from - LEAD), from)))) continue;
      term = { ...term, kind: 'change', sign: 'positive' };
    }
    const read = targetOf(sentence, hit.to, from, term, pack, names);
    if (read) hits.push({ from, to: hit.to, term, ...read, when: whenOf(sentence, from, hit.to, names) });
  }
  return hits;
}

/** A phrase is read within one stretch of text between punctuation: "serious' failings" across a
 * closing quote mark is not "serious failings". */
function stretchHits<T>(matcher: PhraseMatcher<T>, words: string[], broken: (i: number) => boolean): Array<PhraseHit<T>> {
  const hits: Array<PhraseHit<T>> = [];
  for (let start = 0, end = 1; end <= words.length; end++) {
    if (end < words.length && !broken(end)) continue;
    hits.push(...matcher.findAll(words.slice(start, end)).map((h) => ({ ...h, from: h.from + start, to: h.to + start })));
    start = end;
  }
  return hits;
}

/** The start of an entry of `matcher` that ends right at `at`, if one does. */
function endingAt(matcher: PhraseMatcher<true>, seq: string[], at: number): number | undefined {
  for (let k = 1; k <= LEAD && at - k >= 0; k++) if (matcher.matchAt(seq, at - k)?.to === at) return at - k;
  return undefined;
}

/** A sentence's words: bare (without "'s", to match), as written (for area names), and where the punctuation breaks it. */
interface Words {
  seq: string[];
  words: string[];
  broken: (i: number) => boolean;
  /** A word that opens a clause of its own ("which", "said"): a phrase before a tone word starts after it. */
  opens: (w: string) => boolean;
  /** A word that opens a subject (a determiner, a pronoun): after "and" it starts a new clause. */
  subjects: (w: string) => boolean;
  /** A relative pronoun ("which", "who"). */
  relative: (w: string) => boolean;
}

function targetOf(
  sentence: Words,
  to: number,
  from: number,
  term: ToneTerm,
  pack: TonePack,
  names: SourceNames,
): { target: ToneTarget; agent: ToneAgent } | undefined {
  const { seq, broken } = sentence;
  const aux = auxiliaryBefore(seq, broken, from, pack);
  const subject = () => nounPhraseBefore(sentence, aux?.at ?? from, pack);
  // the agent's words as written, determiners kept ("the regulator" is a name of the source)
  const agentOf = (np: { from: number; to: number } | undefined): ToneAgent => {
    const ws = np && sentence.words.slice(np.from, np.to);
    if (!ws?.length) return 'unstated';
    if (names.sourceAliases?.has(ws) || names.documentNouns?.has(ws)) return 'source';
    return ws.length === 1 && names.sourcePronouns?.has(ws[0]!) ? 'unstated' : 'other';
  };
  if (term.role === 'verb' && term.kind === 'polarity') {
    if (aux?.passive) {
      // "the school was slated by inspectors": the subject is what is censured, "by" names who did it
      const by = seq[to] === 'by' && !broken(to) ? nounPhraseAfter(sentence, to + 1, pack) : undefined;
      const agent = by ? agentOf(by) : 'unstated';
      // "the school was praised for its pupils' behaviour": what it is praised for is what the praise is about
      const after = by ? by.to : to;
      const reason = seq[after] === 'for' && !broken(after) ? nounPhraseAfter(sentence, after + 1, pack) : undefined;
      const target = reason ?? subject();
      return target && { target, agent };
    }
    // "inspectors slammed the school": what follows is censured, what stands before did it
    const object = nounPhraseAfter(sentence, to, pack);
    const before = subject();
    return object && { target: object, agent: agentOf(before) };
  }
  // a describing word or a change: "a damning (inspection) report", "improvements to children's services",
  // "teaching is not good enough", "a failing school"
  for (let k = to; k < Math.min(seq.length, to + DOCUMENT_AFTER) && !(k > to && broken(k)); k++) {
    const document = pack.documents.matchAt(seq, k);
    if (document) return { target: { kind: 'document', from: k, to: document.to }, agent: 'unstated' };
  }
  if (pack.complements.hasWord(seq[to] ?? '') && !broken(to)) {
    const complement = nounPhraseAfter(sentence, to + 1, pack);
    if (complement) return { target: complement, agent: 'unstated' };
  }
  if (aux !== undefined) {
    const target = subject();
    return target && { target, agent: 'unstated' };
  }
  const after = term.role === 'word' && !broken(to) ? nounPhraseAfter(sentence, to, pack) : undefined;
  return after && { target: after, agent: 'unstated' };
}

/** The inspection a tone word's clause is about: a year in it ("slated by inspectors in 2015"),
 * or words that look back ("which had been criticised"). */
function whenOf({ seq, broken, opens }: Words, from: number, to: number, names: SourceNames): ToneHit['when'] {
  let start = from;
  while (start > 0 && from - start < PHRASE_REACH * 2 && !broken(start) && !opens(seq[start - 1]!)) start--;
  // the clause word itself ("which had been …") belongs to the clause it opens
  if (start > 0 && !broken(start)) start--;
  let end = to;
  while (end < seq.length && end - to < PHRASE_REACH * 2 && !broken(end) && !opens(seq[end]!)) end++;
  const clause = seq.slice(start, end);
  const year = clause.find((w) => YEAR.test(w));
  if (year) return { year: Number(year) };
  return names.previous?.has(clause) ? 'previous' : 'this inspection';
}

const YEAR = /^(19|20)\d\d$/;

/** The helper verbs right before a tone word ("was slated", "has been hailed", "is also not good
 * enough"), over adverbs between them: where they start, and whether a form of "to be" is among them. */
function auxiliaryBefore(seq: string[], broken: (i: number) => boolean, from: number, pack: TonePack): { at: number; passive: boolean } | undefined {
  let i = from;
  let found: { at: number; passive: boolean } | undefined;
  while (i > 0 && !broken(i) && from - i < LEAD + 1) {
    const w = seq[i - 1]!;
    const passive = pack.passives.hasWord(w);
    if (passive || pack.auxiliaries.hasWord(w)) found = { at: i - 1, passive: passive || (found?.passive ?? false) };
    // an adverb between helper and verb ("was also criticised", "has been widely praised")
    else if (!(w.endsWith('ly') || pack.adverbs.hasWord(w))) break;
    i--;
  }
  return found;
}

/** The noun phrase that ends right before `at`, cut at the first word that ends a phrase
 * ("the care being provided for …" → "the care"). */
function nounPhraseBefore(sentence: Words, at: number, pack: TonePack): Extract<ToneTarget, { kind: 'words' }> | undefined {
  const { seq, words, broken, opens, subjects, relative } = sentence;
  // "the council, which had been slated": a relative pronoun hands the phrase back to the noun before it
  if (at > 1 && relative(seq[at - 1]!)) return nounPhraseBefore({ ...sentence, broken: (i) => i !== at - 1 && broken(i) }, at - 1, pack);
  let start = at;
  while (start > 0 && at - start < PHRASE_REACH * 2 && !broken(start)) {
    const w = seq[start - 1]!;
    // "and" joins two clauses when a new subject follows it ("…, and the school was slated"), else
    // it is inside the phrase ("children in need of help and protection")
    if (opens(w) || (w === 'and' && subjects(seq[start] ?? ''))) break;
    start--;
  }
  // "In 2019 the service was slated": the phrase starts after the time it is given
  const year = seq.slice(start, at).findLastIndex((w) => YEAR.test(w));
  if (year >= 0) start += year + 1;
  let end = start;
  while (end < at && !pack.phraseEnds.hasWord(seq[end]!) && !(end > start && broken(end))) end++;
  const narrowed = end < at && pack.qualifiers.hasWord(seq[end]!);
  return phrase(words, start, end, narrowed, narrowed ? at : end);
}

/** The noun phrase that starts at `at`, up to a break or a word that ends a phrase. */
function nounPhraseAfter({ seq, words, broken }: Words, at: number, pack: TonePack): Extract<ToneTarget, { kind: 'words' }> | undefined {
  let end = at;
  while (end < seq.length && end - at < PHRASE_REACH && !(end > at && broken(end)) && !pack.phraseEnds.hasWord(seq[end]!)) end++;
  const narrowed = end < seq.length && !broken(end) && pack.qualifiers.hasWord(seq[end]!);
  let extent = end;
  while (narrowed && extent < seq.length && extent - at < PHRASE_REACH * 2 && !broken(extent) && !pack.clauseWords.hasWord(seq[extent]!)) extent++;
  return phrase(words, at, end, narrowed, extent);
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'our', 'some', 'all']);

/** words[from, to) as a target: its words as written without determiners, its last word bare, and
 * the words up to `extentEnd` with what qualifies it. */
function phrase(words: string[], from: number, to: number, narrowed: boolean, extentEnd: number): Extract<ToneTarget, { kind: 'words' }> | undefined {
  const content = words.slice(from, to).filter((w) => !DETERMINERS.has(w));
  const head = content[content.length - 1]?.replace(/'s$/, '');
  return head ? { kind: 'words', from, to, words: content, head, narrowed, extent: words.slice(from, extentEnd) } : undefined;
}
