// Judgement tables in every form a PDF producer leaves them: tab- or space-separated cells, a label
// wrapped over two lines, the grade before or after its label (or split around it: "Requires" …
// label … "Improvement"), and a whole table flattened into one line.
import type { Token } from '../../ingest/tokens.js';
import type { RawBlock } from '../blocks.js';
import { gradeAt, isGradeWord, type GradeHit } from '../grade-terms.js';
import type { Locator, Span } from '../source-doc.js';
import { linesOf, pageAt, type ReaderContext } from './context.js';
import { onFirstUse } from '../../lazy/modules.js';

/** A graded row as the table states it. */
export interface TableGrade {
  hit: Omit<GradeHit, 'from' | 'to'>;
  subject: string;
  at: Locator;
  /** The grade words. */
  span: Span;
  /** The whole row: its label and its grade. */
  row: Span;
}

/** A table row's label may not run longer than this; longer blocks are prose. */
const MAX_ROW_WORDS = 28;
/** The words of a table's heading row ("Judgement | Grade"), which grade nothing. */
const HEADER_WORDS = new Set(['judgement', 'judgements', 'grade', 'grades', 'rating', 'ratings', 'area', 'areas', 'key', 'question', 'questions', 'aspect', 'criteria']);
/** What a table prints in a row it does not grade ("Not judged"), after "not". */
const NOT_GRADED = new Set(['judged', 'graded', 'rated', 'applicable', 'inspected']);
// made on first use: making a \p{…} pattern parses its classes (src/ingest/letters.ts)
const SENTENCE_INSIDE = onFirstUse(() => /[a-z\p{Ll})][.!?]\s+\p{Lu}/u);
const CELL_GAP = /\t| {3,}/;

export function readGradeTables(ctx: ReaderContext): TableGrade[] {
  const out: TableGrade[] = [];
  let region: RawBlock[] = [];
  const flush = () => {
    if (region.length) out.push(...readRegion(ctx, region, out.length));
    region = [];
  };
  for (const block of ctx.blocks) {
    if (rowLike(ctx, block)) region.push(block);
    else flush();
  }
  flush();
  return out;
}

