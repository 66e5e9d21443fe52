import { fstatSync, openSync, readSync } from 'node:fs';

// Sorted files of newline-ended lines (WordNet's indexes, the build's sense table), searched by
// binary search over their bytes, in memory or read from disk where a probe lands.

const NL = 10;

/** A line of a file: its first byte, the byte of its newline, its text. */
export interface Line {
  start: number;
  end: number;
  text: string;
}

/** A file of newline-ended lines, in memory or read where asked. */
export interface Lines {
  size: number;
  /** The first line starting at or after byte `at`. */
  lineAfter(at: number): Line | undefined;
}

export function bufferLines(buf: Buffer): Lines {
  return {
    size: buf.length,
    lineAfter(at) {
      const start = at === 0 ? 0 : buf.indexOf(NL, at - 1) + 1;
      if (start === 0 && at > 0) return undefined;
      if (start >= buf.length) return undefined;
      let end = buf.indexOf(NL, start);
      if (end < 0) end = buf.length;
      return { start, end, text: buf.toString('latin1', start, end) };
    },
  };
}

export function fileLines(path: string): Lines {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  return {
    size,
    lineAfter(at) {
      // one read from the byte before `at` usually holds the newline there and the line after it
      const from = Math.max(at - 1, 0);
      for (let want = 4096; ; want *= 4) {
        const chunk = Buffer.allocUnsafe(Math.min(want, size - from));
        const buf = chunk.subarray(0, readSync(fd, chunk, 0, chunk.length, from));
        const whole = from + buf.length >= size;
        const first = at === 0 ? 0 : buf.indexOf(NL) + 1;
        if (first === 0 && at > 0) {
          if (whole) return undefined;
          continue;
        }
        if (from + first >= size) return undefined;
        const nl = buf.indexOf(NL, first);
        if (nl >= 0 || whole) {
          const end = nl >= 0 ? nl : buf.length;
          return { start: from + first, end: from + end, text: buf.toString('latin1', first, end) };
        }
      }
    },
  };
}

/** The first line that does not sort before `key` (compared over key's length, as bytes: the
 * files are latin1 and sorted), by binary search. Licence lines open with a space and sort before
 * every lemma. Every line starting before `lo` sorts before the key, every line starting at or
 * after `hi` does not. */
export function lowerBound(lines: Lines, key: string): Line | undefined {
  let lo = 0;
  let hi = lines.size;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const line = lines.lineAfter(mid);
    if (!line || line.start >= hi) hi = mid;
    else if (line.text.charCodeAt(0) !== 32 && key <= line.text.slice(0, key.length)) hi = line.start;
    else lo = line.end + 1;
  }
  return lines.lineAfter(lo);
}

/** The index line of a lemma. */
export function indexLine(lines: Lines, lemma: string): string | undefined {
  const line = lowerBound(lines, `${lemma} `);
  return line?.text.startsWith(`${lemma} `) ? line.text : undefined;
}
