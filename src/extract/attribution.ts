import { isContentWord, type Token } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import type { Attribution } from '../types.js';

/** How far from a reporting verb its subject may stand ("Councillor Ann Lee, cabinet member for children, said"). */
const SUBJECT_WINDOW = 16;
/** How far after a quote its inverted attribution may come ("…,” said the mayor). */
const AFTER_WINDOW = 4;

type Side = { kind: 'source'; cue: string } | { kind: 'speaker'; name: string };

/** Who a quote is given to, read from the words around it in its sentence. `before` are the
 * sentence's tokens before the quote, `after` those after it. */
export function attributeQuote(before: Token[], after: Token[], lex: Lexicon, original: string): Attribution {
  // "…,” the mayor said. / “…,” said Cllr Ann Lee. / “…”, inspectors concluded.
  const verbAfter = findVerb(after, lex, 0, Math.min(after.length, AFTER_WINDOW + 2));
  if (verbAfter !== undefined) {
    const who = subjectBefore(after, verbAfter, lex, original, 0) ?? subjectAfter(after, verbAfter, lex, original);
    if (who) return who;
  }
  // "Councillor Ann Lee said: “…” / Inspectors found that “…” / The report says “…”
  const verbBefore = findLastVerb(before, lex);
  if (verbBefore !== undefined) {
    const who = subjectBefore(before, verbBefore, lex, original) ?? subjectAfter(before, verbBefore, lex, original);
    if (who) return who;
  }
  // no verb: "the report's 'widespread failures'", "according to Ofsted"
  const source = sourceCue(before.slice(-14).concat(after.slice(0, 10)), lex);
  return source ?? { kind: 'unknown' };
}

/** The speaker of a sentence of reported speech ("Sir Ann Lee said the service had turned a corner"):
 * the subject of its first reporting verb, when that is a person or body other than the source. */
export function sentenceSpeaker(tokens: Token[], lex: Lexicon, original: string): Extract<Attribution, { kind: 'speaker' }> | undefined {
  const verb = findVerb(tokens, lex, 0, Math.min(tokens.length, 20));
  if (verb === undefined) return undefined;
  const who = subjectBefore(tokens, verb, lex, original) ?? subjectAfter(tokens, verb, lex, original);
  return who?.kind === 'speaker' ? who : undefined;
}

/** Whether a paragraph ends by introducing words to come ("Councillor Ann Lee, cabinet member, said:"),
 * and whose they are. */
export function introducesSpeech(tokens: Token[], blockText: string, lex: Lexicon, original: string): Extract<Attribution, { kind: 'speaker' }> | undefined {
  if (!/[:;]\s*$/.test(blockText) || tokens.length === 0) return undefined;
  const last = tokens.length - 1;
  // the verb is at the end ("…, said:") or close to it ("said the mayor:")
  const verb = findLastVerb(tokens.slice(Math.max(0, last - 5)), lex);
  if (verb === undefined) return undefined;
  const at = Math.max(0, last - 5) + verb;
  const who = subjectBefore(tokens, at, lex, original) ?? subjectAfter(tokens, at, lex, original);
  return who?.kind === 'speaker' ? who : undefined;
}

const isVerb = (seq: string[], i: number, lex: Lexicon) => Boolean(lex.attribution?.verbs.matchAt(seq, i) || lex.attribution?.speechVerbs.matchAt(seq, i));

function findVerb(tokens: Token[], lex: Lexicon, from: number, to: number): number | undefined {
  const seq = tokens.map((t) => t.word);
  for (let i = from; i < to; i++) if (isVerb(seq, i, lex)) return i;
  return undefined;
}

function findLastVerb(tokens: Token[], lex: Lexicon): number | undefined {
  const seq = tokens.map((t) => t.word);
  for (let i = tokens.length - 1; i >= 0; i--) if (isVerb(seq, i, lex)) return i;
  return undefined;
}

/** Only a verb of speech ("said", "added", "welcomed") has a person as its subject; "judged" and
 * "rated" with a name before them are passive ("services in Leeds judged good"). */
const speaks = (tokens: Token[], verb: number, lex: Lexicon) =>
  Boolean(lex.attribution?.speechVerbs.matchAt(tokens.map((t) => t.word), verb)) && !PASSIVE.has(tokens[verb - 1]?.word ?? '');

/** Words before a verb that make it passive: "have been congratulated", "was praised". */
const PASSIVE = new Set(['been', 'being', 'be', 'was', 'were', 'is', 'are']);

/** The nearest word before a verb that says who is speaking: the source ("Ofsted", "the report",
 * "it"), a role ("councillor", "director"), a pronoun ("she") or a capitalised name. */
function subjectBefore(tokens: Token[], verb: number, lex: Lexicon, original: string, floor = Math.max(0, verb - SUBJECT_WINDOW)): Side | undefined {
  const people = speaks(tokens, verb, lex);
  for (let i = verb - 1; i >= floor; i--) {
    const side = classify(tokens, i, lex, original, people);
    if (side) return side;
    // a subject does not reach back over a clause boundary ("Inspectors found that the director said"),
    // but does over a relative clause ("Ann Lee, who chairs the board, said")
    if (STOP_WORDS.has(tokens[i]!.word)) return undefined;
  }
  return undefined;
}

