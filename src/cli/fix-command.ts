import { readFileSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import { InputError } from '../errors.js';
import { applyFixes, quoteFixes } from '../fix/apply.js';
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
    .option('--no-cache', 'download sources given as web addresses again')
    .option('--review-file <path>', "review decisions to honour ({draft} is the draft's path): accepted claims are left alone")
    .action(async (draftPaths: string[], flags: FixFlags) => {
      if (draftPaths.includes('-')) throw new InputError('-', 'fix rewrites files; give the draft as a file');
      const { result, drafts } = await checkDrafts(draftPaths, { ...flags, failOn: [] });
      let fixed = 0;
      for (const doc of result.documents) {
        const draft = drafts.find((d) => d.path === doc.path)!;
        const fixes = quoteFixes(doc.claims.filter((c) => c.gate !== 'suppressed'));
        if (!fixes.length) continue;
        const bom = rewritable(draft.path, draft.format, draft.text);
        const after = applyFixes(draft.text, fixes);
        fixed += fixes.length;
        if (flags.write) writeFileAtomic(draft.path, bom + after);
        else io.out.write(createTwoFilesPatch(draft.path, draft.path, draft.text, after, 'draft', "with the source's words"));
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

/** A draft is rewritten only when its text is its file's bytes (plain text or Markdown in UTF-8), so
 * that nothing but the misquotes changes; returns the byte-order mark to keep, if any. */
function rewritable(path: string, format: string, text: string): string {
  if (format !== 'text' && format !== 'markdown') throw new InputError(path, `is ${format}; claimcheck fix rewrites plain text and Markdown drafts only`);
  const bytes = readFileSync(path);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\uFEFF' : '';
  if (!Buffer.from(bom + text, 'utf8').equals(bytes)) throw new InputError(path, 'is not UTF-8, so claimcheck fix cannot rewrite it without changing other characters');
  return bom;
}
