// Grade claims in press language: the grade words of a rating scale with the words around them that
// make them a claim ("rated", "classed as", "handed a 'good' rating", "are outstanding, Ofsted says"),
// whether they are negated ("no longer inadequate"), a change ("raised from inadequate to requires
// improvement") or about another time ("previously", "at the last inspection", "in 2015").
import type { Token } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import type { CompiledScale } from '../rules/scale-terms.js';
import { resolveAreaAt, type Area } from '../layout/areas.js';

export interface GradeMention {
  /** The draft's words for the claim (fact span the scorer sees). */
  start: number;
  end: number;
  /** As written ('outstanding', 'require improvement'). */
  term: string;
  /** Resolved when the word belongs to one scale; level 1 = best. */
  scale?: string;
  level?: number;
  subject: GradeSubject;
  when: 'this inspection' | { year: number } | 'previous';
  /** "no longer inadequate", "not good". */
  negated: boolean;
  /** The grade words stand in quotation marks ("rated 'good'"): the draft quotes the report's grade. */
  quoted: boolean;
  /** "from inadequate to requires improvement". */
  change?: { from: string };
  /** "the lowest judgement": an end of whatever scale the report uses, not a grade word of one. */
  scaleEnd?: 'lowest' | 'highest';
  /** "six 'outstanding' grades", "'good' in two areas": how many of the report's judgements have the grade. */
  count?: number;
}

/** What a grade claim grades: the overall judgement, one or more of the profile's areas ("classed both
 * leadership and adoption as good"), or nothing the claim names ("rated the council 'good'"). */
export type GradeSubject =
  | { kind: 'overall' }
  | { kind: 'areas'; areas: Array<{ area: string; words: string }> }
  | { kind: 'unknown' };

/** A grade found in a sentence's tokens, before the fact's phrase is grown around it. */
export interface GradeHit {
  from: number;
  to: number;
  scale: CompiledScale;
  /** Index on the rule's scale, lowest first (the rule data's order). */
  index: number;
  mention: Omit<GradeMention, 'start' | 'end'>;
  /** The tokens of the areas it grades, where it names them ("leadership and adoption … as good"),
   * or of the grades it counts ("six 'outstanding' grades"): the claim is about them, so its fact
   * covers them too. */
  subjectSpan?: { from: number; to: number };
}

/** Words before a grade, within this many, that make it a rating claim ("judged as good"). */
const CUE_BEFORE = 6;
/** The same when the grade follows "as", where a list of what is graded may stand between. */
const CUE_BEFORE_AS = 12;
/** Words after a grade, within this many, that do the same ("a 'good' rating", "outstanding, Ofsted says"). */
const CUE_AFTER = 3;
/** Words before a scale's end, within this many, that make it a comparison ("one of the highest grades"). */
const COMPARISON_REACH = 4;
/** Words before a grade, within this many, that negate it ("no longer judged to be 'inadequate'"). */
const NEGATION_REACH = 6;

/** The grade claims of one sentence. `raw(i)` is token i as written (with its marks), `gap(i)` the
 * text between tokens i-1 and i. `areas` are the profile's areas, to name what is graded. */
