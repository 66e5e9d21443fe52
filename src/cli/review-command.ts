import { resolve } from 'node:path';
import { Option } from 'commander';
import { check } from '../check.js';
import { InputError } from '../errors.js';
import { needsAttention, withDecisions } from '../review/apply.js';
import { defaultExportPath, exportFormat, exportFormatIds } from '../review/export.js';
import { matchDecisions, toReviewFile } from '../review/match.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { defaultReviewPath, draftMismatch, loadReviewFile } from '../review/store.js';
import { ReviewFileSync } from '../review/sync.js';
import type { CheckResult, DocumentResult, InputText } from '../types.js';
import { quoteFix } from '../fix/quote-fix.js';
import { writeFixes } from '../fix/write.js';
import type { RegisterCommand } from './main.js';
import { visible } from '../report/sanitize.js';
import { modelsFor, readDraft, readSource, settle, sourcesOf, type InputFlags } from './inputs.js';
import { isUrl } from '../ingest/url.js';

interface ReviewFlags extends InputFlags {
  reviewFile?: string;
  export?: string;
  exportFormat: string;
}

export const NOT_A_TERMINAL =
  "claimcheck review needs an interactive terminal; for output to a pipe or a file use 'claimcheck check <draft> --source <report>'\n";

export const registerReview: RegisterCommand = (program, io, setStatus) => {
  program
    .command('review')
    .description('review one draft interactively: see each claim with its evidence, accept, override or flag it')
    .argument('<draft>', 'press copy to review')
    .option('-s, --source <file-or-url...>', 'the official report(s) the draft describes: files or https:// addresses (default: sources in the config file)')
    .option('--no-cache', 'read every source anew (download, parse and model it) instead of using the cached copy')
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
      const settled = settle(flags);
      // the screen shows its own progress; a line on stderr would tear it
      const { progress: _progress, ...read } = settled.read;
      const inputs = { ...settled, read };
      const { config } = inputs;
      const sources = sourcesOf(flags, inputs);
      const models = modelsFor(inputs, flags);
      const reviewFile = (flags.reviewFile ?? config.reviewFile)?.replaceAll('{draft}', draft) ?? defaultReviewPath(draft);
      const exportPath = flags.export ?? defaultExportPath(draft, format);

      let result: CheckResult | undefined;
      let document: DocumentResult | undefined;
      let draftText: InputText | undefined;
      // neither the review file nor the export may replace the draft or a source
      const inputPaths = [draft, ...sources.filter((s) => !isUrl(s))];
      const sync = new ReviewFileSync(reviewFile, draft, { inputs: inputPaths });
      let unsaved: string | undefined;
      const final = await runReviewScreen({
        draft,
        reviewFile,
        stdout: process.stdout,
        stdin: process.stdin,
        async load(progress) {
          await progress(`Checking ${draft} against ${sources.join(', ')}`);
          const [text, sourceTexts] = await Promise.all([readDraft(draft, inputs.read), Promise.all(sources.map((s) => readSource(s, inputs, flags)))]);
          draftText = text;
          result = check([text], sourceTexts, { rules: inputs.rules, ...(models ? { models } : {}), ...(inputs.date ? { draftDate: inputs.date } : {}), ...(config.maxClaims ? { maxClaims: config.maxClaims } : {}) });
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
        fix(claim) {
          const replacement = quoteFix(claim);
          if (!draftText || replacement === undefined) throw new Error('no fix for this claim');
          writeFixes(draftText, [{ claim, replacement }]);
          return draft;
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
          writeFileAtomic(exportPath, format.format(reviewed), { inputs: inputPaths });
          return { path: resolve(exportPath), format: format.label };
        },
      });

      // a line for the shell's scrollback, since the screen itself is gone
      if (unsaved !== undefined) {
        io.err.write(`claimcheck review: the decisions were not saved (${visible(unsaved)})\n`);
        setStatus(2);
        return;
      }
      if (final.phase === 'loading' && !document) {
        // quit before the check finished: the file is as it was, and says how many decisions it holds
        const kept = savedDecisions(reviewFile, draft);
        io.err.write(`claimcheck review: quit before the check finished; ${plural(kept, 'decision')} in ${visible(reviewFile)}, unchanged\n`);
        setStatus(0);
        return;
      }
      const decided = Object.keys(final.decisions).length;
      const open = final.claims.filter((c) => needsAttention(c, final.decisions[c.id])).length;
      io.err.write(`claimcheck review: ${plural(decided, 'decision')} in ${visible(reviewFile)}; ${plural(open, 'open problem')} left\n`);
      if (final.orphans.length > 0) {
        const n = final.orphans.length;
        io.err.write(`claimcheck review: ${plural(n, 'saved decision')} ${n === 1 ? 'matches' : 'match'} no claim of the draft any more (kept in the file):\n`);
        for (const d of final.orphans) io.err.write(`  - ${d.status}: "${visible(d.claimText).replace(/\s+/g, ' ')}"\n`);
      }
      setStatus(0);
    });
};

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function savedDecisions(reviewFile: string, draft: string): number {
  try {
    return loadReviewFile(reviewFile, draft).decisions.length;
  } catch {
    return 0;
  }
}
