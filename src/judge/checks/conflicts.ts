import type { Token } from '../../ingest/tokens.js';
import type { Lexicon } from '../../rules/lexicon.js';
import { ruleReason } from '../reason.js';
import { wordnetAntonyms } from '../../align/wordnet.js';
import { polarityDifference } from '../../align/meaning/negation.js';
import { numberConflict, quantities } from '../../align/meaning/numbers.js';
import type { Reason } from '../../types.js';

/** Contradictions between a claim and the passage it aligns with: a flipped negation, a move up
 * or down a quantity or intensity scale, an antonym, a different number. */
export function findConflicts(
  claim: Token[],
  passage: Token[],
  lex: Lexicon,
  original: { claim: string; source: string },
  /** The whole texts the tokens' offsets point into, where a negation's clause ends. */
  texts: { draft: string; source: string },
): Reason[] {
  const reasons: Reason[] = [];
  const cw = claim.map((t) => t.word);
  const pw = passage.map((t) => t.word);
  const neg = lex.negation;
  const flipped = neg && polarityDifference({ tokens: claim, text: texts.draft }, { tokens: passage, text: texts.source }, neg.cues);
  if (neg && flipped) {
    reasons.push(ruleReason(neg.rule, flipped.negatedIn === 'claim' ? 'added' : 'dropped', { claim: original.claim, source: original.source }));
  }
  for (const scale of lex.degrees) {
    const ch = scale.terms.findAll(cw);
    const ph = scale.terms.findAll(pw);
    if (!ch.length || !ph.length) continue;
    // compare the terms that modify the same word: the one right after (or before) each term
    for (const a of ch) {
      const anchor = cw[a.to] ?? cw[a.from - 1];
      const b = ph.find((h) => pw[h.to] === anchor || pw[h.from - 1] === cw[a.from - 1]) ?? (ch.length === 1 && ph.length === 1 ? ph[0] : undefined);
      if (!b || a.value === b.value) continue;
      const values = { claim: cw.slice(a.from, a.to).join(' '), source: pw.slice(b.from, b.to).join(' ') };
      reasons.push(ruleReason(scale.rule, a.value > b.value ? 'overstated' : 'understated', values));
    }
  }
  const cs = new Set(claim.map((t) => t.stem));
  const ps = new Set(passage.map((t) => t.stem));
  const passageWords = new Set(pw);
  const claimWords = new Set(cw);
  for (const { rule, opposite } of lex.antonyms) {
    for (const t of claim) {
      if (ps.has(t.stem)) continue;
      // the rule's own pairs (by stem) first, then WordNet's (by word)
      const byRule = [...(opposite.get(t.stem) ?? [])].find((o) => ps.has(o) && !cs.has(o));
      const byWordnet = byRule ? undefined : [...wordnetAntonyms(t.word)].find((o) => passageWords.has(o) && !claimWords.has(o));
      if (byRule || byWordnet) {
        reasons.push(ruleReason(rule, 'default', { claim: t.word, source: byWordnet ?? wordOf(passage, byRule!) }));
        break;
      }
    }
  }
  const numbers = lex.numbers;
  const figures = numbers && numberConflict(quantities(original.claim, numbers.pack), quantities(original.source, numbers.pack));
  if (numbers && figures) reasons.push(ruleReason(numbers.rule, 'different', { claim: figures.claim.text, source: figures.source.text }));
  return reasons;
}

/** A place the claim names that the source never does, where the passage is about the source's own subject. */
export function wrongPlace(claim: Token[], original: string, foreign: { places: Set<string>; sourceSubject: string } | undefined, lex: Lexicon): Reason | undefined {
  const rule = lex.entities?.rule;
  if (!rule || !foreign) return undefined;
  const named = claim.map((t) => original.slice(t.start, t.end).replace(/['\u2019]s$/, '')).find((w) => foreign.places.has(w));
  return named ? ruleReason(rule, 'otherPlace', { claim: named, source: foreign.sourceSubject }) : undefined;
}

function wordOf(tokens: Token[], stem: string): string {
  return tokens.find((t) => t.stem === stem)?.word ?? stem;
}
