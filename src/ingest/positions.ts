import type { Span } from '../types.js';

/** Line starts and page starts of one text, to turn offsets into spans. */
export interface PositionIndex {
  lineStarts: number[];
  pageStarts: number[];
}

export function indexPositions(text: string, pageStarts: number[] = []): PositionIndex {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineStarts.push(i + 1);
    else if (c === 13) {
      // CRLF is one line break, a lone CR another
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    }
  }
  return { lineStarts, pageStarts: [0, ...pageStarts] };
}

/** Index of the last entry of a sorted array that is <= value. */
function floorIndex(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function lineColumn(index: PositionIndex, offset: number): { line: number; column: number } {
  const line = floorIndex(index.lineStarts, offset);
  return { line: line + 1, column: offset - (index.lineStarts[line] ?? 0) + 1 };
}

export function pageAt(index: PositionIndex, offset: number): number | undefined {
  return index.pageStarts.length > 1 ? floorIndex(index.pageStarts, offset) + 1 : undefined;
}

export function toSpan(index: PositionIndex, start: number, end: number): Span {
  const from = lineColumn(index, start);
  const to = lineColumn(index, end);
  const span: Span = { start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  const page = pageAt(index, start);
  if (page !== undefined) span.page = page;
  return span;
}
