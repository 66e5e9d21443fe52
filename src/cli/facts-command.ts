import { readInput } from '../ingest/read.js';
import { layout } from '../layout/index.js';
import { reportFacts, type ReportFacts } from '../layout/facts.js';
import { lexicon } from '../rules/lexicon.js';
import { loadRuleSet } from '../rules/load.js';
import { InputError } from '../errors.js';
import { formatFacts } from '../report/facts.js';
import type { RegisterCommand } from './main.js';

interface FactsFlags {
  format: string;
  profile?: string;
}

/** `claimcheck facts`: what claimcheck read from each report (profile, subject, dates, grades). */
export const registerFacts: RegisterCommand = (program, io) => {
  program
    .command('facts')
    .description('print what claimcheck reads from reports: profile, subject, dates, every grade with its locator')
    .argument('<reports...>', 'report files (PDF, Word, HTML, Markdown or text)')
    .option('-f, --format <format>', 'text or json', 'text')
    .option('--profile <id>', 'read the reports with this inspectorate profile instead of the one their words point to')
    .action(async (paths: string[], flags: FactsFlags) => {
      if (flags.format !== 'text' && flags.format !== 'json') throw new InputError(undefined, `--format must be text or json, not '${flags.format}'`);
      const lex = lexicon(loadRuleSet());
      const all: ReportFacts[] = [];
      for (const [i, path] of paths.entries()) {
        const input = await readInput(path);
        all.push(reportFacts(path, layout(`S${i + 1}`, input, lex, flags.profile ? { profile: flags.profile } : {})));
      }
      io.out.write(flags.format === 'json' ? JSON.stringify(all.length === 1 ? all[0] : all, null, 2) + '\n' : all.map(formatFacts).join('\n'));
    });
};
