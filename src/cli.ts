#!/usr/bin/env node
import { writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { readBuildId } from './build-id.js';
import { compileCacheDir, enableCompileCache, type LoadedBundle, loadBundle } from './compile-cache.js';

// Most runs are over in a fifth of a second, and V8 would spend as much CPU again compiling their
// warm functions with TurboFan on its worker threads, code that arrives when the run is nearly done;
// on two cores that work slows the run it is meant to speed up. Ten times Node 20's budget before a
// function is considered for TurboFan keeps it for code that runs long (a 5 MB quote, a 200-page
// PDF, whose times do not change): a seed check took about 205 -> 180 ms (medians of 40 alternating
// runs). Set before the bundle is compiled, so its functions are made with it. `index`, which reads
// a whole corpus for a minute or more, keeps V8's default: with the budget it took 5% longer.
const use = useOf(process.argv);
if (use !== 'index') setFlagsFromString('--interrupt-budget=675840');

// pdf.js inflates a PDF's compressed streams (each page's content, its fonts) through the web's
// DecompressionStream where there is one: Node's zlib on libuv's thread pool, reached through web
// streams, the main thread idle on each stream in turn. Where there is none it inflates them in
// JavaScript, to the same text (the fixtures' and the developer reports' 95 PDFs compared; the
// fixtures are held to it in test/ingest/pdf-inflate.test.ts): a 203-page report was read in 1.9 s
// instead of 2.3 s, and 90 inspection reports 13% faster. Nothing else the CLI runs uses the
// global; the library leaves it alone, as its caller's code may use it.
delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;

// The CLI writes to the file descriptors (src/cli/std-output.ts); Node makes the standard streams
// only when something asks for them (the review screen, a full pipe), so they are watched, not made:
// each made is flushed before the exit, and a full disk (ENOSPC) or a closed pipe (EPIPE) under
// standard output is one line and exit 2, never an unhandled 'error' event with a stack trace and
// exit 1 (which would read as "gate failed").
const madeStreams: NodeJS.WriteStream[] = [];
watchStream('stdout', (stream) =>
  stream.on('error', (error: NodeJS.ErrnoException) => {
    process.stderr.write(`claimcheck: cannot write to standard output (${error.code ?? error.message})\n`);
    process.exit(2);
  }),
);
watchStream('stderr', () => {});

// Node ≥ 22.1 keeps the compiled code of the dependencies a command loads (pdf.js, ink …)
enableCompileCache();
// the CLI itself, bundled by `npm run build` into one CommonJS file, run with V8's code from the
// last run of the same command (see src/compile-cache.ts)
const cli = loadOrExit();
void main();

/** The bundle, run; or, when an install is broken (the bundle missing, damaged, or moved out of its
 * package), one line naming what is wrong and exit 2, never a stack trace: `runCli`, which
 * reports its own errors so, is inside the bundle. */
function loadOrExit(): LoadedBundle<typeof import('./cli/main.js')> {
  try {
    return loadBundle(fileURLToPath(new URL('./bundle/claimcheck.cjs', import.meta.url)), {
      cacheDir: cacheDirOrUndefined(),
      use,
      buildId: readBuildId(new URL('./build-id.txt', import.meta.url)),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    writeSync(2, process.env.CLAIMCHECK_DEBUG ? `${(error as Error)?.stack ?? message}\n` : `claimcheck: cannot start: ${message.split('\n')[0]!.replace(/^claimcheck: /, '')} (reinstall claimcheck; set CLAIMCHECK_DEBUG=1 for details)\n`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  process.exitCode = await cli.exports.runCli(process.argv);
  cli.keep();
  // the work is done: leave once the output is out, rather than letting V8 collect garbage on the way out
  for (const stream of madeStreams) await new Promise((flushed) => stream.write('', flushed));
  process.exit();
}

/** Calls `made` with the stream the first time anything asks for it. */
function watchStream(name: 'stdout' | 'stderr', made: (stream: NodeJS.WriteStream) => void): void {
  const make = Object.getOwnPropertyDescriptor(process, name)?.get;
  if (!make) {
    // not Node's lazy getter: the stream is there already
    madeStreams.push(process[name]);
    made(process[name]);
    return;
  }
  let stream: NodeJS.WriteStream | undefined;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: true,
    get() {
      if (!stream) {
        stream = make.call(process) as NodeJS.WriteStream;
        madeStreams.push(stream);
        made(stream);
      }
      return stream;
    },
  });
}

/** What the run's cached code is kept for: its command, and for a check against a corpus index that
 * too, since such a run also calls the corpus code, which a check against one source must not keep
 * from being cached (each use keeps the code its first run compiled). */
function useOf(argv: string[]): string | undefined {
  const command = argv[2];
  return command === 'check' && argv.some((a) => a === '-i' || a === '--index' || a.startsWith('--index=')) ? 'check-index' : command;
}

function cacheDirOrUndefined(): string | undefined {
  try {
    return compileCacheDir();
  } catch {
    return undefined; // no home folder: run without a cache
  }
}