export function findGradeHits(
  tokens: Token[],
  text: string,
  lex: Lexicon,
  areas: Area[],
  taken: (from: number, to: number) => boolean,
): GradeHit[] {
  const seq = tokens.map((t) => t.word);
  const phrasing = lex.gradePhrasing;
  const gap = (i: number) => (i <= 0 || i >= tokens.length ? '' : text.slice(tokens[i - 1]!.end, tokens[i]!.start));
  const hits: GradeHit[] = [];
  /** A grade at [from, to) on `scale`, read with its subject, time and negation. */
  const push = (at: { from: number; to: number; value: number; phrase: string }, scale: CompiledScale, extra: Pick<GradeMention, 'quoted' | 'scaleEnd'>, counted = countOf(seq, at, lex)) => {
    const { subjectSpan: areaSpan, ...mention } = describe(seq, gap, at, scale, lex, areas);
    const subjectSpan = areaSpan ?? counted?.span;
    hits.push({ from: at.from, to: at.to, scale, index: at.value, mention: { ...mention, ...extra, ...(counted ? { count: counted.n } : {}) }, ...(subjectSpan ? { subjectSpan } : {}) });
  };
  for (const scale of lex.ratings) {
    for (const hit of scale.terms.findAll(seq)) {
      if (taken(hit.from, hit.to)) continue;
      const quoted = /['"\u2018\u201C]\s*$/.test(gap(hit.from)) && /^\s*['"\u2019\u201D]/.test(hit.to < tokens.length ? gap(hit.to) : text.slice(tokens[hit.to - 1]!.end, tokens[hit.to - 1]!.end + 2));
      // "classed both adoption and care leavers as good": after "as" the verb may stand further back
      // and before a grade in quotation marks, a sure sign of the report's own words ("their verdict
      // was that services in the borough 'require improvement to be good'")
      const reach = seq[hit.from - 1] === 'as' || quoted ? CUE_BEFORE_AS : CUE_BEFORE;
      const lead = seq.slice(Math.max(0, hit.from - reach), hit.from);
      const cueBefore = scale.cues.has(lead) || (phrasing?.cues.has(lead) ?? false);
      const cueAfter = scale.cues.has(seq.slice(hit.to, hit.to + CUE_AFTER)) || (phrasing?.cuesAfter.has(seq.slice(hit.to, hit.to + CUE_AFTER)) ?? false);
      // "services for adopted children are good," / are "inadequate": a copula, then the grade, quoted
      // or closing the clause ("aspires to become an 'Outstanding' service" is no claim)
      const copula = phrasing?.copulas.has(seq[hit.from - 1] ?? '') && (quoted || hit.to === tokens.length || /[,.;:!?\u2013\u2014]/.test(gap(hit.to)));
      // a count of the grade is a claim by itself ("… and 'adequate' in one area")
      const counted = countOf(seq, hit, lex);
      if (!cueBefore && !cueAfter && !copula && !counted) continue;
      push(hit, scale, { quoted }, counted);
    }
  }
  // "given Ofsted's lowest judgement": an end of the scale, a claim by its own words
  // read on the scale with the most levels, the general one whose messages fit any report's scale
  const general = lex.ratings.reduce<CompiledScale | undefined>((a, b) => (!a || b.names.length > a.names.length ? b : a), undefined);
  for (const hit of general && phrasing ? phrasing.ends.findAll(seq) : []) {
    if (taken(hit.from, hit.to) || phrasing!.comparisons.has(seq.slice(Math.max(0, hit.from - COMPARISON_REACH), hit.from))) continue;
    const value = hit.value === 'lowest' ? 0 : general!.names.length - 1;
    push({ ...hit, value }, general!, { quoted: false, scaleEnd: hit.value });
  }
  const read = onePerWords(hits);
  markChanges(seq, read, lex);
  return read.sort((a, b) => a.from - b.from);
}

/** Most words a number in words takes ("a couple of"). */
const NUMBER_WORDS = 3;

/** A count of grades at one level: a number right before the grade and a noun of what is graded
 * right after it ("six 'outstanding' grades"), or the grade, "in", then the number and the noun
 * ("'good' in two areas"). The fact covers the count. */
function countOf(seq: string[], hit: { from: number; to: number }, lex: Lexicon): { n: number; span?: { from: number; to: number } } | undefined {
  const nouns = lex.gradeCounts?.nouns;
  if (!nouns) return undefined;
  const numberAt = (i: number): { n: number; to: number } | undefined => {
    const w = seq[i] ?? '';
    if (/^\d{1,3}$/.test(w)) return { n: Number(w), to: i + 1 };
    const hit = lex.numbers?.words.matchAt(seq, i);
    return hit && { n: hit.value, to: hit.to };
  };
  const noun = nouns.matchAt(seq, hit.to);
  for (let i = Math.max(0, hit.from - NUMBER_WORDS); noun && i < hit.from; i++) {
    const num = numberAt(i);
    if (num?.to === hit.from) return { n: num.n, span: { from: i, to: noun.to } };
  }
  const after = seq[hit.to] === 'in' ? numberAt(hit.to + 1) : undefined;
  const counted = after && nouns.matchAt(seq, after.to);
  return counted ? { n: after.n, span: { from: hit.from, to: counted.to } } : undefined;
}

/** Grade words read once: where two scales' words overlap ("good" in "reasonably good"), the longer
 * words win, and the same words the first scale (its rule's order) — the judge weighs them on the
 * report's own scale, whichever scale read them. */
function onePerWords(hits: GradeHit[]): GradeHit[] {
  const covers = (a: GradeHit, b: GradeHit) => a.from <= b.from && b.to <= a.to;
  return hits.filter((h, i) => !hits.some((o, k) => o !== h && covers(o, h) && (o.to - o.from > h.to - h.from || k < i)));
}

function describe(seq: string[], gap: (i: number) => string, hit: { from: number; to: number; value: number; phrase: string }, scale: CompiledScale, lex: Lexicon, areas: Area[]): Omit<GradeHit['mention'], 'quoted'> & Pick<GradeHit, 'subjectSpan'> {
  const phrasing = lex.gradePhrasing;
  const [clauseFrom, clauseTo] = phraseAround(seq, gap, hit, lex);
  const before = seq.slice(Math.max(clauseFrom, hit.from - NEGATION_REACH), hit.from);
  const negated = phrasing?.negations.has(before) ?? false;
  const year = seq.slice(clauseFrom, clauseTo).find((w) => /^(19|20)\d\d$/.test(w));
  // the words that open the clause count too ("three years after they were rated")
  const looksBack = phrasing?.previous.has(seq.slice(Math.max(0, clauseFrom - 2, hit.from - CUE_BEFORE), Math.min(clauseTo, hit.to + 2))) ?? false;
  const { subject, span } = subjectOf(seq, gap, hit, lex, areas, clauseFrom);
  return {
    term: hit.phrase,
    scale: scale.rule.id,
    level: scale.names.length - hit.value,
    subject,
    // "a step up from 'inadequate'": the grade a change starts from is the earlier one
    when: year ? { year: Number(year) } : looksBack || seq[hit.from - 1] === 'from' ? 'previous' : 'this inspection',
    negated,
    ...(span ? { subjectSpan: span } : {}),
  };
}

/** Words of a grade's own clause reach at most this far either side. */
const CLAUSE_REACH = 14;

/** The stretch of the sentence a grade's time words belong to: back to a comma, dash or clause word
 * ("which had been given the lowest grade in 2015, is now rated …" keeps 2015 out of "now rated"),
 * forward to the next such break. */
function phraseAround(seq: string[], gap: (i: number) => string, hit: { from: number; to: number }, lex: Lexicon): [number, number] {
  const breaks = lex.gradePhrasing?.clauseBreaks;
  let from = hit.from;
  while (from > 0 && hit.from - from < CLAUSE_REACH && !/[,;:()\u2013\u2014]|\s-\s/.test(gap(from)) && !(breaks?.hasWord(seq[from - 1]!) && !inCompound(gap, from - 1))) from--;
  let to = hit.to;
  while (to < seq.length && to - hit.to < CLAUSE_REACH && !/[,;:()\u2013\u2014.]|\s-\s/.test(gap(to)) && !breaks?.hasWord(seq[to]!)) to++;
  return [from, to];
}

/** What the grade is given to, read near it, never from elsewhere in the sentence ("rated the
 * council's services 'inadequate' after finding leaders unaware" grades the services, not leaders):
 * areas right after it ("outstanding leadership", "good in the areas of A, B and C"), else the areas
 * of its own clause before it (through a relative pronoun to the noun it stands for: "leadership,
 * which was classed as outstanding"), else the overall judgement if the words say so. */
function subjectOf(seq: string[], gap: (i: number) => string, hit: { from: number; to: number }, lex: Lexicon, areas: Area[], clauseFrom: number): { subject: GradeSubject; span?: { from: number; to: number } } {
  const phrasing = lex.gradePhrasing;
  const hardBreak = (i: number) => /[;:()\u2013\u2014.]|\s-\s/.test(gap(i));
  // after the grade: directly ("outstanding leadership") or through a linking word ("good for adoption")
  let after = hit.to;
  if (phrasing?.areaLinks.hasWord(seq[after] ?? '')) after++;
  let afterEnd = after;
  while (afterEnd < seq.length && afterEnd - after < CLAUSE_REACH && !(afterEnd > after && hardBreak(afterEnd)) && !phrasing?.clauseBreaks.hasWord(seq[afterEnd]!)) afterEnd++;
  const right = areasIn(seq, after, afterEnd, areas);
  // the first area after the grade must follow it closely, with no punctuation between
  const joined = right.length > 0 && right[0]!.at - after <= AREA_GAP && !range(hit.to, right[0]!.at + 1).some((i) => /[^\s'"\u2018\u2019\u201C\u201D]/.test(gap(i)));
  if (joined) return { subject: named(right), span: { from: hit.from, to: right.at(-1)!.to } };
  // before it, within its clause; a relative pronoun hands the subject back to the noun before it,
  // and so does a word that stands for it after a clause word ("…, with both being handed …"),
  // from where the clause before begins
  let from = hit.from;
  let reachFrom = hit.from;
  while (from > 0 && reachFrom - from < CLAUSE_REACH && !hardBreak(from)) {
    const w = seq[from - 1]!;
    if (phrasing?.clauseBreaks.hasWord(w) && !phrasing.relatives.hasWord(w) && !inCompound(gap, from - 1)) {
      if (!phrasing.backReferences.hasWord(seq[from] ?? '')) break;
      reachFrom = from - 1;
    }
    from--;
  }
  const left = areasIn(seq, from, hit.from, areas);
  if (left.length) return { subject: named(left), span: { from: nameStart(seq, left[0]!, areas), to: hit.to } };
  const overall = phrasing?.overall.has(seq.slice(Math.min(from, clauseFrom), afterEnd)) ?? false;
  return { subject: overall ? { kind: 'overall' } : { kind: 'unknown' } };
}

/** A clause word joined by a hyphen to the word beside it ("looked-after children") is part of a
 * compound, not the start of another clause. */
const inCompound = (gap: (i: number) => string, i: number): boolean => gap(i) === '-' || gap(i + 1) === '-';

/** Where the first area of a grade's subject starts: the whole of a longer name that the reach cut
 * into ("children in need of help and protection", read from "help and protection"), so the fact
 * covers all of what is graded. */
function nameStart(seq: string[], first: { at: number; to: number }, areas: Area[]): number {
  const longest = Math.max(0, ...areas.flatMap((a) => [...a.press, ...a.report].map((n) => n.length)));
  for (let s = Math.max(0, first.at - longest); s < first.at; s++) {
    const hit = resolveAreaAt(seq.slice(s, first.to), areas);
    if (hit?.at === 0 && s + hit.length > first.at) return s;
  }
  return first.at;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/** Words between a grade and the first area after it that still make the area its subject ("good in the areas of"). */
const AREA_GAP = 4;

function named(found: Array<{ id: string; words: string }>): GradeSubject {
  if (found.some((a) => a.id === 'overall')) return { kind: 'overall' };
  return { kind: 'areas', areas: found.map((a) => ({ area: a.id, words: a.words })) };
}

/** Every area named in seq[from, to), longest names first and without overlaps, in reading order. */
function areasIn(seq: string[], from: number, to: number, areas: Area[]): Array<{ id: string; words: string; at: number; to: number }> {
  const found: Array<{ id: string; words: string; at: number; to: number }> = [];
  let i = from;
  while (i < to) {
    const hit = resolveAreaAt(seq.slice(i, to), areas);
    if (!hit) break;
    if (!found.some((f) => f.id === hit.id)) found.push({ id: hit.id, words: hit.words, at: i + hit.at, to: i + hit.at + hit.length });
    i += hit.at + hit.length;
  }
  return found;
}

/** "from inadequate to requires improvement": the first grade is the earlier one, the second the
 * grade now, which carries the change. */
function markChanges(seq: string[], hits: GradeHit[], lex: Lexicon): void {
  for (let k = 1; k < hits.length; k++) {
    const a = hits[k - 1]!;
    const b = hits[k]!;
    const between = seq.slice(a.to, b.from);
    const fromBefore = seq.slice(Math.max(0, a.from - 3), a.from);
    if (between.length <= 2 && between.includes('to') && (fromBefore.includes('from') || (lex.gradePhrasing?.changes.has(fromBefore) ?? false))) {
      a.mention = { ...a.mention, when: 'previous' };
      b.mention = { ...b.mention, change: { from: a.mention.term } };
    }
  }
}
