// Key presses from the terminal to the session. A terminal may deliver several typed characters in
// one read (fast typing, key repeat, tmux send-keys): outside a text prompt each is its own key;
// inside one they are text, pasted as a whole.
import type { Key } from 'ink';
import { keyToAction } from './keys.js';
import type { Session } from './session.js';

const inTextMode = (session: Session) => {
  const kind = session.getState().mode.kind;
  return kind === 'search' || kind === 'prompt';
};

export function feedInput(session: Session, input: string, key: Key, now: () => string): void {
  const chars = [...input];
  // eslint-disable-next-line no-control-regex
  const printable = chars.length > 1 && !key.ctrl && !key.meta && !/[\u0000-\u001f\u007f]/.test(input);
  if (!printable) {
    const action = keyToAction(session.getState(), input, key, now);
    if (action) session.dispatch(action);
    return;
  }
  for (let i = 0; i < chars.length; i++) {
    if (inTextMode(session)) {
      const action = keyToAction(session.getState(), chars.slice(i).join(''), key, now);
      if (action) session.dispatch(action);
      return;
    }
    const ch = chars[i]!;
    const action = keyToAction(session.getState(), ch, { ...key, shift: /[A-Z]/.test(ch) }, now);
    if (action) session.dispatch(action);
  }
}
