import { lexicon } from '../rules/lexicon.js';
import { loadRuleSet } from '../rules/load.js';
import type { RegisterCommand } from './main.js';
import { InputError } from '../errors.js';
import { onFirstUse } from '../lazy/modules.js';

interface IndexFlags {
  index: string;
}

/** `claimcheck index`: builds or updates the corpus index that `check --index` searches. */
export const registerIndex: RegisterCommand = (program, io) => {
  program
    .command('index')
    .description('build or update a corpus index of source documents (only new or changed files are read)')
    .argument('<paths...>', 'source files, or folders to search for them')
    .requiredOption('-i, --index <file>', 'the index file to create or update (its data goes in <file>.d/)')
    .action(async (paths: string[], flags: IndexFlags) => {
      // the corpus code loads only for this command, so a plain check carries none of it
      const [{ listInputs }, { updateIndex }] = await Promise.all([import('../corpus/index.js'), import('../corpus/update.js')]);
      const files = listInputs(paths);
      // the rules load only if a file is to be described: an unchanged corpus needs none of them
      const lex = onFirstUse(() => lexicon(loadRuleSet()));
      const started = Date.now();
      const tty = Boolean((process.stderr as { isTTY?: boolean }).isTTY);
      let shown = false;
      // progress only on a terminal, and only once it has taken a second
      const progress = (done: number, total: number) => {
        const elapsed = (Date.now() - started) / 1000;
        if (!tty || elapsed < 1) return;
        const eta = Math.round((elapsed / done) * (total - done));
        process.stderr.write(`\rindexing ${done}/${total} files, about ${eta} s left   `);
        shown = true;
      };
      const report = await updateIndex(flags.index, files, lex, progress).catch((error: NodeJS.ErrnoException) => {
        // a full disk or a read-only folder while the store is written: one line naming the index
        if (error instanceof InputError || !error.code) throw error;
        throw new InputError(flags.index, `cannot be written (${error.code}); the index is as it was before this run`);
      });
      if (shown) process.stderr.write('\n');
      for (const f of report.failed) io.err.write(`claimcheck: skipped ${f.path}: ${f.problem}\n`);
      const total = report.added + report.changed + report.unchanged;
      const skipped = report.failed.length ? `, ${report.failed.length} skipped` : '';
      io.out.write(`${flags.index}: ${total} documents (${report.added} added, ${report.changed} changed, ${report.unchanged} unchanged, ${report.removed} removed${skipped})\n`);
    });
};
