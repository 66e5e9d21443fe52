import { Command, CommanderError, Option } from 'commander';
import { InputError } from '../errors.js';
import { checkFiles } from '../check-files.js';
import { formatText } from '../report/text.js';
import { formatJson } from '../report/json.js';
import { gateFails } from '../report/gate.js';
import { VERSION } from '../version.js';

interface CheckFlags {
  source: string[];
  format: 'text' | 'json';
  date?: string;
  rules: string[];
  color?: boolean;
}

/** Runs the command line and returns the exit status: 0 gate passed, 1 gate failed, 2 usage or input error. */
export async function runCli(argv: string[], io = { out: process.stdout, err: process.stderr }): Promise<number> {
  let status = 0;
  const program = new Command()
    .name('claimcheck')
    .description('Check press copy against the official report it describes.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out.write(s), writeErr: (s) => io.err.write(s) });

  program
    .command('check')
    .description('check drafts against sources and print every quote and claim with its verdict')
    .argument('<draft...>', 'press copy to check')
    .requiredOption('-s, --source <file...>', 'the official report(s) the drafts describe')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--date <yyyy-mm-dd>', "the draft's date, for relative dates such as 'last year'")
    .option('-r, --rules <dir...>', 'extra rule folders', [])
    .option('--no-color', 'no colour in text output')
    .action(async (drafts: string[], flags: CheckFlags) => {
      const result = await checkFiles(drafts, flags.source, { date: flags.date, ruleDirs: flags.rules });
      const color = flags.color !== false && !process.env.NO_COLOR && Boolean((io.out as NodeJS.WriteStream).isTTY);
      io.out.write(flags.format === 'json' ? formatJson(result) : formatText(result, { color }));
      status = gateFails(result) ? 1 : 0;
    });

  try {
    await program.parseAsync(argv);
    return status;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof InputError) {
      io.err.write(`claimcheck: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
