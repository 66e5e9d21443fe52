// Grade claims in press language: the grade words of a rating scale with the words around them that
// make them a claim ("rated", "classed as", "handed a 'good' rating", "are outstanding, Ofsted says"),
// whether they are negated ("no longer inadequate"), a change ("raised from inadequate to requires
// improvement") or about another time ("previously", "at the last inspection", "in 2015").
import type { Token } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import type { CompiledScale } from '../rules/scale-terms.js';
import { resolveArea, type Area } from '../layout/areas.js';

export interface GradeMention {
  /** The draft's words for the claim (fact span the scorer sees). */
  start: number;
  end: number;
  /** As written ('outstanding', 'require improvement'). */
  term: string;
  /** Resolved when the word belongs to one scale; level 1 = best. */
  scale?: string;
  level?: number;
  subject: { kind: 'overall' } | { kind: 'area'; area: string; words: string } | { kind: 'unknown' };
  when: 'this inspection' | { year: number } | 'previous';
  /** "no longer inadequate", "not good". */
  negated: boolean;
  /** "from inadequate to requires improvement". */
  change?: { from: string };
}

/** A grade found in a sentence's tokens, before the fact's phrase is grown around it. */
export interface GradeHit {
  from: number;
  to: number;
  scale: CompiledScale;
  /** Index on the rule's scale, lowest first (the rule data's order). */
  index: number;
  mention: Omit<GradeMention, 'start' | 'end'>;
}

/** Words before a grade, within this many, that make it a rating claim ("judged as good"). */
const CUE_BEFORE = 6;
/** Words after a grade, within this many, that do the same ("a 'good' rating", "outstanding, Ofsted says"). */
const CUE_AFTER = 3;
/** Words before a grade, within this many, that negate it ("no longer 'inadequate'"). */
const NEGATION_REACH = 4;

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
  for (const scale of lex.ratings) {
    for (const hit of scale.terms.findAll(seq)) {
      if (taken(hit.from, hit.to)) continue;
      const quoted = /['"\u2018\u201C]\s*$/.test(gap(hit.from)) && /^\s*['"\u2019\u201D]/.test(hit.to < tokens.length ? gap(hit.to) : text.slice(tokens[hit.to - 1]!.end, tokens[hit.to - 1]!.end + 2));
      const cueBefore = scale.cues.has(seq.slice(Math.max(0, hit.from - CUE_BEFORE), hit.from)) || (phrasing?.cues.has(seq.slice(Math.max(0, hit.from - CUE_BEFORE), hit.from)) ?? false);
      const cueAfter = scale.cues.has(seq.slice(hit.to, hit.to + CUE_AFTER)) || (phrasing?.cuesAfter.has(seq.slice(hit.to, hit.to + CUE_AFTER)) ?? false);
      // "services for adopted children are good," / are "inadequate": a copula, then the grade, quoted
      // or closing the clause ("aspires to become an 'Outstanding' service" is no claim)
      const copula = phrasing?.copulas.has(seq[hit.from - 1] ?? '') && (quoted || hit.to === tokens.length || /[,.;:!?\u2013\u2014]/.test(gap(hit.to)));
      if (!cueBefore && !cueAfter && !copula) continue;
      hits.push({ from: hit.from, to: hit.to, scale, index: hit.value, mention: describe(seq, hit, scale, lex, areas) });
    }
  }
  markChanges(seq, hits, lex);
  return hits.sort((a, b) => a.from - b.from);
}

function describe(seq: string[], hit: { from: number; to: number; value: number; phrase: string }, scale: CompiledScale, lex: Lexicon, areas: Area[]): GradeHit['mention'] {
  const phrasing = lex.gradePhrasing;
  const before = seq.slice(Math.max(0, hit.from - NEGATION_REACH), hit.from);
  const negated = phrasing?.negations.has(before) ?? false;
  const clauseStart = Math.max(0, hit.from - 12);
  const around = seq.slice(clauseStart, Math.min(seq.length, hit.to + 6));
  const year = around.find((w) => /^(19|20)\d\d$/.test(w));
  const looksBack = phrasing?.previous.has(seq.slice(Math.max(0, hit.from - CUE_BEFORE), hit.to + 2)) ?? false;
  const area = resolveArea(seq, areas, 'press');
  const overall = phrasing?.overall.has(seq) ?? false;
  return {
    term: hit.phrase,
    scale: scale.rule.id,
    level: scale.names.length - hit.value,
    subject: area ? { kind: 'area', area: area.id, words: area.words } : overall ? { kind: 'overall' } : { kind: 'unknown' },
    when: year ? { year: Number(year) } : looksBack ? 'previous' : 'this inspection',
    negated,
  };
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
