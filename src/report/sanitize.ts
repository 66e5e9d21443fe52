// Text from drafts, sources and file names is shown to people: on a terminal, in Markdown that
// GitHub renders, in XML that CI parses. Each target has characters that must not pass through raw.
import type { CheckResult } from '../types.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /\r\n?|[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** A C0 or C1 control character made visible, one character for one, so that a terminal never
 * obeys a draft (no escape sequences: window titles, cursor moves, OSC 8 links, screen clears).
 * Tab and newline stay; a carriage return becomes a newline (CRLF: a space and a newline), form
 * feed and vertical tab a space; other C0 controls their Unicode control picture (ESC → ␛), DEL
 * ␡, C1 controls U+FFFD. Same length in, same length out, so offsets into the text still hold. */
export function visible(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === '\r\n') return ' \n';
    if (c === '\r') return '\n';
    if (c === '\f' || c === '\v') return ' ';
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\uFFFD';
  });
}

/** Every string in a value, made visible (see `visible`); numbers, offsets and shape unchanged. */
export function visibleDeep<T>(value: T): T {
  if (typeof value === 'string') return visible(value) as T;
  if (Array.isArray(value)) return value.map(visibleDeep) as T;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, visibleDeep(v)])) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visibleDeep(v)])) as T;
  return value;
}

/** A result whose every text is safe to print on a terminal. */
export const forTerminal = (result: CheckResult): CheckResult => visibleDeep(result);

/** Markdown text that renders as itself: ASCII punctuation that could open HTML, a link, an image,
 * emphasis or a table cell is backslash-escaped (CommonMark allows any of it to be), controls made
 * visible. */
export function markdownText(text: string): string {
  return visible(text).replace(/[\\`*_[\]<>&!|~#]/g, '\\$&');
}

/** A Markdown code span around any text: a fence longer than any run of backticks inside. */
export function markdownCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const inner = visible(text).replace(/\n/g, ' ');
  return longest ? `${fence} ${inner} ${fence}` : `${fence}${inner}${fence}`;
}

// XML 1.0's Char production: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF; and
// the non-characters (U+FDD0–U+FDEF, U+xFFFE and U+xFFFF of every plane) are discouraged and
// rejected by strict parsers. Lone surrogates are not characters at all.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with every character XML 1.0 cannot carry (or a strict parser refuses) removed. */
export const xmlChars = (text: string): string => text.replace(NOT_XML, '');
