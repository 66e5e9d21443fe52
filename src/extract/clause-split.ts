// Where a sentence changes voice: "The report did not highlight any failures and council chiefs stress
// …" is a claim, then a speaker's words; "Northshire's care boss has apologised after inspectors
// condemned the service" is a speaker's act, then a finding; "We must …, as the report notes, …" is a
// speaker's own, then what the report says. Each clause is read on its own, so the speaker's part is a
// statement and the report's part is checked.
import { tokensIn, type Doc } from '../ingest/document.js';
import type { Token } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import { sentenceSpeaker } from './attribution.js';
import { reportedBySource } from './report-cue.js';
import { stanceOf } from './stance.js';

/** Fewest words a clause keeps on either side of a split. */
const MIN_CLAUSE_TOKENS = 3;
/** Words after an opener within which the source must be reporting ("after an Ofsted report branded"). */
const OPENER_REACH = 7;
/** Words after a join within which the other voice's verb stands ("and council chiefs stress"). */
const JOIN_REACH = 6;

/** The sentence's clauses, as character ranges that together cover it. `inSpeech`: the sentence is a
 * speaker's words already, so only a clause that reports the source is split off. `quotes`: ranges a
 * split must not fall inside (a quote is one voice). */
export function voiceClauses(doc: Doc, sentence: [number, number], lex: Lexicon, inSpeech: boolean, quotes: ReadonlyArray<{ outerStart: number; outerEnd: number }>): Array<[number, number]> {
  const a = lex.attribution;
  const tokens = tokensIn(doc, sentence[0], sentence[1]);
  if (!a || tokens.length < 2 * MIN_CLAUSE_TOKENS) return [sentence];
  const quoted = (t: Token) => !inSpeech && quotes.some((q) => t.start >= q.outerStart && t.end <= q.outerEnd);
  const own = (ts: Token[]) => sentenceSpeaker(ts, lex, doc.text)?.kind === 'speaker' || stanceOf(ts, lex, doc.text) !== undefined;
  for (let i = MIN_CLAUSE_TOKENS; i <= tokens.length - MIN_CLAUSE_TOKENS; i++) {
    const t = tokens[i]!;
    if (quoted(t)) continue;
    const head = tokens.slice(0, i);
    const tail = tokens.slice(i + 1);
    // "… has apologised after inspectors condemned …": the opener starts the report's clause
    const opens = a.clauseOpeners.has(t.word) && reportedBySource(tokens.slice(i + 1, i + 1 + OPENER_REACH), lex);
    if (opens && (inSpeech ? !reportedBySource(head, lex) : own(head))) return [[sentence[0], tokens[i - 1]!.end], ...voiceClauses(doc, [t.start, sentence[1]], lex, inSpeech, quotes)];
    // "… and council chiefs stress …": the join starts another voice's clause
    if (!inSpeech && a.clauseJoins.has(t.word) && otherVoice(tail, lex, doc.text) && !own(head)) return [[sentence[0], tokens[i - 1]!.end], [tail[0]!.start, sentence[1]]];
  }
  return [sentence];
}

/** A speaker or a stance that opens the clause, rather than one deep inside it. */
function otherVoice(tail: Token[], lex: Lexicon, text: string): boolean {
  if (sentenceSpeaker(tail.slice(0, JOIN_REACH), lex, text)?.kind === 'speaker') return true;
  const stance = stanceOf(tail.slice(0, 2 * JOIN_REACH), lex, text);
  return stance !== undefined && stance.at < JOIN_REACH;
}
