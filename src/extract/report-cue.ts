import { isContentWord, withoutPossessive, type Token } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import type { Attribution } from '../types.js';
import type { Fact } from './facts.js';

/** What a sentence holds that ties it to the report. */
export interface CueView {
  tokens: Token[];
  /** The sentence's facts, found only when the cheaper cues leave the answer open. */
  facts(): Fact[];
  /** Who each quote in the sentence is given to. */
  quoteSides: Attribution['kind'][];
}

/** Whether a sentence says anything about the report: it names the inspectorate or the document
 * ("Ofsted", "inspectors", "the report"), uses a reporting verb ("found", "rated", "concluded") or a
 * grade word ("judgement", "rating"), quotes the report, or states a number, grade, count, duration
 * or a date of the inspection. A sentence with none of these ("The council has been called on to
 * explain …", "It comes as the government prepares …") is the writer's own context: when no passage
 * says anything like it, it is left unchecked rather than flagged as unsupported. */
export function hasReportCue(view: CueView, lex: Lexicon): boolean {
  const seq = view.tokens.map((t) => withoutPossessive(t.word));
  const entities = lex.entities;
  if (entities && (entities.sourceAliases.has(seq) || entities.documentNouns.has(seq))) return true;
  if (lex.attribution?.verbs.has(seq)) return true;
  // "the areas inspected", "at the inspection": about the inspection itself
  if (view.tokens.some((t) => t.stem === 'inspect')) return true;
  if (lex.ratings.some((r) => r.cues.has(seq))) return true;
  // a grade as only a report gives one: a grade of several words ("require improvement to be
  // good") or a scale's top or bottom ("outstanding", "inadequate")
  if (lex.ratings.some((r) => r.terms.findAll(seq).some((h) => h.to - h.from >= 2 || h.value === 0 || h.value === r.names.length - 1))) return true;
  if (view.quoteSides.includes('source')) return true;
  // a figure is checkable wherever it stands ("hit 2.7 million", "an extra 86 social workers")
  if (seq.some((w) => /\d/.test(w))) return true;
  const aboutInspection = lex.dates?.events.has(seq) ?? false;
  return view.facts().some((f) => datesOrCounts(f) || aboutInspection);
}

/** A fact that is checkable on its own; a month or "last year" alone dates the writer's news as
 * often as the inspection. */
function datesOrCounts(f: Fact): boolean {
  const v = f.value;
  if (v.type === 'relative') return false;
  if (v.type === 'date') return v.day !== undefined || v.year !== undefined;
  return true;
}

/** Words within which a reporting verb must follow the source's name for the source to be reporting
 * ("as the report notes", "Ofsted found that"). */
const REPORTED_WITHIN = 4;
const AUXILIARY_ADVERBS = new Set(['also', 'clearly', 'rightly', 'recently', 'today', 'now', 'previously']);

/** The source's name followed closely by a reporting verb: "as the report notes", "Ofsted found". */
export function reportedBySource(tokens: Token[], lex: Lexicon): boolean {
  const seq = tokens.map((t) => t.word);
  const names = [lex.entities?.sourceAliases, lex.entities?.documentNouns].flatMap((m) => (m ? m.findAll(seq) : []));
  return names.some((hit) => {
    for (let i = hit.to; i < Math.min(seq.length, hit.to + REPORTED_WITHIN); i++) {
      if (lex.attribution?.verbs.matchAt(seq, i)) return true;
      // only auxiliaries may stand between ("Ofsted has also found"); a name there is the verb's subject
      if (isContentWord(seq[i]!) && !AUXILIARY_ADVERBS.has(seq[i]!)) break;
    }
    // "according to the report"
    return seq[hit.from - 1] === 'to' && seq[hit.from - 2] === 'according';
  });
}

