import { InputError } from '../errors.js';
import { brief } from './docx.js';
import { tooManyPages, unpackedTooBig } from '../fs/bounded-read.js';
import { isWordOf } from './letters.js';
import { joinWrapped, LINE_END_HYPHEN, linesWithTableRows, type Item, type Line } from './pdf-table-rows.js';

// A PDF's text in reading order, page by page, in the shape the segmenter reads (one line per
// paragraph, blank lines between, table cells joined by tabs), with running headers, footers
// and page numbers removed and the offset where each page starts.

export interface PdfText {
  text: string;
  pageStarts: number[];
}

export interface PdfLimits {
  maxPages: number;
  /** Most text (UTF-16 code units, about bytes) read before the PDF is refused. */
  maxText: number;
  progress?: (page: number, pages: number) => void;
}

/** pdf.js's legacy build (the one Node 20 runs) carries core-js, which puts a JavaScript
 * Array.prototype.push in place of the engine's for the whole process (for a corner case of arrays
 * with a read-only length that nothing here makes): every push after it, pdf.js's own and the rest
 * of the check's, ran at half speed, a tenth of a 200-page PDF's parse. The engine's is put back. */
const NATIVE_PUSH = Array.prototype.push;
function restoreNativePush(): void {
  if (Array.prototype.push !== NATIVE_PUSH) Object.defineProperty(Array.prototype, 'push', { value: NATIVE_PUSH, writable: true, configurable: true, enumerable: false });
}

export async function pdfToText(path: string, bytes: Uint8Array, limits: PdfLimits): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  restoreNativePush();
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
    // the worker's half of pdf.js (run in this thread) is loaded by now, with its own copy of core-js
    restoreNativePush();
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    if (name === 'PasswordException') throw new InputError(path, 'is password-protected; save an unprotected copy first');
    throw new InputError(path, `is not a readable PDF (${brief(error)})`);
  }
  try {
    // pages are looked up one by one through the page tree: thousands of pages take minutes
    if (doc.numPages > limits.maxPages) throw tooManyPages(path, doc.numPages, limits.maxPages);
    const pages: Line[][] = [];
    let textSize = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        // blank items fill table cells and gaps: the gap itself is what tells a cell from a word
        if (!('str' in it) || it.str.trim() === '') continue;
        textSize += it.str.length;
        const [a, b, , , x, y] = it.transform as number[];
        items.push({ str: it.str, x: x!, y: y!, width: it.width, size: Math.hypot(a!, b!) || it.height || 10 });
      }
      // small streams can inflate to megabytes of text: stop at the limit, not after the whole file
      if (textSize > limits.maxText) throw unpackedTooBig(path, `unpacks to more than ${textSize} bytes of text by page ${n}`, limits.maxText);
      page.cleanup();
      pages.push(toLines(items));
      limits.progress?.(n, doc.numPages);
    }
    if (pages.every((p) => p.length === 0)) throw new InputError(path, 'has no text layer (a scanned PDF?); run it through OCR first');
    const paragraphs = dropRunningLines(pages).map(toParagraphs);
    const resolved = resolveLineEndHyphens(paragraphs.map((p) => p.join('\n\n')).join('\f'));
    return joinPages(resolved.split('\f').map((page) => page.split('\n\n')));
  } catch (error) {
    // a damaged stream inside a page ("Bad encoding in flate stream") surfaces only here
    if (error instanceof InputError) throw error;
    throw new InputError(path, `is not a readable PDF (${brief(error)})`);
  } finally {
    await doc.destroy();
  }
}

/** Items into lines: same baseline (within half a font size), left to right; a table's rows one
 * line each, their cells joined by tabs. */
function toLines(items: Item[]): Line[] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Array<{ items: Item[]; y: number }> = [];
  for (const item of sorted) {
    const line = firstLineNear(lines, item);
    if (line) line.items.push(item);
    else lines.push({ items: [item], y: item.y });
  }
  for (const l of lines) l.items.sort((p, q) => p.x - q.x);
  return linesWithTableRows(lines.sort((p, q) => q.y - p.y))
    .filter((l) => l.text !== '');
}

