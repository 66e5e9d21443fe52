// Key presses from the terminal to the session. A terminal may deliver several keys in one read
// (fast typing, key repeat, a paste, tmux send-keys): outside a text prompt each character is its
// own key; inside one, typed text goes in as a whole, and Enter, Tab or Backspace among it still act.
import type { Key } from 'ink';
import { keyToAction } from './keys.js';
import type { Session } from './session.js';

const inTextMode = (session: Session) => {
  const kind = session.getState().mode.kind;
  return kind === 'search' || kind === 'prompt';
};

const CONTROL_KEYS: Record<string, Partial<Key>> = {
  '\r': { return: true },
  '\n': { return: true },
  '\t': { tab: true },
  '\u007f': { backspace: true },
  '\b': { backspace: true },
};

// eslint-disable-next-line no-control-regex
const OTHER_CONTROL = /^[\u0000-\u001f]$/;

function dispatchKey(session: Session, input: string, key: Key, now: () => string): void {
  const action = keyToAction(session.getState(), input, key, now);
  if (action) session.dispatch(action);
}

// keys typed while the check runs wait for it, and are then taken as if typed on the ready screen
const waiting = new WeakMap<Session, Array<{ input: string; key: Key }>>();

/** Plays the keys typed while loading, once the screen is ready. */
export function replayWaitingKeys(session: Session, now: () => string): void {
  const keys = waiting.get(session) ?? [];
  waiting.delete(session);
  for (const { input, key } of keys) feedInput(session, input, key, now);
}

export function feedInput(session: Session, input: string, key: Key, now: () => string): void {
  if (session.getState().phase === 'loading') {
    // quitting does not wait
    if ((key.ctrl && input === 'c') || (!key.ctrl && input.includes('q'))) return dispatchKey(session, key.ctrl ? input : 'q', key, now);
    waiting.set(session, [...(waiting.get(session) ?? []), { input, key }]);
    return;
  }
  // one key, or an escape sequence ink has already parsed
  if ([...input].length <= 1 || key.ctrl || key.meta || input.includes('\u001B')) {
    dispatchKey(session, input, key, now);
    return;
  }
  const plain: Key = { ...key, return: false, tab: false, backspace: false, delete: false, shift: false };
  // eslint-disable-next-line no-control-regex
  for (const token of input.match(/[\r\n\t\u007f\b]|[^\u0000-\u001f\u007f]+|[\u0000-\u001f]/g) ?? []) {
    const control = CONTROL_KEYS[token];
    if (control) {
      dispatchKey(session, '', { ...plain, ...control }, now);
    } else if (OTHER_CONTROL.test(token)) {
      continue; // other control characters mean nothing here
    } else if (inTextMode(session)) {
      dispatchKey(session, token, plain, now);
    } else {
      const chars = [...token];
      for (let i = 0; i < chars.length; i++) {
        // a key may open a prompt: the rest of the run is then its text
        if (inTextMode(session)) {
          dispatchKey(session, chars.slice(i).join(''), plain, now);
          break;
        }
        const ch = chars[i]!;
        dispatchKey(session, ch, { ...plain, shift: /[A-Z]/.test(ch) }, now);
      }
    }
  }
}