/** The subject after an inverted verb: "said Councillor Ann Lee", "added the director". */
function subjectAfter(tokens: Token[], verb: number, lex: Lexicon, original: string): Side | undefined {
  const people = speaks(tokens, verb, lex);
  for (let i = verb + 1; i < Math.min(tokens.length, verb + AFTER_WINDOW + 1); i++) {
    const side = classify(tokens, i, lex, original, people);
    if (side) return side;
  }
  return undefined;
}

const STOP_WORDS = new Set(['that', 'but', 'because', 'after', 'when', 'while', 'as', 'if', 'said', 'says']);

function classify(tokens: Token[], i: number, lex: Lexicon, original: string, people: boolean): Side | undefined {
  const t = tokens[i]!;
  // "the regulator's chief inspector said": someone of the source's speaks for it
  const seq = tokens.map((x) => x.word.replace(/'s$/, ''));
  const a = lex.attribution;
  const e = lex.entities;
  if (e && (e.sourceAliases.matchAt(seq, i) || e.documentNouns.matchAt(seq, i) || endsPhrase(e.sourceAliases, seq, i) || endsPhrase(e.documentNouns, seq, i))) {
    return { kind: 'source', cue: t.word };
  }
  if (a?.sourcePronouns.has(t.word)) return { kind: 'source', cue: `${t.word} said` };
  if (!people) return undefined;
  if (a && (a.roles.matchAt(seq, i) || endsPhrase(a.roles, seq, i))) return { kind: 'speaker', name: speakerName(tokens, i, original, lex) };
  if (a?.speakerPronouns.has(t.word)) return { kind: 'speaker', name: FIRST_PERSON.has(t.word) ? 'the speaker' : original.slice(t.start, t.end) };
  // a capitalised word that is not a function word or a date: a person's or body's name
  const raw = original.slice(t.start, t.end);
  if (/^\p{Lu}/u.test(raw) && isContentWord(t.word) && !lex.dates?.months.matchAt(seq, i) && !NOT_NAMES.has(t.word)) {
    return { kind: 'speaker', name: speakerName(tokens, i, original, lex) };
  }
  return undefined;
}

/** Speakers who name themselves only so ("I", "we"): the reason says "the speaker". */
const FIRST_PERSON = new Set(['i', 'we']);

const NOT_NAMES = new Set(['i', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Whether a phrase of the matcher ends at word i ("cabinet member" ending at "member"). */
function endsPhrase(matcher: { matchAt(seq: readonly string[], i: number): { to: number } | undefined }, seq: string[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (matcher.matchAt(seq, k)?.to === i + 1) return true;
  return false;
}

/** A speaker's name as the draft gives it: the first run of capitalised words in the subject that
 * opens with a role or has two words or more ("Councillor Ann Lee", "Chief Constable Sam Hill"),
 * else the capitalised run nearest the word that named the speaker. */
function speakerName(tokens: Token[], at: number, original: string, lex: Lexicon): string {
  // a capitalised function word ("The" opening the sentence, "We" opening the quote) is no name
  const cap = (k: number) => k >= 0 && k < tokens.length && /^\p{Lu}/u.test(original.slice(tokens[k]!.start, tokens[k]!.end)) && isContentWord(tokens[k]!.word);
  const adjacent = (x: number, y: number) => /^[\s.]*$/.test(original.slice(tokens[x]!.end, tokens[y]!.start));
  const runFrom = (k: number) => {
    let end = k + 1;
    while (end < tokens.length && cap(end) && adjacent(end - 1, end) && end - k < 5) end++;
    return end;
  };
  const seq = tokens.map((t) => t.word);
  for (let k = Math.max(0, at - SUBJECT_WINDOW); k < Math.min(tokens.length, at + AFTER_WINDOW); k++) {
    if (!cap(k) || (k > 0 && cap(k - 1) && adjacent(k - 1, k))) continue;
    const role = lex.attribution?.roles.matchAt(seq, k);
    // "Chief executive Jane Porter": the role, then the name after it
    const end = role && role.to < tokens.length && cap(role.to) && adjacent(role.to - 1, role.to) ? runFrom(role.to) : runFrom(k);
    if (end - k >= 2 || role) return original.slice(tokens[k]!.start, tokens[end - 1]!.end);
  }
  let k = at;
  while (k > Math.max(0, at - 6) && !cap(k)) k--;
  // no name given ("the prison's governor said"): the role that spoke
  if (!cap(k)) return `the ${original.slice(tokens[at]!.start, tokens[at]!.end)}`;
  while (k > 0 && cap(k - 1) && adjacent(k - 1, k)) k--;
  return original.slice(tokens[k]!.start, tokens[runFrom(k) - 1]!.end);
}

function sourceCue(near: Token[], lex: Lexicon): Side | undefined {
  const seq = near.map((t) => t.word);
  for (const m of [lex.entities?.sourceAliases, lex.entities?.documentNouns]) {
    const hit = m?.findAll(seq)[0];
    if (hit) return { kind: 'source', cue: seq.slice(hit.from, hit.to).join(' ') };
  }
  return undefined;
}
