import { Command, CommanderError } from 'commander';
import { InputError } from '../errors.js';
import { VERSION } from '../version.js';
import { registerCheck } from './check-command.js';
import { registerRules } from './rules-command.js';
import { registerIndex } from './index-command.js';
import { registerReview } from './review-command.js';
import { registerFacts } from './facts-command.js';

/** Where a command writes; tests pass their own streams. */
export interface CliIo {
  out: NodeJS.WritableStream & { isTTY?: boolean };
  err: NodeJS.WritableStream;
}

/** Each command module adds itself to the program and sets the exit status through `setStatus`. */
export type RegisterCommand = (program: Command, io: CliIo, setStatus: (status: number) => void) => void;

/** Runs the command line and returns the exit status: 0 gate passed, 1 gate failed, 2 usage or input error. */
export async function runCli(argv: string[], io: CliIo = { out: process.stdout, err: process.stderr }): Promise<number> {
  let status = 0;
  const setStatus = (s: number) => {
    status = s;
  };
  const program = new Command()
    .name('claimcheck')
    .description('Check press copy against the official report it describes.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out.write(s), writeErr: (s) => io.err.write(s) });

  for (const register of [registerCheck, registerFacts, registerRules, registerReview, registerIndex]) register(program, io, setStatus);

  try {
    await program.parseAsync(argv);
    return status;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof InputError) {
      io.err.write(`claimcheck: ${error.message}\n`);
      return 2;
    }
    // a bug of ours, or a library failing on input it should have refused: still one line, and the
    // stack only when asked for
    if (process.env.CLAIMCHECK_DEBUG) io.err.write(`${(error as Error)?.stack ?? String(error)}\n`);
    else io.err.write(`claimcheck: unexpected error: ${String((error as Error)?.message ?? error).split('\n')[0]} (set CLAIMCHECK_DEBUG=1 for details)\n`);
    return 2;
  }
}