/** A block that can be part of a table: short, or flattened rows; never a sentence of prose. */
function rowLike(ctx: ReaderContext, block: RawBlock): boolean {
  const text = block.text.replace(/^#{1,6}\s+/, '').trim();
  if (/[.!?:;,]$/.test(text) && !/\|$/.test(text)) return false;
  // a labelled line ("Inspection dates: …") is not a row
  if (/^[^|\t]{3,40}:\s/.test(text)) return false;
  const n = text.split(/\s+/).length;
  if (n <= MAX_ROW_WORDS) return true;
  // a flattened table: several capitalised grades and no sentence break among them
  if (SENTENCE_INSIDE().test(text.replace(/\b\d+\.\d*\s/g, ' '))) return false;
  const lines = linesOf(ctx.doc, block);
  return lines.flatMap((l) => gradesOf(l.tokens, ctx)).length >= 3;
}

function capitalised(ctx: ReaderContext, t: Token): boolean {
  return /^[\p{Lu}\p{N}]/u.test(ctx.doc.text.slice(t.start, t.end));
}

/** Capitalised grade terms of a line taken on their own (for counting). */
function gradesOf(tokens: Token[], ctx: ReaderContext): GradeHit[] {
  const seq = tokens.map((t) => t.word);
  const hits: GradeHit[] = [];
  for (let i = 0; i < seq.length; i++) {
    const hit = capitalised(ctx, tokens[i]!) ? gradeAt(seq, i, ctx.scales) : undefined;
    if (hit) {
      hits.push(hit);
      i = hit.to - 1;
    }
  }
  return hits;
}

function readRegion(ctx: ReaderContext, blocks: RawBlock[], rowsBefore: number): TableGrade[] {
  const lines = blocks.flatMap((b) => linesOf(ctx.doc, b)).filter((l) => l.tokens.length && !/^\|?[\s:|-]*$/.test(l.text));
  // a heading row, and a column-heading grade grid (grades as column names, not as anyone's grade)
  const body = lines.filter((l) => !l.tokens.every((t) => HEADER_WORDS.has(t.word)));
  if (body.some((l) => isGradeGrid(ctx, l.tokens))) return [];
  const tokens = body.flatMap((l) => l.tokens);
  if (!tokens.some((t) => isGradeWord(t.word, ctx.scales))) return [];
  const lineOf = new Map<Token, number>();
  body.forEach((l, i) => l.tokens.forEach((t) => lineOf.set(t, i)));
  // the grade words, read as one stream: a grade split around its label ("Requires … Improvement")
  // or over two lines ("Requires improvement" / "to be good") is still one grade
  const gradeish = tokens.filter((t) => isGradeWord(t.word, ctx.scales) || NOT_GRADED.has(t.word) || t.word === 'not');
  const seq = gradeish.map((t) => t.word);
  const inGrade = new Map<Token, number>();
  // a row the table leaves ungraded ("Not judged") holds its place with no grade
  const grades: Array<{ hit?: GradeHit; tokens: Token[] }> = [];
  for (let i = 0; i < gradeish.length; i++) {
    if (!capitalised(ctx, gradeish[i]!)) continue;
    const ungraded = seq[i] === 'not' && NOT_GRADED.has(seq[i + 1] ?? '');
    const hit = ungraded ? undefined : gradeAt(seq, i, ctx.scales);
    if (!hit && !ungraded) continue;
    const words = gradeish.slice(i, hit ? hit.to : i + 2);
    if (opensProse(ctx, words, tokens, lineOf)) continue;
    words.forEach((t) => inGrade.set(t, grades.length));
    grades.push({ ...(hit ? { hit } : {}), tokens: words });
    i += words.length - 1;
  }
  if (!grades.some((g) => g.hit)) return [];
  // the label words, cut into labels: a capital or a number starts one, anything else carries on
  const labels: Token[][] = [];
  let previous: Token | undefined;
  for (const t of tokens) {
    if (inGrade.has(t)) {
      previous = t;
      continue;
    }
    const fresh = !previous || inGrade.has(previous) || lineOf.get(previous) !== lineOf.get(t) || itemNumber(ctx, t, previous);
    const startsLabel = fresh && capitalised(ctx, t) && !(labels.length && /^\d/.test(t.word) && isNumbering(labels[labels.length - 1]!));
    if (startsLabel || !labels.length) labels.push([t]);
    else labels[labels.length - 1]!.push(t);
    previous = t;
  }
  let rows = labels.filter((l) => !isNumbering(l));
  // a numbered list of judgements run on from a line before it ("… are inadequate 1. Children who …"):
  // the unnumbered words are that line, not a row
  const numbered = rows.filter((l) => isItemNumber(ctx, l[0]!));
  if (rows.length > grades.length && numbered.length === grades.length) rows = numbered;
  if (rows.length > grades.length) {
    // lines before the first graded line and after the last are the table's surroundings (a title,
    // a headline), not its rows
    const graded = grades.flatMap((g) => g.tokens.map((t) => lineOf.get(t)!));
    const [first, last] = [Math.min(...graded), Math.max(...graded)];
    rows = rows.filter((l) => lineOf.get(l[l.length - 1]!)! >= first && lineOf.get(l[0]!)! <= last);
  }
  if (rows.length !== grades.length) return [];
  const separated = body.some((l) => CELL_GAP.test(l.text) || l.text.includes('|'));
  if (grades.length === 1 && !separated) return [];
  return grades.flatMap((g, i) => {
    const label = rows[i]!;
    if (!g.hit) return [];
    const subjectTokens = dropNumbering(label);
    const first = g.tokens[0]!;
    const last = g.tokens[g.tokens.length - 1]!;
    const all = [...label, ...g.tokens];
    const rowStart = Math.min(...all.map((t) => t.start));
    const page = pageAt(ctx.doc, rowStart);
    return [{
      hit: { scale: g.hit.scale, level: g.hit.level },
      subject: labelText(ctx, subjectTokens, tokens),
      at: { kind: 'table-row', table: 'judgements', row: rowsBefore + i + 1, ...(page !== undefined ? { page } : {}) },
      span: { start: first.start, end: last.end },
      row: { start: rowStart, end: Math.max(...all.map((t) => t.end)) },
    } satisfies TableGrade];
  });
}

/** "Good use is made of …" opening a line of prose: a capitalised word that only looks like a cell. */
function opensProse(ctx: ReaderContext, words: Token[], tokens: Token[], lineOf: Map<Token, number>): boolean {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const before = tokens[tokens.indexOf(first) - 1];
  const after = tokens[tokens.indexOf(last) + 1];
  if (after && /^[-\u2010]$/.test(ctx.doc.text.slice(last.end, after.start))) return true; // "Good-quality"
  const numbered = before && /^\d+$/.test(before.word) && tokens.indexOf(before) === 0;
  const startsLine = !before || numbered || lineOf.get(before) !== lineOf.get(first);
  if (!startsLine || !after || lineOf.get(after) !== lineOf.get(last)) return false;
  const gap = ctx.doc.text.slice(last.end, after.start);
  return !CELL_GAP.test(gap) && !gap.includes('|') && !capitalised(ctx, after);
}

/** A line of three or more grades and nothing else: the columns of a grid, not a grade. */
function isGradeGrid(ctx: ReaderContext, tokens: Token[]): boolean {
  const hits = gradesOf(tokens, ctx);
  const covered = hits.reduce((n, h) => n + h.to - h.from, 0);
  return hits.length >= 3 && covered === tokens.length;
}

/** "1." or "2.1" in the text: a list item's number. */
function isItemNumber(ctx: ReaderContext, t: Token): boolean {
  return /^\d{1,2}$/.test(t.word) && /^\.(?:\d|\s|$)/.test(ctx.doc.text.slice(t.end, t.end + 2));
}

/** An item number after a word of the same line: a new row starts there ("… inadequate 1. Children …"). */
function itemNumber(ctx: ReaderContext, t: Token, previous: Token): boolean {
  return isItemNumber(ctx, t) && !/^\d+$/.test(previous.word);
}

/** "2.1" or "3." on its own: a row number, not a label. */
function isNumbering(label: Token[]): boolean {
  return label.every((t) => /^\d+$/.test(t.word));
}

/** The label as printed: each unbroken run of its words as the text has it, the runs joined by a space. */
function labelText(ctx: ReaderContext, label: Token[], all: Token[]): string {
  const runs: string[] = [];
  let runStart = 0;
  for (let i = 0; i < label.length; i++) {
    const next = label[i + 1];
    if (!next || all.indexOf(next) !== all.indexOf(label[i]!) + 1 || /[\r\n\t]/.test(ctx.doc.text.slice(label[i]!.end, next.start))) {
      runs.push(ctx.doc.text.slice(label[runStart]!.start, label[i]!.end));
      runStart = i + 1;
    }
  }
  return runs.join(' ').replace(/\s+/g, ' ');
}

function dropNumbering(label: Token[]): Token[] {
  let i = 0;
  while (i < label.length - 1 && /^\d{1,2}$/.test(label[i]!.word)) i++;
  return label.slice(i);
}
