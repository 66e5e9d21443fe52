// A PDF table's rows as one line each, whatever the producer did with a cell too long for its
// column: wrapped it over two or three lines, put the next cell on the wrapped label's middle line
// or between its lines (centred vertically), or left only a narrow gap before the next cell. Reads
// the columns from the rows whose cells are plainly apart, then cuts every line of the table at
// them and joins each row's lines cell by cell: "label part 1 … label part 2<TAB>Grade".
import { startsLower } from './letters.js';

export interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Items on one baseline, left to right. */
export interface ItemLine {
  items: Item[];
  y: number;
}

export interface Line {
  text: string;
  y: number;
  x: number;
  size: number;
}

interface Cell {
  x: number;
  end: number;
  text: string;
}

/** A gap wider than this many font sizes parts two cells. */
const CELL_GAP = 1.2;
/** How near (points) a cell must start to a column to be in it. */
const COLUMN_SLACK = 1.5;
/** Lines of one table sit at most this many font sizes apart. */
const ROW_GAP = 2.5;
/** Plainly separated rows of one table are at most this many lines apart. */
const MAX_LINES_BETWEEN_ROWS = 16;

/** Marks a hyphen at a line end until the whole text shows whether it splits a word or joins a
 * compound (pdf.ts decides). */
export const LINE_END_HYPHEN = '\uE000';

/** A line and the next that carries it on, as one run of text. */
export function joinWrapped(text: string, next: string): string {
  if (/\p{Ll}-$/u.test(text) && startsLower(next)) return text.slice(0, -1) + LINE_END_HYPHEN + next;
  return text + ' ' + next;
}

export function linesWithTableRows(lines: ItemLine[]): Line[] {
  const cells = lines.map((l) => cellsOf(l.items, []));
  const out: Line[] = [];
  let i = 0;
  while (i < lines.length) {
    const end = cells[i]!.length >= 2 ? tableEnd(lines, cells, i) : i;
    if (end === i) {
      out.push(toLine(lines[i]!, cells[i]!));
      i++;
      continue;
    }
    out.push(...tableRows(lines.slice(i, end + 1)));
    i = end + 1;
  }
  return out;
}

/** The last line of the table whose first plainly separated row is line `start`. */
function tableEnd(lines: ItemLine[], cells: Cell[][], start: number): number {
  let last = start;
  for (let j = start + 1; j < lines.length && j - last <= MAX_LINES_BETWEEN_ROWS; j++) {
    if (!near(lines[j - 1]!, lines[j]!)) break;
    // a line that runs across a column of the rows above is prose (or a running footer): the table
    // stopped before it
    const columns = columnsOf(cells.slice(start, j));
    if (crossesColumn(lines[j]!, columns)) break;
    // a row of its own, or a cell on its own in a column: the table goes on at least to here
    if (cells[j]!.length >= 2 || atColumn(lines[j]!.items[0]!, columns)) last = j;
  }
  // the last row's wrapped words follow it
  const columns = columnsOf(cells.slice(start, last + 1));
  while (last + 1 < lines.length && near(lines[last]!, lines[last + 1]!) && !crossesColumn(lines[last + 1]!, columns) && continues(lines[last + 1]!, columns)) last++;
  return last;
}

function near(a: ItemLine, b: ItemLine): boolean {
  return a.y - b.y <= Math.max(sizeOf(a), sizeOf(b)) * ROW_GAP;
}

/** A reduce, not Math.max(...sizes): a line of 200,000 items would overflow the call stack. */
function sizeOf(line: ItemLine): number {
  return line.items.reduce((m, p) => Math.max(m, p.size), 0);
}

/** Where the cells after the first begin, in the rows that show them plainly. */
function columnsOf(rows: Cell[][]): number[] {
  const columns: number[] = [];
  for (const row of rows) for (const c of row.slice(1)) if (!columns.some((x) => Math.abs(x - c.x) <= COLUMN_SLACK)) columns.push(c.x);
  return columns.sort((a, b) => a - b);
}

function crossesColumn(line: ItemLine, columns: number[]): boolean {
  return line.items.some((it) => columns.some((x) => it.x < x - COLUMN_SLACK && it.x + it.width > x + COLUMN_SLACK));
}

/** A line that carries on the row above: a cell on its own in a later column, or words in lower case. */
function continues(line: ItemLine, columns: number[]): boolean {
  const first = line.items[0]!;
  return atColumn(first, columns) || startsLower(first.str.trimStart());
}

function atColumn(item: Item, columns: number[]): boolean {
  return columns.some((x) => Math.abs(x - item.x) <= COLUMN_SLACK);
}

/** A table's lines, each row's lines joined cell by cell. */
function tableRows(lines: ItemLine[]): Line[] {
  const columns = columnsOf(lines.map((l) => cellsOf(l.items, [])));
  const rows: Array<{ line: ItemLine; cells: Cell[] }> = [];
  for (const line of lines) {
    const cells = cellsOf(line.items, columns);
    const row = rows[rows.length - 1];
    if (!row || !continues(line, columns)) {
      rows.push({ line, cells });
      continue;
    }
    for (const c of cells) {
      const column = columnIndex(c.x, columns);
      const same = row.cells.find((r) => columnIndex(r.x, columns) === column);
      if (same) same.text = joinWrapped(same.text, c.text);
      else row.cells.push(c);
    }
    row.cells.sort((a, b) => a.x - b.x);
  }
  return rows.map((r) => toLine(r.line, r.cells));
}

/** 0 for the first column (the labels), else 1 + the column the cell starts in. */
function columnIndex(x: number, columns: number[]): number {
  let index = 0;
  columns.forEach((c, i) => {
    if (x >= c - COLUMN_SLACK) index = i + 1;
  });
  return index;
}

/** Items into cells: a new cell after a wide gap, or where an item starts at a known column. */
function cellsOf(items: Item[], columns: number[]): Cell[] {
  const cells: Cell[] = [];
  for (const p of items) {
    const cell = cells[cells.length - 1];
    const gap = cell ? p.x - cell.end : Infinity;
    if (!cell || gap > p.size * CELL_GAP || atColumn(p, columns)) cells.push({ x: p.x, end: p.x + p.width, text: p.str });
    else {
      if (gap > p.size * 0.15 && !/\s$/.test(cell.text) && !/^\s/.test(p.str)) cell.text += ' ';
      cell.text += p.str;
      cell.end = p.x + p.width;
    }
  }
  return cells;
}

function toLine(line: ItemLine, cells: Cell[]): Line {
  const text = cells.map((c) => c.text.replace(/[ ]+/g, ' ').trim()).filter(Boolean).join('\t');
  return { text, y: line.y, x: line.items[0]!.x, size: sizeOf(line) };
}
