#!/usr/bin/env node
import { enableCompileCache } from './compile-cache.js';

// a full disk (ENOSPC) or a closed pipe (EPIPE) under standard output: one line and exit 2, never
// an unhandled 'error' event with a stack trace and exit 1 (which would read as "gate failed")
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  process.stderr.write(`claimcheck: cannot write to standard output (${error.code ?? error.message})\n`);
  process.exit(2);
});

// before the rest of the CLI is imported, so that its modules are the ones the cache keeps
enableCompileCache();
const { runCli } = await import('./cli/main.js');
process.exitCode = await runCli(process.argv);
