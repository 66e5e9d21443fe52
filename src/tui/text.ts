// Styled text, wrapped and cut to a width, as plain data. Panes are lists of lines computed here;
// the ink components only print them, so wrapping and scrolling are testable without a terminal.

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
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
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

function sliceCells(text: string, width: number): [string, string] {
  let head = '';
  let n = 0;
  const chars = [...text];
  let i = 0;
  for (; i < chars.length && n < width; i++, n++) head += chars[i];
  return [head, chars.slice(i).join('')];
}

/**
 * Word-wraps styled segments to `width` cells. Runs of whitespace become one space, "\n" starts a
 * new line, words longer than a line are broken, and continuation lines start with `indent` spaces.
 */
export function wrap(segs: readonly Seg[], width: number, indent = 0): Line[] {
  const w = Math.max(1, width);
  const ind = Math.min(indent, Math.max(0, w - 1));
  const lines: Line[] = [];
  let line: Line = [];
  let col = 0;
  let fresh = true; // nothing but indent on this line yet

  const push = (seg: Seg) => {
    const last = line[line.length - 1];
    if (last && last.style === seg.style) last.text += seg.text;
    else line.push({ ...seg });
    col += cellWidth(seg.text);
  };
  const newLine = () => {
    // no trailing spaces
    const last = line[line.length - 1];
    if (last) last.text = last.text.replace(/ +$/, '');
    lines.push(line.filter((s) => s.text !== ''));
    line = [];
    col = 0;
    fresh = true;
    if (ind > 0) push({ text: ' '.repeat(ind) });
  };
  const start = () => {
    if (ind > 0 && line.length === 0) push({ text: ' '.repeat(ind) });
  };
  start();

  for (const seg of segs) {
    const parts = seg.text.split(/(\n|[^\S\n]+)/);
    for (const part of parts) {
      if (part === '') continue;
      if (part === '\n') {
        newLine();
        continue;
      }
      if (/^\s+$/.test(part)) {
        if (fresh) continue;
        if (col + 1 > w) newLine();
        else push({ text: ' ', style: seg.style });
        continue;
      }
      let word = part;
      let len = cellWidth(word);
      if (!fresh && col + len > w) newLine();
      while (col + len > w) {
        const [head, tail] = sliceCells(word, w - col);
        push({ text: head, style: seg.style });
        newLine();
        word = tail;
        len = cellWidth(word);
      }
      if (word !== '') {
        push({ text: word, style: seg.style });
        fresh = false;
      }
    }
  }
  if (!fresh || lines.length === 0) newLine();
  return lines;
}
