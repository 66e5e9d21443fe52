import type { Doc } from '../ingest/document.js';
import type { Token } from '../ingest/tokens.js';
import type { SourceDoc } from '../layout/source-doc.js';
import type { Passage, SourceModel } from './source-model.js';

// A source model as its file holds it (see model-cache.ts). Its tokens are most of it: V8's
// serializer writes each token as an object with its four property names and its word and stem in
// full, and reads each back as an object with two strings of its own, 230 of a seed model's 430 kB.
// So the file holds the tokens as columns (each distinct word and stem once, and a word, start and
// end number per token) and each passage's tokens as the range of them it holds, and reading rebuilds
// the same tokens, one object each, sharing their strings, with every passage's slice of them.

/** A model's tokens in columns: the distinct word-and-stem pairs, and per token its pair, start and end. */
interface TokenColumns {
  words: string[];
  stems: string[];
  /** Three numbers per token: its pair in `words` and `stems`, its start, its end. */
  columns: Uint32Array;
}

type PackedPassage = Omit<Passage, 'tokens'> & { tokens: [from: number, to: number] };

/** A model as its file holds it: its source document's passages are the model's own (one list). */
export interface PackedModel extends Omit<SourceModel, 'doc' | 'tokens' | 'passages' | 'source'> {
  doc: Omit<Doc, 'tokens'>;
  tokens: TokenColumns;
  passages: PackedPassage[];
  source: Omit<SourceDoc, 'passages'>;
}

/** The model as its file holds it. Throws on a model whose passages are not runs of its tokens or
 * whose source document has passages of its own: neither is built, and such a model is not kept. */
export function packModel(model: SourceModel): PackedModel {
  if (model.source.passages !== model.passages) throw new Error("the source document's passages are not the model's");
  if (model.doc.tokens !== model.tokens) throw new Error("the document's tokens are not the model's");
  const at = new Map<Token, number>();
  const pairs = new Map<string, number>();
  const words: string[] = [];
  const stems: string[] = [];
  const columns = new Uint32Array(model.tokens.length * 3);
  model.tokens.forEach((t, i) => {
    at.set(t, i);
    const key = `${t.word}\0${t.stem}`;
    let pair = pairs.get(key);
    if (pair === undefined) {
      pairs.set(key, (pair = words.length));
      words.push(t.word);
      stems.push(t.stem);
    }
    columns[i * 3] = pair;
    columns[i * 3 + 1] = t.start;
    columns[i * 3 + 2] = t.end;
  });
  const passages = model.passages.map((p): PackedPassage => {
    const from = p.tokens.length ? at.get(p.tokens[0]!) : 0;
    if (from === undefined || p.tokens.some((t, k) => at.get(t) !== from + k)) throw new Error(`passage ${p.index}'s tokens are not a run of the model's`);
    return { ...p, tokens: [from, from + p.tokens.length] };
  });
  const { tokens: _docTokens, ...doc } = model.doc;
  const { passages: _sourcePassages, ...source } = model.source;
  return { ...model, doc, tokens: { words, stems, columns }, passages, source };
}

/** The model a file held (made from what `deserialize` gave, which no one else holds), or
 * undefined when what it holds is not a packed model. */
export function unpackModel(packed: PackedModel): SourceModel | undefined {
  const { words, stems, columns } = packed?.tokens ?? {};
  if (!Array.isArray(words) || !Array.isArray(stems) || words.length !== stems.length || !(columns instanceof Uint32Array) || columns.length % 3) return undefined;
  if (!Array.isArray(packed.passages) || typeof packed.doc !== 'object' || packed.doc === null || typeof packed.source !== 'object' || packed.source === null) return undefined;
  const tokens: Token[] = new Array(columns.length / 3);
  for (let i = 0, c = 0; c < columns.length; i++, c += 3) {
    const pair = columns[c]!;
    if (pair >= words.length) return undefined;
    tokens[i] = { word: words[pair]!, stem: stems[pair]!, start: columns[c + 1]!, end: columns[c + 2]! };
  }
  const passages = packed.passages as unknown as Passage[];
  for (const p of packed.passages) {
    const [from, to] = Array.isArray(p?.tokens) ? p.tokens : [];
    if (!Number.isInteger(from) || !Number.isInteger(to) || from! < 0 || to! < from! || to! > tokens.length) return undefined;
    (p as unknown as Passage).tokens = tokens.slice(from, to);
  }
  const doc: Doc = Object.assign(packed.doc, { tokens });
  const source: SourceDoc = Object.assign(packed.source, { passages });
  return Object.assign(packed, { doc, tokens, passages, source }) as unknown as SourceModel;
}
