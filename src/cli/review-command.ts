import { relative, resolve } from 'node:path';
import { Option } from 'commander';
import { checkFiles } from '../check-files.js';
import { findConfig, loadConfig, type Config } from '../config/config.js';
import { InputError } from '../errors.js';
import { needsAttention, withDecisions } from '../review/apply.js';
import { defaultExportPath, exportFormat, exportFormatIds } from '../review/export.js';
import { matchDecisions, toReviewFile } from '../review/match.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { defaultReviewPath, draftMismatch } from '../review/store.js';
import { ReviewFileSync } from '../review/sync.js';
import type { CheckResult, DocumentResult } from '../types.js';
import type { RegisterCommand } from './main.js';
import { visible } from '../report/sanitize.js';

interface ReviewFlags {
  source?: string[];
  config?: string;
  reviewFile?: string;
  export?: string;
  exportFormat: string;
  date?: string;
  rules: string[];
}

export const NOT_A_TERMINAL =
  "claimcheck review needs an interactive terminal; for output to a pipe or a file use 'claimcheck check <draft> --source <report>'\n";

export const registerReview: RegisterCommand = (program, io, setStatus) => {
  program
    .command('review')
    .description('review one draft interactively: see each claim with its evidence, accept, override or flag it')
    .argument('<draft>', 'press copy to review')
    .option('-s, --source <file...>', 'the official report(s) the draft describes (default: sources in the config file)')
    .option('-c, --config <file>', 'config file (default: the nearest claimcheck.config.{json,yaml} or package.json "claimcheck")')
    .option('--review-file <path>', "where decisions are kept ({draft} is the draft's path; default {draft}.claimcheck.json)")
    .option('--export <path>', 'where e writes the result with decisions (default: <draft>.review.<ext>)')
    .addOption(new Option('--export-format <format>', 'format e writes').choices(exportFormatIds()).default('json'))
    .option('--date <yyyy-mm-dd>', "the draft's date, for relative dates such as 'last year'")
    .option('-r, --rules <dir...>', 'extra rule folders', [])
    .action(async (draft: string, flags: ReviewFlags) => {
      if (!io.out.isTTY || !process.stdin.isTTY) {
        io.err.write(NOT_A_TERMINAL);
        setStatus(2);
        return;
      }
      // A person is at this terminal, even where CI=1 is set in their shell: ink would otherwise
      // draw only the last frame. Load the UI only now, so `check` never pays for React.
      for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) if (name in process.env) process.env[name] = 'false';
      const { runReviewScreen } = await import('../tui/run.js');
      const format = exportFormat(flags.exportFormat);
      if (!format) throw new InputError(undefined, `unknown export format '${flags.exportFormat}'`);
      // the same sources, rules, date and review file as `claimcheck check` with the same config
      const cwd = process.cwd();
      const config: Config = flags.config ? loadConfig(resolve(flags.config)) : findConfig(cwd);
      const sources = flags.source ?? config.sources?.map((p) => relative(cwd, p) || p);
      if (!sources?.length) throw new InputError(undefined, "no source: give --source <file> or 'sources' in a config file");
      const date = flags.date ?? config.date;
      const ruleDirs = [...(config.rules ?? []), ...flags.rules];
      const reviewFile = (flags.reviewFile ?? config.reviewFile)?.replaceAll('{draft}', draft) ?? defaultReviewPath(draft);
      const exportPath = flags.export ?? defaultExportPath(draft, format);

      let result: CheckResult | undefined;
      let document: DocumentResult | undefined;
      // neither the review file nor the export may replace the draft or a source
      const inputs = [draft, ...sources];
      const sync = new ReviewFileSync(reviewFile, draft, { inputs });
      let unsaved: string | undefined;
      const final = await runReviewScreen({
        draft,
        reviewFile,
        stdout: process.stdout,
        stdin: process.stdin,
        async load(progress) {
          await progress(`Checking ${draft} against ${sources.join(', ')}`);
          result = await checkFiles([draft], sources, { ...(date ? { date } : {}), ruleDirs, severity: config.severity, maxBytes: config.maxBytes, maxUnpackedBytes: config.maxUnpackedBytes, maxPages: config.maxPages });
          document = result.documents[0];
          if (!document) throw new InputError(draft, 'the check returned no result for this draft');
          await progress(`Restoring decisions from ${reviewFile}`);
          const file = sync.load();
          const mismatch = draftMismatch(file, reviewFile, draft);
          // another draft's decisions stay in its file but are neither shown nor applied here
          if (mismatch) sync.rebase([]);
          const matched = matchDecisions(mismatch ? [] : file.decisions, document.claims);
          return {
            claims: document.claims,
            sources: result.sources,
            notices: mismatch ? [{ rule: 'review/other-draft', message: mismatch, severity: 'warning' }, ...document.notices] : document.notices,
            decisions: Object.fromEntries(matched.byClaim),
            orphans: matched.orphans,
          };
        },
        save(state) {
          try {
            const { fromOthers } = sync.save(toReviewFile(draft, state.claims, new Map(Object.entries(state.decisions)), state.orphans));
            unsaved = undefined;
            return fromOthers ? `${reviewFile} (with ${fromOthers} decision${fromOthers === 1 ? '' : 's'} another session saved there meanwhile, kept)` : reviewFile;
          } catch (error) {
            unsaved = error instanceof Error ? error.message : String(error);
            throw error;
          }
        },
        exportResult(state) {
          if (!result || !document) throw new Error('nothing to export yet');
          const reviewed = withDecisions(result, document.path, new Map(Object.entries(state.decisions)), state.orphans, reviewFile);
          writeFileAtomic(exportPath, format.format(reviewed), { inputs });
          return { path: resolve(exportPath), format: format.label };
        },
      });

      // a line for the shell's scrollback, since the screen itself is gone
      if (unsaved !== undefined) {
        io.err.write(`claimcheck review: the decisions were not saved (${visible(unsaved)})\n`);
        setStatus(2);
        return;
      }
      const decided = Object.keys(final.decisions).length;
      const open = final.claims.filter((c) => needsAttention(c, final.decisions[c.id])).length;
      io.err.write(`claimcheck review: ${decided} decision${decided === 1 ? '' : 's'} in ${visible(reviewFile)}; ${open} open problem${open === 1 ? '' : 's'} left\n`);
      if (final.orphans.length > 0) {
        io.err.write(`claimcheck review: ${final.orphans.length} saved decision${final.orphans.length === 1 ? '' : 's'} match no claim of the draft any more (kept in the file):\n`);
        for (const d of final.orphans) io.err.write(`  - ${d.status}: "${visible(d.claimText).replace(/\s+/g, ' ')}"\n`);
      }
      setStatus(0);
    });
};
