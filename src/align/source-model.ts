import { makeDoc, tokensIn, type Doc } from '../ingest/document.js';
import type { Token } from '../ingest/tokens.js';
import { isContentWord } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import { segmentSource, type SourceBlock } from '../layout/source.js';
import { capRanges, splitSentences } from '../layout/sentences.js';
import { DEFAULT_LIMITS } from '../limits.js';
import type { InputText } from '../types.js';

/** A sentence of a source (or a whole short block: a heading, a table row), the unit evidence is cited in. */
export interface Passage {
  index: number;
  block: SourceBlock;
  start: number;
  end: number;
  tokens: Token[];
}

export interface SourceModel {
  id: string;
  doc: Doc;
  title: string;
  blocks: SourceBlock[];
  passages: Passage[];
  /** All tokens of the source in reading order (boilerplate included), for exact matching. */
  tokens: Token[];
  /** Content stem → indexes of the passages that contain it. */
  postings: Map<string, number[]>;
  /** Inverse document frequency of each content stem over passages. */
  idf: Map<string, number>;
}

const WHOLE_BLOCK: ReadonlySet<SourceBlock['kind']> = new Set(['title', 'meta', 'table-header', 'judgement', 'heading']);

export function buildSourceModel(id: string, input: InputText, lex: Lexicon): SourceModel {
  const doc = makeDoc(input);
  const blocks = segmentSource(doc.text, lex);
  const passages: Passage[] = [];
  for (const block of blocks) {
    const ranges = WHOLE_BLOCK.has(block.kind)
      ? [[block.bodyStart, block.end] as [number, number]]
      : capRanges(splitSentences(doc.text.slice(block.bodyStart, block.end), block.bodyStart), (s, e) => tokensIn(doc, s, e), DEFAULT_LIMITS.maxSentenceWords);
    for (const [start, end] of ranges) {
      passages.push({ index: passages.length, block, start, end, tokens: tokensIn(doc, start, end) });
    }
  }
  const postings = new Map<string, number[]>();
  for (const p of passages) {
    for (const s of new Set(p.tokens.filter((t) => isContentWord(t.word)).map((t) => t.stem))) {
      const list = postings.get(s);
      if (list) list.push(p.index);
      else postings.set(s, [p.index]);
    }
  }
  const idf = new Map<string, number>();
  for (const [s, list] of postings) idf.set(s, Math.log(1 + passages.length / list.length));
  const titleBlock = blocks.find((b) => b.kind === 'title');
  return {
    id,
    doc,
    title: titleBlock ? doc.text.slice(titleBlock.start, titleBlock.end).trim() : input.path,
    blocks,
    passages,
    tokens: doc.tokens,
    postings,
    idf,
  };
}
