// Puts the review screen on a terminal: the alternate screen, the spinner while `load` runs, resizes,
// and leaving cleanly. Commands call `runReviewScreen` with plain data and functions; they never
// build React trees.
import { render } from 'ink';
import { ReviewApp } from './app.js';
import { createSession, type ReviewServices } from './session.js';
import { replayWaitingKeys } from './input.js';
import type { ClaimResult } from '../types.js';
import { initialState, type Loaded, type ReviewState } from './state.js';

export interface ReviewScreenOptions {
  draft: string;
  reviewFile: string;
  /** Checks the draft and restores decisions; awaits `progress` with what it is doing (which
   * gives the screen a moment to show it before the next step takes the CPU). */
  load: (progress: (step: string) => Promise<void>) => Promise<Loaded>;
  save: ReviewServices['save'];
  /** Writes a misquote's fix into the draft; returns the draft's path. The screen then loads again. */
  fix?: (claim: ClaimResult) => string;
  exportResult: ReviewServices['exportResult'];
  stdout?: NodeJS.WriteStream;
  stdin?: NodeJS.ReadStream;
  /** Use the terminal's alternate screen, so the shell's scrollback is left as it was. */
  alternateScreen?: boolean;
}

const ENTER_ALT = '\u001B[?1049h\u001B[H';
const LEAVE_ALT = '\u001B[?1049l';
const CLEAR = '\u001B[2J\u001B[H';

/** Runs the review screen until the user quits; resolves with the last state. If `load` fails the
 * screen closes and the error is thrown, for the CLI to report. */
export async function runReviewScreen(options: ReviewScreenOptions): Promise<ReviewState> {
  const stdout = options.stdout ?? process.stdout;
  const stdin = options.stdin ?? process.stdin;
  const alternate = options.alternateScreen ?? true;
  const sizeOf = () => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });

  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    if (alternate) stdout.write(LEAVE_ALT);
  };
  if (alternate) stdout.write(ENTER_ALT);
  process.once('exit', leave);
  // killed from outside: decisions are already on disk; give the shell its screen back
  const onSignal = (signal: NodeJS.Signals) => {
    leave();
    process.exit(signal === 'SIGHUP' ? 129 : 143);
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);

  let quit: () => void = () => {};
  const now = () => new Date().toISOString();
  const progress = (step: string) => {
    session.dispatch({ type: 'progress', step });
    // ink draws at most every 32 ms; wait for the frame before the work starts
    return new Promise<void>((resolve) => setTimeout(resolve, 40));
  };
  const session = createSession(initialState({ draft: options.draft, reviewFile: options.reviewFile, size: sizeOf(), step: 'Starting' }), {
    save: options.save,
    exportResult: options.exportResult,
    quit: () => quit(),
    ...(options.fix
      ? {
          fix: async (claim: ClaimResult) => {
            const path = options.fix!(claim);
            const loaded = await options.load(progress);
            replayLater();
            return { ...loaded, path };
          },
        }
      : {}),
  });
  // keys typed during a re-check are played once its result is on screen
  const replayLater = () => setTimeout(() => replayWaitingKeys(session, now), 0);
  const instance = render(<ReviewApp session={session} now={now} />, { stdout, stdin, exitOnCtrlC: false, patchConsole: true });
  quit = () => instance.unmount();

  const onResize = () => {
    const size = sizeOf();
    const now = session.getState().size;
    if (size.columns === now.columns && size.rows === now.rows) return;
    // the terminal reflowed the old frame; start from a clean screen
    stdout.write(CLEAR);
    session.dispatch({ type: 'resize', size });
  };
  stdout.on('resize', onResize);

  let failure: unknown;
  // let the first frame (the spinner) reach the screen before the check takes the CPU
  setTimeout(() => {
    options
      .load(progress)
      .then((loaded) => {
        session.dispatch({ type: 'loaded', ...loaded });
        replayWaitingKeys(session, now);
      })
      .catch((error: unknown) => {
        failure = error;
        instance.unmount();
      });
  }, 20);

  try {
    await instance.waitUntilExit();
  } finally {
    stdout.off('resize', onResize);
    leave();
    process.off('exit', leave);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
  }
  if (failure !== undefined) throw failure;
  return session.getState();
}
