// Blocks: the paragraphs, list items, table rows and headings of a text, as ranges of the
// original. Both sources and drafts are cut this way; sources are then classified (source.ts).
import { lastWord, startsLower } from '../ingest/letters.js';

export interface RawBlock {
  start: number;
  end: number;
  text: string;
  /** Blank lines between this block and the previous one (a long gap marks a page break in extracted PDF text). */
  gapBefore: number;
  /** A form feed before this block: a real page break. */
  pageBreakBefore: boolean;
}

const LIST_MARKER = /^\s*(?:[-\u2022*\u25cf\u25aa\u25e6\u2023\u00b7]\s+|\d{1,3}[.)]\s+)/;
// a tab or a wide gap between cells, or a Markdown pipe row
const TABLE_ROW = /\t|\S {3,}\S|^\s*\|.*\|\s*$/;
const SENTENCE_END = /[.!?:;"'\u201d\u2019)\]]\s*$/;

export function splitBlocks(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  const lineRe = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let blank = 0;
  let formFeed = false;
  let current: RawBlock | undefined;
  for (let m = lineRe.exec(text); m && m[0] !== ''; m = lineRe.exec(text)) {
    const raw = m[0].replace(/[\r\n]+$/, '');
    if (raw.includes('\f')) formFeed = true;
    const line = raw.replace(/\f/g, '');
    const lead = line.length - line.trimStart().length;
    const start = m.index + raw.length - raw.replace(/^[\s\f]+/, '').length;
    const end = m.index + raw.replace(/\s+$/, '').length;
    if (line.trim() === '') {
      if (current) blocks.push(current);
      current = undefined;
      blank++;
      continue;
    }
    const continues =
      current !== undefined &&
      !LIST_MARKER.test(line) &&
      !TABLE_ROW.test(line.slice(lead)) &&
      !TABLE_ROW.test(current.text) &&
      !SENTENCE_END.test(current.text) &&
      // a hard-wrapped paragraph: the next line carries on the sentence, or both lines are long
      (startsLower(line.trimStart()) || (current.text.length >= 60 && line.trim().length >= 60));
    if (current && continues) {
      current.end = end;
      current.text = text.slice(current.start, end);
    } else {
      if (current) blocks.push(current);
      current = { start, end, text: text.slice(start, end), gapBefore: blank, pageBreakBefore: formFeed };
      blank = 0;
      formFeed = false;
    }
  }
  if (current) blocks.push(current);
  return blocks;
}

/** A text double-spaced as it was reflowed (a reprint's every line wrap a blank line): a block that
 * stops mid-sentence, then one blank line, then a block that carries the sentence on (in lower case,
 * or after a function word no sentence ends on: "failings in" / "Northshire council's …") is one
 * paragraph. `isFunctionWord` says which words a sentence does not end on. */
export function rejoinSpacedWraps(blocks: RawBlock[], text: string, isFunctionWord: (word: string) => boolean): RawBlock[] {
  const out: RawBlock[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    const last = prev && lastWord(prev.text);
    const carriesOn = startsLower(b.text) || (last !== undefined && isFunctionWord(last.toLowerCase()));
    const wrapped = prev && b.gapBefore === 1 && !b.pageBreakBefore && !SENTENCE_END.test(prev.text) && !LIST_MARKER.test(b.text) && !TABLE_ROW.test(b.text) && !TABLE_ROW.test(prev.text) && carriesOn;
    if (prev && wrapped) {
      prev.end = b.end;
      prev.text = text.slice(prev.start, b.end);
    } else out.push({ ...b });
  }
  return out;
}
