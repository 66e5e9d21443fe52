import { fstatSync, writeSync } from 'node:fs';
import { packageRequire } from '../package-root.js';

// Standard output and error written straight to their file descriptors. Node makes
// `process.stdout` on first use, and for a pipe that loads its network stack (net, streams, tty):
// a seventh of what a warm check costs beyond Node's own start. The stream is made only when a
// write cannot be finished at once (a non-blocking pipe that is full), and from then on carries
// everything, so the order of the output is kept.

/** What the CLI writes its output and messages to. */
export interface TextOut {
  write(text: string): void;
  /** Whether it is a terminal a person watches (colour, progress lines). */
  readonly isTTY: boolean;
}

/** Standard output (fd 1) or error (fd 2; in tests, any open descriptor), with `stream()` as the fallback. A failed write to
 * standard output (a full disk, a closed pipe) ends the run with one line and status 2, as a
 * failure of its stream does (src/cli.ts). */
export function standardOut(fd: number, stream: () => NodeJS.WritableStream): TextOut {
  let fallback: NodeJS.WritableStream | undefined;
  let tty: boolean | undefined;
  return {
    write(text) {
      if (fallback) {
        fallback.write(text);
        return;
      }
      const bytes = Buffer.from(text);
      let done = 0;
      while (done < bytes.length) {
        try {
          done += writeSync(fd, bytes, done);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
            fallback = stream();
            fallback.write(bytes.subarray(done));
            return;
          }
          return failed(fd, error as NodeJS.ErrnoException);
        }
      }
    },
    get isTTY() {
      return (tty ??= isTerminalFd(fd));
    },
  };
}

/** Whether standard error is a terminal, asked without making its stream. */
export const standardErrorIsTerminal = (): boolean => isTerminalFd(2);

/** A terminal is a character device; only one of those (not /dev/null, not a pipe or file) is
 * asked of `node:tty`, which loads net. */
function isTerminalFd(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice() && (packageRequire('node:tty') as typeof import('node:tty')).isatty(fd);
  } catch {
    return false;
  }
}

function failed(fd: number, error: NodeJS.ErrnoException): void {
  // nothing can be said of a failure to write the messages themselves
  if (fd === 2) return;
  try {
    writeSync(2, `claimcheck: cannot write to standard output (${error.code ?? error.message})\n`);
  } catch {
    // standard error is gone too
  }
  process.exit(2);
}

/** The run's standard output and error. */
export const standardIo = (): { out: TextOut; err: TextOut } => ({ out: standardOut(1, () => process.stdout), err: standardOut(2, () => process.stderr) });
