import type { DraftModel } from '../../extract/claims.js';
import type { SourceModel } from '../../align/source-model.js';
import type { Lexicon } from '../../rules/lexicon.js';
import { STOPWORDS, type Token } from '../../ingest/tokens.js';
import { describeDate, sourceFacts } from '../source-facts.js';
import { ruleReason } from '../reason.js';
import type { Reason } from '../../types.js';
import { byCodeUnit } from '../../compare.js';
import type { ReferenceDate } from '../types.js';

/** The places a text is about: capitalised names next to words such as "council" or "London Borough of", most named first. */
export function placesOf(text: string, tokens: Token[], lex: Lexicon): Array<[string, number]> {
  const ent = lex.entities;
  if (!ent) return [];
  const seq = tokens.map((t) => t.word);
  const raw = (i: number) => (tokens[i] ? text.slice(tokens[i]!.start, tokens[i]!.end) : '');
  const counts = new Map<string, number>();
  const bump = (i: number) => {
    const name = raw(i).replace(/['’]s$/, '');
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(name) && !STOPWORDS.has(name.toLowerCase()) && !ent.sourceAliases.hasWord(name.toLowerCase())) counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  // "Lambeth's children's services": the suffix may follow a possessive
  const bare = seq.map((w) => w.replace(/'s$/, ''));
  for (let i = 0; i < seq.length; i++) {
    const suffix = ent.placeSuffixes.matchAt(seq, i + 1) ?? ent.placeSuffixes.matchAt(bare, i + 1);
    if (suffix) bump(i);
    const prefix = ent.placePrefixes.matchAt(seq, i);
    if (prefix) bump(prefix.to);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]));
}

const namesCache = new WeakMap<SourceModel, { places: Array<[string, number]>; named: Set<string> }>();
const draftPlacesCache = new WeakMap<DraftModel, Array<[string, number]>>();

/** A draft's places, found once however many sources it is checked against. */
function draftPlaces(draft: DraftModel, lex: Lexicon): Array<[string, number]> {
  let places = draftPlacesCache.get(draft);
  if (!places) {
    places = placesOf(draft.doc.text, draft.doc.tokens, lex);
    draftPlacesCache.set(draft, places);
  }
  return places;
}

function sourceNames(source: SourceModel, lex: Lexicon) {
  let names = namesCache.get(source);
  if (!names) {
    names = { places: placesOf(source.doc.text, source.doc.tokens, lex), named: new Set(source.doc.tokens.map((t) => t.word.replace(/'s$/, ''))) };
    namesCache.set(source, names);
  }
  return names;
}

/** The place names of draft and source, lower-cased: who a claim is about is not what it says,
 * so they do not count when a claim is matched in other words. */
export function placeWords(draft: DraftModel, source: SourceModel, lex: Lexicon): Set<string> {
  const names = [...draftPlaces(draft, lex), ...sourceNames(source, lex).places];
  return new Set(names.map(([name]) => name.toLowerCase()));
}

/** Places the draft names that the source never does, with the source's own subject: a claim
 * that puts one of them where the source has its own is about the wrong place. */
export function foreignPlaces(draft: DraftModel, source: SourceModel, lex: Lexicon): { places: Set<string>; sourceSubject: string } | undefined {
  const { places, named } = sourceNames(source, lex);
  const sourceSubject = places[0]?.[0];
  if (!sourceSubject) return undefined;
  const foreign = draftPlaces(draft, lex)
    .map(([name]) => name)
    .filter((name) => !named.has(name.toLowerCase()));
  return foreign.length ? { places: new Set(foreign), sourceSubject } : undefined;
}

/** A draft about a place the source never names (another council) cannot be supported by it. */
export function subjectMismatch(draft: DraftModel, source: SourceModel, lex: Lexicon): Reason | undefined {
  const rule = lex.entities?.rule;
  const { places, named } = sourceNames(source, lex);
  const [draftSubject] = draftPlaces(draft, lex)[0] ?? [];
  const [sourceSubject] = places[0] ?? [];
  if (!rule || !draftSubject || !sourceSubject) return undefined;
  if (named.has(draftSubject.toLowerCase())) return undefined;
  return ruleReason(rule, 'otherSubject', { claim: draftSubject, source: sourceSubject });
}

/** A draft describing an inspection after the source's own date (a later visit) cannot be
 * supported by the source, whatever it says in similar words. */
export function laterEvent(draft: DraftModel, source: SourceModel, lex: Lexicon): Reason | undefined {
  const rule = lex.dates?.rule;
  const facts = sourceFacts(source, lex);
  const sourceYear = Math.max(facts.inspection?.value.year ?? 0, facts.publicationYear?.year ?? 0);
  if (!rule || !sourceYear) return undefined;
  const events = lex.dates!.events;
  for (const claim of draft.claims) {
    if (claim.kind !== 'fact') continue;
    const v = claim.facts[0]!.value;
    if (v.type !== 'date' || v.year === undefined || v.year <= sourceYear) continue;
    if (!events.has(claim.tokens.map((t) => t.word))) continue;
    const source = facts.inspection ? describeDate(facts.inspection.value) : String(sourceYear);
    return ruleReason(rule, 'laterEvent', { claim: describeDate(v), source });
  }
  return undefined;
}

/** The date a draft's relative dates count from: --date, else a dateline, else — when the draft
 * says the report was published today — the source's publication year. */
export function referenceDate(draft: DraftModel, source: SourceModel, lex: Lexicon, date?: string): ReferenceDate | undefined {
  if (date) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (m) return { year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]), from: '--date' };
  }
  for (const claim of draft.claims.slice(0, 8)) {
    const v = claim.facts[0]?.value;
    if (claim.kind === 'statement' && v?.type === 'date' && v.year !== undefined && v.day !== undefined) {
      return { year: v.year, month: v.month, day: v.day, from: "the draft's dateline" };
    }
  }
  const publication = sourceFacts(source, lex).publicationYear;
  const documents = lex.entities?.documentNouns;
  const publishedToday = draft.claims.some((c) => {
    const v = c.facts[0]?.value;
    return c.kind === 'fact' && v?.type === 'relative' && v.unit === 'day' && v.offset === 0 && documents?.has(c.tokens.map((t) => t.word));
  });
  if (publication && publishedToday) return { year: publication.year, from: `the source's publication in ${publication.year}, which the draft says is today` };
  return undefined;
}
