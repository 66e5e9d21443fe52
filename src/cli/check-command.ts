import { Option } from 'commander';
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
    .action(async (drafts: string[], flags: CheckFlags) => {
      const result = await checkFiles(drafts, flags.source, { date: flags.date, ruleDirs: flags.rules });
      const color = flags.color !== false && !process.env.NO_COLOR && Boolean(io.out.isTTY);
      io.out.write(flags.format === 'json' ? formatJson(result) : formatText(result, { color }));
      setStatus(gateFails(result) ? 1 : 0);
    });
};
