// Long reads (a 200-page PDF takes seconds) tell a person at a terminal how far they are. The CLI
// installs a reporter; the library has none, so `check()` and tests stay silent.

export type ProgressReporter = (file: string, done: number, total: number) => void;

let reporter: ProgressReporter | undefined;

export function setProgressReporter(next: ProgressReporter | undefined): void {
  reporter = next;
}

export function reportProgress(file: string, done: number, total: number): void {
  reporter?.(file, done, total);
}

/** A reporter that rewrites one line of a terminal, from the first half second on (a quick read
 * shows nothing), and clears it when the file is done. */
export function terminalProgress(stream: { write(s: string): unknown }, now: () => number = Date.now): ProgressReporter {
  const started = new Map<string, number>();
  let shown = false;
  return (file, done, total) => {
    if (!started.has(file)) started.set(file, now());
    if (done >= total) {
      started.delete(file);
      if (shown) stream.write('\r\u001b[2K');
      shown = false;
      return;
    }
    if (now() - started.get(file)! < 500) return;
    stream.write(`\r\u001b[2KReading ${file}: page ${done} of ${total}`);
    shown = true;
  };
}
