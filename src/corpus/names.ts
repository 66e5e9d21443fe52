import { STOPWORDS, words } from '../ingest/tokens.js';
import { placesOf } from '../judge/places.js';
import type { Token } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import { onFirstUse } from '../lazy/modules.js';

// Whom a report is about, as the words that tell it from its neighbours. The words that only say a
// name is a place ("Royal Borough of", "City Council") name no place: a draft that says "the Royal
// Borough" is about no borough in particular, and "City" is in half a corpus's council names.

/** How many opening lines of a report may hold its name on a line of its own. */
const OPENING_LINES = 8;
/** A name on a line of its own has at most this many words ("Royal Borough of Ashford and Kingsmere"). */
const NAME_MAX_WORDS = 7;
const CONNECTORS = new Set(['and', 'of', 'on', 'upon', 'the', '&']);
// made on first use: making a \p{…} pattern parses its classes (src/ingest/letters.ts)
/** A line that is nothing but a name: capitalised words, joined by "and", "of", "on", "&" or hyphens. */
const NAME_LINE = onFirstUse(() => /^\p{Lu}[\p{L}'\u2019]*(?:-(?:\p{Ll}+-)?\p{Lu}[\p{L}'\u2019]*)*(?:\s+(?:(?:and|of|on|upon|&)\s+)?\p{Lu}[\p{L}'\u2019]*(?:-(?:\p{Ll}+-)?\p{Lu}[\p{L}'\u2019]*)*)*$/u);

/** Whether a word is one of the words that mark a place in the lexicon ("royal", "borough", "council"). */
export function isPlaceWord(word: string, lex: Lexicon): boolean {
  const ent = lex.entities;
  return !!ent && (ent.placeSuffixes.inEntry(word) || ent.placePrefixes.inEntry(word));
}

/** The words of a subject that name it: "Royal Borough of Ashford and Kingsmere" → ashford, kingsmere. */
export function subjectWords(subject: string, lex: Lexicon): string[] {
  return words(subject.replace(/-/g, ' ')).filter((w) => !CONNECTORS.has(w) && !STOPWORDS.has(w) && !/^\d/.test(w) && !isPlaceWord(w, lex));
}

/** A line of running text ends the opening: a name below it is a heading or a grade, not the report's own. */
const PROSE = /[.;]$|(?:\S+\s+){8}/;

/** A line at the top that is nothing but a name ("Ashford and Kingsmere", "Glenbury City"), for
 * a report whose title gives no subject: above the first line of running text. */
export function openingName(text: string, lex: Lexicon): string | undefined {
  const lines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).slice(0, OPENING_LINES);
  const prose = lines.findIndex((l) => PROSE.test(l));
  const opening = prose < 0 ? lines : lines.slice(0, prose);
  return opening.find((l) => NAME_LINE().test(l) && l.split(' ').length <= NAME_MAX_WORDS && subjectWords(l, lex).length > 0);
}

/** The place a text names most next to words such as "council", leaving out those words
 * themselves, with the capitalised words beside it where it is first named ("Oak" of "London
 * Borough of Oak Hollow" is "Oak Hollow"). */
export function mainPlace(text: string, tokens: Token[], lex: Lexicon): string | undefined {
  const name = placesOf(text, tokens, lex).find(([n]) => !isPlaceWord(n.toLowerCase(), lex))?.[0];
  if (!name) return undefined;
  const raw = (i: number) => text.slice(tokens[i]!.start, tokens[i]!.end);
  const at = tokens.findIndex((_, i) => raw(i).replace(/['\u2019]s$/, '') === name);
  if (at < 0) return name;
  const joins = (i: number, j: number) => /^[ \t]+$/.test(text.slice(tokens[i]!.end, tokens[j]!.start));
  const part = (i: number) => /^\p{Lu}\p{Ll}+$/u.test(raw(i)) && !isPlaceWord(tokens[i]!.word, lex) && !STOPWORDS.has(tokens[i]!.word);
  let [from, to] = [at, at];
  while (from > 0 && part(from - 1) && joins(from - 1, from)) from--;
  while (to + 1 < tokens.length && part(to + 1) && joins(to, to + 1)) to++;
  return text.slice(tokens[from]!.start, tokens[to]!.end);
}
