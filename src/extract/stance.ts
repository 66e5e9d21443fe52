// What a clause does with the report when it does not say what the report found: the inspected body
// answers it ("It fully accepts Ofsted's findings"), someone gives an opinion of it ("The report should
// be compulsory reading"), calls on the council, announces a plan, tells of someone quitting, or
// thanks the staff. The words are rule data (rules/attribution.yaml `stances`); such a clause is a
// statement whose reason says which of these it is.
import { withoutPossessive, type Token } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import type { StanceKind } from '../rules/types/attribution.js';
import { reportedBySource } from './report-cue.js';

export interface Stance {
  kind: StanceKind;
  /** The words that mark it, as the draft gives them. */
  cue: string;
  /** The index of its first word in the clause's tokens. */
  at: number;
}

/** Words that may stand between the report's name and an opinion of it ("The report itself should"). */
const OPINION_GAP = 2;
/** Words after a verb within which its passive agent stands ("were thanked warmly by inspectors"), and
 * words after "by" within which the agent is named ("by the inspection team"). */
const AGENT_REACH = 3;
/** Words before a stance within which a relative pronoun makes it a description of someone ("who has since quit"). */
const RELATIVE_REACH = 3;
const RELATIVES = new Set(['who', 'which', 'whose']);
/** Words that may stand before the report's name as an object ("described the latest report"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'this', 'that', 'their', 'last', 'latest', 'recent']);
/** Words after a response verb within which it names what it answers ("accepts Ofsted's damning findings"). */
const OBJECT_REACH = 5;

/** The first stance the clause takes, unless the source itself is what speaks in it ("the report calls
 * for …", "inspectors said the council must …"): those are the report's findings. */
export function stanceOf(tokens: Token[], lex: Lexicon, text: string): Stance | undefined {
  const stances = lex.attribution?.stances;
  if (!stances || reportedBySource(tokens, lex)) return undefined;
  const seq = tokens.map((t) => withoutPossessive(t.word));
  for (const hit of stances.findAll(seq)) {
    const before = seq.slice(0, hit.from);
    const stance = { kind: hit.value, cue: text.slice(tokens[hit.from]!.start, tokens[hit.to - 1]!.end), at: hit.from };
    if (hit.value === 'opinion') {
      // the report is the subject of the modal: an opinion of it, not of the council
      if (nameEndsWithin(seq, hit.from, lex)) return stance;
      continue;
    }
    // the source as the subject, or as the agent of a passive ("were thanked by inspectors")
    if (hit.value === 'appraisal' && !nameStartsWithin(seq, hit.to, lex)) continue;
    // "Ann Lee, who quit in May, was the third director in two years": a relative clause describes
    // someone; the sentence's own claim is elsewhere
    if (seq.slice(Math.max(0, hit.from - RELATIVE_REACH), hit.from).some((w) => RELATIVES.has(w))) continue;
    if (namesSource(before, lex) || agentIsSource(seq, hit.to, lex)) continue;
    if (hit.value === 'response' && !answersReport(tokens, seq, hit.to, lex, text)) continue;
    // a plan in a clause that names the inspection may be what the inspection brought about
    if (hit.value === 'plan' && namesSource(seq, lex)) continue;
    return stance;
  }
  return undefined;
}

/** Whether the words name the inspectorate, its report or its inspectors. */
function namesSource(seq: string[], lex: Lexicon): boolean {
  const e = lex.entities;
  return Boolean(e?.sourceAliases.has(seq) || e?.documentNouns.has(seq) || lex.attribution?.reportRoles.has(seq));
}

/** Whether a response verb ending at word `from` has the report or what it found as its whole object
 * ("fully accepts Ofsted's damning findings and …", "welcomed the report."). An object that goes on
 * ("welcomed the finding of the visit that services have improved") carries a finding of its own,
 * which is checked; so does a "that" after it. */
function answersReport(tokens: Token[], seq: string[], from: number, lex: Lexicon, text: string): boolean {
  const e = lex.entities;
  const matchers = [e?.sourceAliases, e?.documentNouns, lex.attribution?.responseObjects];
  for (let i = from; i < Math.min(seq.length, from + OBJECT_REACH); i++) {
    const to = matchers.map((m) => m?.matchAt(seq, i)?.to).find((x) => x !== undefined);
    if (to === undefined) continue;
    const next = tokens[to];
    const ends = !next || OBJECT_ENDS.has(next.word) || /[,.;:!?]/.test(text.slice(tokens[to - 1]!.end, next.start));
    // "… and its finding that children are safe": a finding follows all the same
    if (ends) return !seq.slice(to).includes('that');
  }
  return false;
}

/** Words after a response's object that end it: what follows is another clause. */
const OBJECT_ENDS = new Set(['and', 'but', 'or']);

/** Whether a name of the source or its report is the object at word i, after determiners only
 * ("described the report as", "branded Ofsted's verdict"; not "branded inadequate by Ofsted"). */
function nameStartsWithin(seq: string[], i: number, lex: Lexicon): boolean {
  const e = lex.entities;
  let k = i;
  while (k < i + OPINION_GAP && DETERMINERS.has(seq[k] ?? '')) k++;
  return Boolean(e?.sourceAliases.matchAt(seq, k) || e?.documentNouns.matchAt(seq, k));
}

/** Whether the source is the agent of a passive verb ending at word i ("were thanked by inspectors"). */
function agentIsSource(seq: string[], i: number, lex: Lexicon): boolean {
  for (let k = i; k < Math.min(seq.length, i + AGENT_REACH); k++) if (seq[k] === 'by' && namesSource(seq.slice(k + 1, k + 1 + AGENT_REACH), lex)) return true;
  return false;
}

/** Whether a name of the source or its report ends just before word i ("The report should"). */
function nameEndsWithin(seq: string[], i: number, lex: Lexicon): boolean {
  const e = lex.entities;
  for (let end = i; end >= Math.max(1, i - OPINION_GAP); end--) {
    for (let from = Math.max(0, end - 4); from < end; from++) {
      if (e?.sourceAliases.matchAt(seq, from)?.to === end || e?.documentNouns.matchAt(seq, from)?.to === end) return true;
    }
  }
  return false;
}
