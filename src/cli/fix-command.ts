import { InputError } from '../errors.js';
import { quoteFixes } from '../fix/apply.js';
import { fixedFile } from '../fix/write.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { checkDrafts } from './check-command.js';
import type { InputFlags } from './inputs.js';
import type { RegisterCommand } from './main.js';

interface FixFlags extends InputFlags {
  write?: boolean;
  reviewFile?: string;
}

export const registerFix: RegisterCommand = (program, io, setStatus) => {
  program
    .command('fix')
    .description("rewrite each misquote to the source's exact words: a unified diff, or the draft itself with --write")
    .argument('<draft...>', 'press copy to fix (plain text or Markdown, UTF-8)')
    .option('-s, --source <file-or-url...>', 'the official report(s) the drafts describe: files or https:// addresses')
    .option('-w, --write', 'write the fixed drafts in place (atomically) instead of printing the diff')
    .option('--date <yyyy-mm-dd>', "the draft's date, for relative dates such as 'last year'")
    .option('-r, --rules <dir...>', 'extra rule folders', [])
    .option('-c, --config <file>', 'config file (default: the nearest claimcheck.config.{json,yaml} or package.json "claimcheck")')
    .option('--no-cache', 'read every source anew (download, parse and model it) instead of using the cached copy')
    .option('--review-file <path>', "review decisions to honour ({draft} is the draft's path): accepted claims are left alone")
    .action(async (draftPaths: string[], flags: FixFlags) => {
      if (draftPaths.includes('-')) throw new InputError('-', 'fix rewrites files; give the draft as a file');
      const { result, drafts } = await checkDrafts(draftPaths, { ...flags, failOn: [] }, (line) => io.err.write(line));
      let fixed = 0;
      for (const doc of result.documents) {
        const draft = drafts.find((d) => d.path === doc.path)!;
        const fixes = quoteFixes(doc.claims.filter((c) => c.gate !== 'suppressed'));
        if (!fixes.length) continue;
        const after = fixedFile(draft, fixes);
        fixed += fixes.length;
        if (flags.write) writeFileAtomic(draft.path, after);
        // the diff package is loaded only to print a patch: every other command (a check above all) goes without it
        else io.out.write((await import('diff/lib/patch/create.js')).createTwoFilesPatch(draft.path, draft.path, draft.text, after.replace(/^\uFEFF/, ''), 'draft', "with the source's words"));
      }
      const files = new Set(result.documents.filter((d) => quoteFixes(d.claims).length).map((d) => d.path)).size;
      io.err.write(
        fixed === 0
          ? 'claimcheck fix: no misquote to fix\n'
          : `claimcheck fix: ${fixed} misquote${fixed === 1 ? '' : 's'} ${flags.write ? 'fixed' : 'to fix'} in ${files} draft${files === 1 ? '' : 's'}${flags.write ? '' : ' (--write applies them)'}\n`,
      );
      setStatus(0);
    });
};
