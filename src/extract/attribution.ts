import { isContentWord, withoutPossessive, words, type Token } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import type { Attribution } from '../types.js';
import { startsUpper } from '../ingest/letters.js';

/** How far from a reporting verb its subject may stand ("Councillor Ann Lee, cabinet member for children, said"). */
const SUBJECT_WINDOW = 16;
/** How far after a quote its inverted attribution may come ("…,” said the mayor). */
const AFTER_WINDOW = 4;

type Side = Exclude<Attribution, { kind: 'unknown' }>;

/** A person or body whose words a draft gives: a speaker of their own, or an inspector who speaks for the report. */
export type Voice = Extract<Attribution, { kind: 'speaker' }> | (Extract<Attribution, { kind: 'source' }> & { speaker: string });

export const isVoice = (a: Attribution | undefined): a is Voice => a?.kind === 'speaker' || (a?.kind === 'source' && a.speaker !== undefined);

/** Who a quote is given to, read from the words around it in its sentence. `before` are the
 * sentence's tokens before the quote, `after` those after it. */
export function attributeQuote(before: Token[], after: Token[], lex: Lexicon, original: string): Attribution {
  // "…,” the mayor said. / “…,” said Cllr Ann Lee. / “…”, inspectors concluded.
  const verbAfter = findVerb(after, lex, 0, Math.min(after.length, AFTER_WINDOW + 2));
  if (verbAfter !== undefined) {
    // "… which was judged to 'require improvement', said: “We …”": what follows the colon is the next
    // quote, whose "we" is no name for this one's speaker
    const who = subjectBefore(after, verbAfter, lex, original, 0) ?? subjectAfter(after, verbAfter, lex, original, true);
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
export function sentenceSpeaker(tokens: Token[], lex: Lexicon, original: string): Voice | undefined {
  const verb = findVerb(tokens, lex, 0, Math.min(tokens.length, 20));
  if (verb === undefined) return undefined;
  const who = subjectBefore(tokens, verb, lex, original) ?? subjectAfter(tokens, verb, lex, original);
  return isVoice(who) ? who : undefined;
}

/** Whether a paragraph ends by introducing words to come ("Councillor Ann Lee, cabinet member, said:"),
 * and whose they are. */
export function introducesSpeech(tokens: Token[], blockText: string, lex: Lexicon, original: string): Voice | undefined {
  if (!/[:;]\s*$/.test(blockText) || tokens.length === 0) return undefined;
  const last = tokens.length - 1;
  // the verb is at the end ("…, said:") or close to it ("said the mayor:")
  const verb = findLastVerb(tokens.slice(Math.max(0, last - 5)), lex);
  if (verb === undefined) return undefined;
  const at = Math.max(0, last - 5) + verb;
  const who = subjectBefore(tokens, at, lex, original) ?? subjectAfter(tokens, at, lex, original);
  return isVoice(who) ? who : undefined;
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

/** The subject after an inverted verb: "said Councillor Ann Lee", "added the director". `beforeColon`:
 * only up to a colon after the verb. */
function subjectAfter(tokens: Token[], verb: number, lex: Lexicon, original: string, beforeColon = false): Side | undefined {
  const people = speaks(tokens, verb, lex);
  for (let i = verb + 1; i < Math.min(tokens.length, verb + AFTER_WINDOW + 1); i++) {
    if (beforeColon && original.slice(tokens[i - 1]!.end, tokens[i]!.start).includes(':')) return undefined;
    const side = classify(tokens, i, lex, original, people);
    if (side) return side;
  }
  return undefined;
}

const STOP_WORDS = new Set(['that', 'but', 'because', 'after', 'when', 'while', 'as', 'if', 'said', 'says']);

function classify(tokens: Token[], i: number, lex: Lexicon, original: string, people: boolean): Side | undefined {
  const t = tokens[i]!;
  // "the regulator's chief inspector said": someone of the source's speaks for it
  const seq = tokens.map((x) => withoutPossessive(x.word));
  const a = lex.attribution;
  const e = lex.entities;
  if (e && (e.sourceAliases.matchAt(seq, i) || e.documentNouns.matchAt(seq, i) || endsPhrase(e.sourceAliases, seq, i) || endsPhrase(e.documentNouns, seq, i))) {
    const inspector = people ? appositiveInspector(tokens, i, original, lex) : undefined;
    return inspector ?? { kind: 'source', cue: t.word };
  }
  if (a?.sourcePronouns.has(t.word)) return { kind: 'source', cue: `${t.word} said` };
  if (!people) return undefined;
  if (a && (a.roles.matchAt(seq, i) || endsPhrase(a.roles, seq, i))) return named(tokens, i, original, lex);
  if (a?.speakerPronouns.has(t.word)) return { kind: 'speaker', name: FIRST_PERSON.has(t.word) ? 'the speaker' : original.slice(t.start, t.end) };
  // a capitalised word that is not a function word or a date: a person's or body's name
  const raw = original.slice(t.start, t.end);
  if (startsUpper(raw) && isContentWord(t.word) && !lex.dates?.months.matchAt(seq, i) && !NOT_NAMES.has(t.word)) {
    return named(tokens, i, original, lex);
  }
  return undefined;
}

/** A named or titled speaker, whose role decides whose voice it is: an inspector's words are the
 * report's ("Ofsted inspector Ann Lee said"), a councillor's or a parent's are their own. */
function named(tokens: Token[], i: number, original: string, lex: Lexicon): Side {
  const role = roleOf(tokens, i, original, lex);
  if (role?.report) return { kind: 'source', cue: role.text, speaker: role.name ?? speakerName(tokens, i, original, lex) };
  const name = possessor(speakerName(tokens, i, original, lex), tokens, i, original, lex);
  // the role the name opens with is the speaker's ("Councillor Ann Lee, … at Northshire council")
  const opening = lex.attribution?.roles.matchAt(words(name), 0);
  const own = opening ? name.split(/\s+/).slice(0, opening.to).join(' ') : role?.text;
  return { kind: 'speaker', name, ...(own ? { role: own } : {}) };
}

/** "Northshire's child protection boss": a name in the possessive is whose the role is, so the speaker
 * is named by the whole phrase, up to the role's end. */
function possessor(name: string, tokens: Token[], i: number, original: string, lex: Lexicon): string {
  if (!/['\u2019]s$/.test(name)) return name;
  const at = original.lastIndexOf(name, tokens[i]!.start);
  const end = lex.attribution?.roles.matchAt(tokens.map((t) => t.word), i)?.to ?? i + 1;
  return at < 0 ? name : original.slice(at, tokens[end - 1]!.end);
}

/** Words before a name within which its role may start ("His Majesty's Inspector of Constabulary Ann Lee"). */
const ROLE_REACH = 8;
/** Words after a name within which an appositive role may start ("Ann Lee, the lead inspector, said"). */
const APPOSITIVE_REACH = 2;

interface Role {
  text: string;
  /** The role speaks for the inspection. */
  report: boolean;
  /** The name the role is given to, when the draft gives one after it. */
  name?: string;
}

/** The role the draft gives the speaker at word i: a role phrase that runs into the speaker's run of
 * capitalised words ("Lead inspector Ann Lee", "Councillor Ann Lee") or stands just after it ("Ann Lee,
 * the lead inspector,"). A role of the source's own ("an Ofsted spokesperson", "the watchdog's chief")
 * speaks for it too. */
function roleOf(tokens: Token[], i: number, original: string, lex: Lexicon): Role | undefined {
  const a = lex.attribution;
  if (!a) return undefined;
  const raw = tokens.map((t) => t.word);
  const bare = raw.map(withoutPossessive);
  const cap = (k: number) => startsUpper(original.slice(tokens[k]!.start, tokens[k]!.end));
  const adjacent = (x: number, y: number) => /^[\s.]*$/.test(original.slice(tokens[x]!.end, tokens[y]!.start));
  let runStart = i;
  while (runStart > 0 && cap(runStart) && cap(runStart - 1) && adjacent(runStart - 1, runStart)) runStart--;
  let runEnd = i + 1;
  while (runEnd < tokens.length && cap(i) && cap(runEnd) && adjacent(runEnd - 1, runEnd)) runEnd++;
  const hitAt = (k: number) => {
    const report = a.reportRoles.matchAt(raw, k) ?? a.reportRoles.matchAt(bare, k);
    if (report) return { hit: report, report: true };
    const own = a.roles.matchAt(raw, k) ?? a.roles.matchAt(bare, k);
    return own ? { hit: own, report: ownedBySource(bare, k, lex) } : undefined;
  };
  const text = (from: number, to: number) => original.slice(tokens[from]!.start, tokens[to - 1]!.end);
  let found: Role | undefined;
  for (let k = Math.max(0, runStart - ROLE_REACH); k <= i; k++) {
    const h = hitAt(k);
    if (!h || h.hit.to < runStart || h.hit.to > runEnd) continue;
    const name = h.hit.to < runEnd ? text(Math.max(h.hit.to, runStart), runEnd) : undefined;
    const role = { text: text(h.hit.from, h.hit.to), report: h.report, ...(name ? { name } : {}) };
    // the first, longest role wins ("His Majesty's Inspector of Constabulary" over "Inspector of
    // Constabulary"), unless a later one speaks for the report ("Chief" before "Chief Inspector")
    if (!found || (h.report && !found.report)) found = role;
  }
  if (found) return found;
  for (let k = runEnd; k < Math.min(tokens.length, runEnd + APPOSITIVE_REACH); k++) {
    const h = hitAt(k);
    if (h) return { text: text(h.hit.from, h.hit.to), report: h.report, name: text(runStart, runEnd) };
  }
  return undefined;
}

/** Words that may stand between a name and the role after it ("Ann Lee, the lead inspector"). */
const ROLE_DETERMINERS = new Set(['the', 'a', 'an', 'its']);

/** "Ann Lee, the lead inspector, said": the named inspector whose role ends at word i. */
function appositiveInspector(tokens: Token[], i: number, original: string, lex: Lexicon): Side | undefined {
  const reportRoles = lex.attribution?.reportRoles;
  if (!reportRoles) return undefined;
  const raw = tokens.map((t) => t.word);
  let from = -1;
  for (let k = Math.max(0, i - 4); k <= i && from < 0; k++) if (reportRoles.matchAt(raw, k)?.to === i + 1) from = k;
  if (from < 0) return undefined;
  const role = original.slice(tokens[from]!.start, tokens[i]!.end);
  let k = from - 1;
  while (k >= 0 && ROLE_DETERMINERS.has(raw[k]!)) k--;
  if (k < 0 || !/,\s*$/.test(original.slice(tokens[k]!.end, tokens[k + 1]!.start))) return undefined;
  const cap = (x: number) => x >= 0 && startsUpper(original.slice(tokens[x]!.start, tokens[x]!.end)) && isContentWord(tokens[x]!.word);
  if (!cap(k)) return undefined;
  let start = k;
  while (cap(start - 1) && /^[\s.]*$/.test(original.slice(tokens[start - 1]!.end, tokens[start]!.start))) start--;
  return { kind: 'source', cue: role, speaker: original.slice(tokens[start]!.start, tokens[k]!.end) };
}

/** Whether the source's name stands just before the role at k ("Ofsted spokesperson", "the watchdog's chief"). */
function ownedBySource(bare: string[], k: number, lex: Lexicon): boolean {
  const e = lex.entities;
  if (!e || k === 0) return false;
  return Boolean(e.sourceAliases.matchAt(bare, k - 1)?.to === k || endsPhrase(e.sourceAliases, bare, k - 1));
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
  const cap = (k: number) => k >= 0 && k < tokens.length && startsUpper(original.slice(tokens[k]!.start, tokens[k]!.end)) && isContentWord(tokens[k]!.word);
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
    // a capitalised speaker is named by their own run ("On a visit to Northshire Police, Mr Lee said"),
    // not by another name earlier in the subject, unless that name is the speaker's, with their role
    // after it ("Ann Lee, independent chair of the Northshire Board, said")
    const appositive = end < tokens.length && /^\s*,/.test(original.slice(tokens[end - 1]!.end)) && (lex.attribution?.roles.has(seq.slice(end, end + APPOSITIVE_REACH + 1)) ?? false);
    if (cap(at) && (at < k || at >= end) && !appositive) continue;
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
