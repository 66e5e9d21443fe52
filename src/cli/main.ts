import { Command, CommanderError } from 'commander';
import { InputError } from '../errors.js';
import { VERSION } from '../version.js';
import { visible } from '../report/sanitize.js';
import { registerCheck } from './check-command.js';
import { registerRules } from './rules-command.js';
import { registerIndex } from './index-command.js';
import { registerReview } from './review-command.js';
import { registerFix } from './fix-command.js';
import { registerFacts } from './facts-command.js';
import { standardIo } from './std-output.js';

/** Where a command writes; tests pass their own streams. */
/** Where the commands write: the run's standard output and error (std-output.ts), or a test's. */
export interface CliIo {
  out: Output;
  err: Output;
}

interface Output {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** Each command module adds itself to the program and sets the exit status through `setStatus`. */
export type RegisterCommand = (program: Command, io: CliIo, setStatus: (status: number) => void) => void;

const HELP_AFTER = `
Examples:
  claimcheck check press/release.md --source reports/report.pdf
  claimcheck check press/*.md --source https://files.ofsted.gov.uk/v1/file/50000000 --format html -o report.html
  claimcheck fix press/release.md --source reports/report.pdf           # show the diff
  claimcheck fix press/release.md --source reports/report.pdf --write   # apply it
  claimcheck review press/release.md --source reports/report.pdf
  claimcheck check press/*.md --format github --changed-since origin/main

Exit status:
  0  the gate passed (check), or the command did what it was asked
  1  the gate failed: a claim fails on the verdicts of --fail-on
  2  a usage or input error, told in one line on standard error

'claimcheck <command> --help' lists a command's options.
`;

/** Runs the command line and returns the exit status: 0 gate passed, 1 gate failed, 2 usage or input error. */
export async function runCli(argv: string[], io: CliIo = standardIo()): Promise<number> {
  let status = 0;
  const setStatus = (s: number) => {
    status = s;
  };
  const program = new Command()
    .name('claimcheck')
    .description('Check press copy against the official report it describes.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out.write(s),
      writeErr: (s) => io.err.write(s),
      // a usage error is one line, like every other error: "claimcheck: unknown option '--x'"
      outputError: (s, write) => write(`claimcheck: ${s.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim()}\n`),
    })
    .addHelpText('after', HELP_AFTER);

  for (const register of [registerCheck, registerFix, registerFacts, registerRules, registerReview, registerIndex]) register(program, io, setStatus);

  try {
    await program.parseAsync(argv);
    return status;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    // a progress line may stand where the error goes
    if (io.err.isTTY) io.err.write('\r\u001b[2K');
    if (error instanceof InputError) {
      io.err.write(`claimcheck: ${errorLine(error.message)}\n`);
      return 2;
    }
    // a bug of ours, or a library failing on input it should have refused: still one line, and the
    // stack only when asked for
    if (process.env.CLAIMCHECK_DEBUG) io.err.write(`${(error as Error)?.stack ?? String(error)}\n`);
    else io.err.write(`claimcheck: unexpected error: ${errorLine(String((error as Error)?.message ?? error).split('\n')[0]!)} (set CLAIMCHECK_DEBUG=1 for details)\n`);
    return 2;
  }
}

/** An error as one line a terminal shows as text: file names and quoted input may hold newlines or escapes. */
const errorLine = (message: string) => visible(message).replace(/\n/g, ' ');
