// Styled text, wrapped and cut to a width, as plain data. Panes are lists of lines computed here;
// the ink components only print them, so wrapping and scrolling are testable without a terminal.
// Every text reaches the screen through `truncate` or `wrap`, which make control characters
// visible: a draft must never move the cursor, retitle the window or plant a link.
import { visible } from '../report/sanitize.js';

export interface Style {
  color?: string;
  bold?: boolean;
  dim?: boolean;
  underline?: boolean;
  inverse?: boolean;
}

export interface Seg {
  text: string;
  style?: Style;
}

export type Line = Seg[];

/** Width of a string in terminal cells. Press copy is almost all one cell per code point; this
 * ignores double-width scripts (ink cuts any overflow, so a miscount never breaks the layout). */
export function cellWidth(text: string): number {
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x300 && code <= 0x36f) continue; // combining marks
    n++;
  }
  return n;
}

/** Cuts `text` to at most `width` cells, ending in "…" when cut. */
export function truncate(raw: string, width: number): string {
  if (width <= 0) return '';
  const text = visible(raw);
  if (cellWidth(text) <= width) return text;
  let out = '';
  let n = 0;
  for (const ch of text) {
    if (n + 1 > width - 1) break;
    out += ch;
    n++;
  }
  return out + '…';
}

/** Pads or cuts to exactly `width` cells. */
export function fit(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + ' '.repeat(Math.max(0, width - cellWidth(cut)));
}

/** One line of whitespace-collapsed text. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function lineText(line: Line): string {
  return line.map((s) => s.text).join('');
}

type Token = { kind: 'space' } | { kind: 'newline' } | { kind: 'word'; pieces: Seg[] };

/** Words across segments: "»claim«’," is one word even though its parts are styled differently. */
function tokenize(segs: readonly Seg[]): Token[] {
  const tokens: Token[] = [];
  for (const seg of segs) {
    for (const part of visible(seg.text).split(/(\n|[^\S\n]+)/)) {
      if (part === '') continue;
      if (part === '\n') tokens.push({ kind: 'newline' });
      else if (/^\s+$/.test(part)) tokens.push({ kind: 'space' });
      else {
        const last = tokens[tokens.length - 1];
        const piece: Seg = seg.style ? { text: part, style: seg.style } : { text: part };
        if (last?.kind === 'word') last.pieces.push(piece);
        else tokens.push({ kind: 'word', pieces: [piece] });
      }
    }
  }
  return tokens;
}

/**
 * Word-wraps styled segments to `width` cells. Runs of whitespace become one space, "\n" starts a
 * new line, words longer than a line are broken, and every line starts with `indent` spaces.
 */
export function wrap(segs: readonly Seg[], width: number, indent = 0): Line[] {
  const w = Math.max(1, width);
  const ind = Math.min(indent, Math.max(0, w - 1));
  const lines: Line[] = [];
  let line: Line = [];
  let col = 0;
  let fresh = true; // nothing but indent on this line yet
  let space = false; // a space is due before the next word

  const put = (seg: Seg) => {
    const last = line[line.length - 1];
    if (last && last.style === seg.style) last.text += seg.text;
    else line.push({ ...seg });
    col += cellWidth(seg.text);
  };
  const start = () => {
    line = [];
    col = 0;
    fresh = true;
    space = false;
    if (ind > 0) put({ text: ' '.repeat(ind) });
  };
  const end = () => {
    lines.push(line.filter((s) => s.text !== ''));
    start();
  };
  start();

  for (const token of tokenize(segs)) {
    if (token.kind === 'newline') {
      end();
      continue;
    }
    if (token.kind === 'space') {
      if (!fresh) space = true;
      continue;
    }
    const len = token.pieces.reduce((n, p) => n + cellWidth(p.text), 0);
    if (!fresh && col + (space ? 1 : 0) + len > w) end();
    if (space) put({ text: ' ' });
    space = false;
    for (const piece of token.pieces) {
      let rest = piece.text;
      while (rest !== '') {
        if (col >= w) end();
        const [head, tail] = sliceCells(rest, w - col);
        put({ ...piece, text: head });
        rest = tail;
      }
    }
    fresh = false;
  }
  if (!fresh || lines.length === 0) end();
  return lines;
}

function sliceCells(text: string, width: number): [string, string] {
  let head = '';
  let n = 0;
  const chars = [...text];
  let i = 0;
  for (; i < chars.length && n < width; i++, n++) head += chars[i];
  return [head, chars.slice(i).join('')];
}
