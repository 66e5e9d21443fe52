// The people a report names as its inspectors: "Lead inspector: Ann Lee", "Ann Lee, His Majesty's
// Inspector", "Ann Lee HMI", "His Majesty's Inspector of Constabulary Ann Lee said". A draft that
// gives one of them words ("Ms Lee said") gives the report's words.
// It reads the raw text line by line, with no position map, so that it can run before a draft's
// claims are counted against their limit (src/check.ts), ahead of the costly reading of the source.
import { isContentWord } from '../../ingest/tokens.js';
import type { Lexicon } from '../../rules/lexicon.js';
import { startsUpper } from '../../ingest/letters.js';
import { onFirstUse } from '../../lazy/modules.js';

interface Word {
  raw: string;
  word: string;
  start: number;
  end: number;
}

// made on first use: making a \p{…} pattern parses its classes (src/ingest/letters.ts)
const WORD = onFirstUse(() => /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu);
/** A name has a first name and a surname, and a middle name or two at most. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
/** Between a role and its name: a colon or comma at most ("Lead inspector: Ann Lee"), on one line. */
const ROLE_GAP = /^[ \t]*[:,]?[ \t]*$/;
/** Between the words of a name: spaces, or the full stop of an initial ("Ann M. Lee"). */
const NAME_GAP = /^[ \t]*\.?[ \t]*$/;

/** The names of the people the text gives an inspector's role, each once. */
export function readInspectors(text: string, lex: Lexicon): string[] {
  const roles = lex.attribution?.reportRoles;
  if (!roles) return [];
  const names = new Set<string>();
  for (const line of text.split(/\r\n|\r|\n/)) {
    // most lines of a report name no role: those are not split into words
    if (!roles.mayOccurIn(line.toLowerCase().replace(/\u2019/g, "'"))) continue;
    const ws: Word[] = [...line.matchAll(WORD())].map((m) => ({ raw: m[0], word: m[0].toLowerCase().replace(/\u2019/g, "'"), start: m.index, end: m.index + m[0].length }));
    const seq = ws.map((w) => w.word);
    for (let k = 0; k < ws.length; k++) {
      const hit = roles.matchAt(seq, k);
      if (!hit) continue;
      for (const name of [nameRun(line, ws, hit.to, 1, lex), nameRun(line, ws, k - 1, -1, lex)]) if (name) names.add(name);
      k = hit.to - 1;
    }
  }
  return [...names];
}

/** The run of capitalised words that starts next to a role (at `from`, going in direction `dir`), when
 * it is a person's name. */
function nameRun(line: string, ws: Word[], from: number, dir: 1 | -1, lex: Lexicon): string | undefined {
  const gap = (a: number, b: number) => line.slice(ws[Math.min(a, b)]!.end, ws[Math.max(a, b)]!.start);
  const edge = from - dir;
  if (from < 0 || from >= ws.length || !ROLE_GAP.test(gap(edge, from))) return undefined;
  const isName = (w: Word) => startsUpper(w.raw) && isContentWord(w.word) && !lex.entities?.sourceAliases.hasWord(w.word) && !lex.attribution?.reportRoles.inEntry(w.word);
  let to = from;
  while (to >= 0 && to < ws.length && isName(ws[to]!) && Math.abs(to - from) < MAX_NAME_WORDS && (to === from || NAME_GAP.test(gap(to - dir, to)))) to += dir;
  const count = Math.abs(to - from);
  if (count < MIN_NAME_WORDS) return undefined;
  const [first, last] = dir === 1 ? [from, to - 1] : [to + 1, from];
  return line.slice(ws[first]!.start, ws[last]!.end);
}
