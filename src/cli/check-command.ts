import { Option } from 'commander';
import { InputError } from '../errors.js';
import { checkFiles } from '../check-files.js';
import { formatText } from '../report/text.js';
import { formatJson } from '../report/json.js';
import { gateFails } from '../report/gate.js';
import type { RegisterCommand } from './main.js';

interface CheckFlags {
  source: string[];
  format: 'text' | 'json';
  date?: string;
  rules: string[];
  color?: boolean;
  maxBytes?: number;
}

export const registerCheck: RegisterCommand = (program, io, setStatus) => {
  program
    .command('check')
    .description('check drafts against sources and print every quote and claim with its verdict')
    .argument('<draft...>', 'press copy to check')
    .requiredOption('-s, --source <file...>', 'the official report(s) the drafts describe')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--date <yyyy-mm-dd>', "the draft's date, for relative dates such as 'last year'")
    .option('-r, --rules <dir...>', 'extra rule folders', [])
    .option('--no-color', 'no colour in text output')
    .option('--max-bytes <n>', 'largest input file accepted, in bytes (default 50 MB)', (v) => positiveInteger('--max-bytes', v))
    .action(async (drafts: string[], flags: CheckFlags) => {
      const result = await checkFiles(drafts, flags.source, { date: flags.date, ruleDirs: flags.rules, maxBytes: flags.maxBytes });
      const color = flags.color !== false && !process.env.NO_COLOR && Boolean(io.out.isTTY);
      io.out.write(flags.format === 'json' ? formatJson(result) : formatText(result, { color }));
      setStatus(gateFails(result) ? 1 : 0);
    });
};

function positiveInteger(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new InputError(undefined, `${flag} takes a whole number above 0, not '${value}'`);
  return n;
}
