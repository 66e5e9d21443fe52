import { visible } from '../report/sanitize.js';

/** The keys of an object whose values are set: options built from flags that may be absent. */
export function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** A progress line for long PDF reads: shown once a read has taken two seconds, rewritten in
 * place, cleared when the last page is read. */
export function readProgress(stream: NodeJS.WritableStream, now = () => Date.now()): (path: string, page: number, pages: number) => void {
  const started = new Map<string, number>();
  let shown = false;
  return (path, page, pages) => {
    if (!started.has(path)) started.set(path, now());
    if (page >= pages) {
      if (shown) stream.write('\r\u001b[K');
      shown = false;
      return;
    }
    if (now() - started.get(path)! < 2000) return;
    shown = true;
    stream.write(`\rreading ${visible(path)}: page ${page} of ${pages}\u001b[K`);
  };
}