/** The first line (in the order made) whose baseline is within half the item's font size. Items
 * come highest first, so lines are made in falling y, all at or above the item: the first near
 * one is the first with y below item.y + tolerance, found by binary search instead of a scan
 * (a page of 100,000 one-word lines made the scan quadratic). */
function firstLineNear<L extends { y: number }>(lines: L[], item: Item): L | undefined {
  const tolerance = item.size * 0.5;
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.y < item.y + tolerance) hi = mid;
    else lo = mid + 1;
  }
  const line = lines[lo];
  return line && Math.abs(line.y - item.y) < tolerance ? line : undefined;
}

const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/** Running headers and footers: lines at the top or bottom of most pages that read the same once
 * digits are masked; and lone page numbers. */
function dropRunningLines(pages: Line[][]): Line[][] {
  const key = (l: Line) => l.text.replace(/\d+/g, '#').toLowerCase();
  const edges = (p: Line[]) => [...p.slice(0, 2), ...p.slice(-2)];
  const counts = new Map<string, number>();
  for (const p of pages) for (const k of new Set(edges(p).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const running = (l: Line) => pages.length >= 2 && (counts.get(key(l)) ?? 0) >= Math.max(2, pages.length * 0.5);
  return pages.map((p) => {
    const edge = new Set(edges(p));
    return p.filter((l) => !(edge.has(l) && (running(l) || PAGE_NUMBER.test(l.text))));
  });
}

/** "protec-/tion" is one word where the document uses "protection" elsewhere; "in-/house" keeps
 * its hyphen where it does not ("inhouse" appears nowhere). Each joined word is looked for in the
 * text, not in a set of all its words: a 200-page report has a few hundred such words among 120,000,
 * and the set was most of the time this took (140 ms of such a report). */
function resolveLineEndHyphens(text: string): string {
  if (!text.includes(LINE_END_HYPHEN)) return text;
  const lower = text.replaceAll(LINE_END_HYPHEN, '-').toLowerCase();
  const used = new Map<string, boolean>();
  const isWordOfText = (word: string) => {
    let is = used.get(word);
    if (is === undefined) used.set(word, (is = isWordOf(lower, word)));
    return is;
  };
  // a match starts where a run of letters does (after a letter, none could)
  return text.replace(/(?<!\p{L})(\p{L}+)\uE000(\p{L}+)/gu, (_, a: string, b: string) => (isWordOfText((a + b).toLowerCase()) ? a + b : `${a}-${b}`));
}

const LIST_START = /^(?:[-\u2022*\u25cf\u25aa\u25e6\u2023\u00b7]\s|\d{1,3}[.)]\s)/;

/** Lines into paragraphs: a new one after a wider gap than the page's usual line spacing, at a list
 * marker or numbered paragraph, at a table row, or where the font size changes (a heading). */
function toParagraphs(lines: Line[]): string[] {
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0).sort((p, q) => p - q);
  const usual = gaps[Math.floor(gaps.length / 4)] ?? 12;
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const breaks =
      !prev ||
      prev.y - line.y > Math.max(usual, prev.size * 1.2) * 1.4 ||
      LIST_START.test(line.text) ||
      line.text.includes('\t') ||
      current.includes('\t') ||
      Math.abs(line.size - prev.size) > 0.5;
    if (breaks) {
      if (current) paragraphs.push(current);
      current = line.text;
    } else current = joinWrapped(current, line.text);
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}

function joinPages(pages: string[][]): PdfText {
  let text = '';
  const pageStarts: number[] = [];
  pages.forEach((paragraphs, i) => {
    if (i > 0) {
      text += '\n\f\n';
      pageStarts.push(text.length);
    }
    text += paragraphs.join('\n\n');
  });
  return { text: text + '\n', pageStarts };
}
