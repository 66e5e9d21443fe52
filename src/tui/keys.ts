// Which key does what, as data: the help overlay and docs/review.md list KEY_HELP, and `keyToAction`
// turns a key press into an action for the reducer. Pure.
import type { Key } from 'ink';
import type { Action, ReviewState } from './state.js';
import { lineText, wrap, type Line } from './text.js';
import { LETTER_VERDICT } from './view.js';

export interface KeyHelp {
  keys: string;
  does: string;
}

export const KEY_HELP: readonly KeyHelp[] = [
  { keys: 'j / k, ↓ / ↑', does: 'next / previous claim (in the detail pane: scroll)' },
  { keys: 'PgDn/PgUp, Ctrl-d/u', does: 'a page down / up' },
  { keys: 'g / G, Home / End', does: 'first / last claim (detail pane: top / bottom)' },
  { keys: 'Enter, Tab', does: 'switch between the claim list and the detail pane' },
  { keys: 'h / l, ← / →', does: 'go to the claim list / the detail pane' },
  { keys: '/', does: 'search claim text (Enter keeps it, Esc drops it)' },
  { keys: 'f / F', does: 'filter by verdict: all, V, P, U, C, - (F goes back)' },
  { keys: 'n / N', does: 'next / previous open problem (unsupported or contradictory, not accepted)' },
  { keys: 'a', does: 'accept the claim, with an optional reason' },
  { keys: 'o', does: 'override the verdict (then v p u c -), with an optional reason' },
  { keys: 'r', does: 'flag the claim for rewrite, with an optional reason' },
  { keys: 'c', does: 'add or edit a note on the decision' },
  { keys: 'x', does: 'clear the decision on the claim' },
  { keys: 'w', does: "misquote: write the source's exact words into the draft, then check again" },
  { keys: 'e', does: 'export the result with your decisions' },
  { keys: 'D', does: 'saved decisions that match no claim any more' },
  { keys: '?', does: 'this help' },
  { keys: 'q, Esc', does: 'quit (Esc first closes a prompt or clears a search)' },
];

const LEGEND: readonly string[] = [
  'Badges: [V] verbatim · [P] paraphrased · [U] unsupported · [C] contradictory · [-] unchecked',
  'Your decisions: ok accepted · →P overridden to P · rw flagged for rewrite · * has a note',
  'Differences: [-words only in the source-] {+words only in the draft+}',
  'Decisions are saved after each one; quitting loses nothing.',
];

/** The help overlay's lines at a width: every key, then how to read the screen. */
export function helpLines(width: number): Line[] {
  const longest = Math.max(...KEY_HELP.map((k) => k.keys.length));
  const keysWidth = Math.min(longest, Math.max(8, Math.floor(width * 0.3)));
  const lines: Line[] = [];
  for (const k of KEY_HELP) {
    const body = wrap([{ text: k.does }], Math.max(1, width - keysWidth - 1), 0);
    const keys = wrap([{ text: k.keys }], keysWidth);
    for (let i = 0; i < Math.max(body.length, keys.length); i++) {
      const head = keys[i] ? lineText(keys[i]!) : '';
      lines.push([{ text: head.padEnd(keysWidth + 1), style: { bold: true } }, ...(body[i] ?? [])]);
    }
  }
  lines.push([]);
  for (const text of LEGEND) lines.push(...wrap([{ text, style: { dim: true } }], width));
  return lines;
}

/** Printable text typed into a prompt: no control characters, no line breaks. */
function typed(input: string, key: Key): string {
  if (key.ctrl || key.meta) return '';
  // eslint-disable-next-line no-control-regex
  return input.replace(/[\u0000-\u001f\u007f]/g, '');
}

function isEnter(input: string, key: Key): boolean {
  return key.return || input === '\r' || input === '\n';
}

/** Turns a key press into an action, given what the screen is doing. `now` stamps decisions. */
export function keyToAction(state: ReviewState, input: string, key: Key, now: () => string): Action | undefined {
  if (key.ctrl && input === 'c') return { type: 'quit' };
  if (state.phase !== 'ready') return input === 'q' ? { type: 'quit' } : undefined;
  const mode = state.mode;

  if (mode.kind === 'search' || mode.kind === 'prompt') {
    if (key.escape) return { type: 'escape' };
    if (isEnter(input, key)) return mode.kind === 'search' ? { type: 'searchSubmit' } : { type: 'promptSubmit', at: now() };
    if (key.backspace || key.delete) return { type: 'edit', backspace: true };
    if (key.ctrl && input === 'u') return { type: 'edit', clear: true };
    const text = typed(input, key);
    return text === '' ? undefined : { type: 'edit', insert: text };
  }

  if (mode.kind === 'override') {
    if (key.escape) return { type: 'escape' };
    const verdict = LETTER_VERDICT[input.toLowerCase()];
    return verdict ? { type: 'overridePick', verdict } : undefined;
  }

  if (mode.kind === 'help') {
    if (key.escape || input === '?') return { type: 'closeOverlay' };
    if (key.downArrow || input === 'j') return { type: 'helpScroll', delta: 1 };
    if (key.upArrow || input === 'k') return { type: 'helpScroll', delta: -1 };
    if (input === 'q') return { type: 'quit' };
    return undefined;
  }

  if (mode.kind === 'orphans') {
    if (key.escape || input === 'D') return { type: 'closeOverlay' };
    if (input === 'x') return { type: 'discardOrphans' };
    if (input === 'q') return { type: 'quit' };
    return undefined;
  }

  if (key.escape) return { type: 'escape' };
  if (key.downArrow || input === 'j') return { type: 'move', delta: 1 };
  if (key.upArrow || input === 'k') return { type: 'move', delta: -1 };
  if (key.pageDown || (key.ctrl && input === 'd') || input === ' ') return { type: 'page', direction: 1 };
  if (key.pageUp || (key.ctrl && input === 'u')) return { type: 'page', direction: -1 };
  if (key.home || input === 'g') return { type: 'top' };
  if (key.end || input === 'G') return { type: 'bottom' };
  if (key.tab || isEnter(input, key)) return { type: 'focus' };
  if (key.leftArrow || input === 'h') return { type: 'focus', focus: 'list' };
  if (key.rightArrow || input === 'l') return { type: 'focus', focus: 'detail' };
  if (key.ctrl || key.meta) return undefined;
  switch (input) {
    case '/':
      return { type: 'searchStart' };
    case 'f':
      return { type: 'cycleFilter', direction: 1 };
    case 'F':
      return { type: 'cycleFilter', direction: -1 };
    case 'n':
      return { type: 'nextProblem', direction: 1 };
    case 'N':
      return { type: 'nextProblem', direction: -1 };
    case 'a':
      return { type: 'decide', status: 'accepted' };
    case 'r':
      return { type: 'decide', status: 'rewrite' };
    case 'o':
      return { type: 'overrideStart' };
    case 'c':
      return { type: 'noteStart' };
    case 'x':
      return { type: 'clearDecision' };
    case 'e':
      return { type: 'export' };
    case 'w':
      return { type: 'applyFix' };
    case 'D':
      return { type: 'orphans' };
    case '?':
      return { type: 'help' };
    case 'q':
      return { type: 'quit' };
    default:
      return undefined;
  }
}
