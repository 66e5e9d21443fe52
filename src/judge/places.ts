import { byCodeUnit } from '../compare.js';
import type { DraftModel } from '../extract/claims.js';
import { memoKey, memoized, type SourceModel } from '../align/source-model.js';
import type { Lexicon } from '../rules/lexicon.js';
import { STOPWORDS, withoutPossessive, type Token } from '../ingest/tokens.js';
import { isCapitalisedWord } from '../ingest/letters.js';

/** The places a text is about: capitalised names next to words such as "council" or "London Borough of", most named first. */
export function placesOf(text: string, tokens: Token[], lex: Lexicon): Array<[string, number]> {
  const ent = lex.entities;
  if (!ent) return [];
  const seq = tokens.map((t) => t.word);
  const raw = (i: number) => (tokens[i] ? text.slice(tokens[i]!.start, tokens[i]!.end) : '');
  const counts = new Map<string, number>();
  const bump = (i: number) => {
    const name = raw(i).replace(/['\u2019]s$/, '');
    if (isCapitalisedWord(name) && !STOPWORDS.has(name.toLowerCase()) && !ent.sourceAliases.hasWord(name.toLowerCase())) counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  // "Lambeth's children's services": the suffix may follow a possessive
  const bare = seq.map((w) => w.replace(/'s$/, ''));
  for (let i = 0; i < seq.length; i++) {
    const suffix = ent.placeSuffixes.matchAt(seq, i + 1) ?? ent.placeSuffixes.matchAt(bare, i + 1);
    const prefix = ent.placePrefixes.matchAt(seq, i);
    // "Leeds City Council", "London Borough of": a word that opens a suffix or prefix is part of it, not the name
    if (suffix && !prefix && !ent.placeSuffixes.matchAt(seq, i)) bump(i);
    if (prefix) bump(prefix.to);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]));
}

const NAMES = memoKey<{ places: Array<[string, number]>; named: Set<string> }>('place-names');
const draftPlacesCache = new WeakMap<DraftModel, Array<[string, number]>>();

/** A draft's places, found once however many sources it is checked against. */
export function draftPlaces(draft: DraftModel, lex: Lexicon): Array<[string, number]> {
  let places = draftPlacesCache.get(draft);
  if (!places) {
    places = placesOf(draft.doc.text, draft.doc.tokens, lex);
    draftPlacesCache.set(draft, places);
  }
  return places;
}

export function sourceNames(source: SourceModel, lex: Lexicon) {
  return memoized(source, NAMES, () => ({ places: placesOf(source.doc.text, source.doc.tokens, lex), named: new Set(source.doc.tokens.map((t) => withoutPossessive(t.word))) }));
}

/** The place names of draft and source, lower-cased: who a claim is about is not what it says,
 * so they do not count when a claim is matched in other words. */
export function placeWords(draft: DraftModel, source: SourceModel, lex: Lexicon): Set<string> {
  const names = [...draftPlaces(draft, lex), ...sourceNames(source, lex).places];
  return new Set(names.map(([name]) => name.toLowerCase()));
}

/** Whether the source names a place: as written, or with the "s" a misplaced possessive dropped ("Leed's" for a name ending in s). */
export function namedIn(named: Set<string>, name: string): boolean {
  const lower = name.toLowerCase();
  return named.has(lower) || named.has(`${lower}s`);
}

/** Places the draft names that the source never does, with the source's own subject: a claim
 * that puts one of them where the source has its own is about the wrong place. */
export function foreignPlaces(draft: DraftModel, source: SourceModel, lex: Lexicon): { places: Set<string>; sourceSubject: string } | undefined {
  const { places, named } = sourceNames(source, lex);
  const sourceSubject = places[0]?.[0];
  if (!sourceSubject) return undefined;
  const foreign = draftPlaces(draft, lex)
    .map(([name]) => name)
    .filter((name) => !namedIn(named, name));
  return foreign.length ? { places: new Set(foreign), sourceSubject } : undefined;
}

