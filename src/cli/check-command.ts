import { Option } from 'commander';
import { check, type CheckOptions } from '../check.js';
import { parseVerdicts } from '../config/config.js';
import { knownProfile, shippedProfiles } from '../layout/profile.js';
import { InputError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { changedLines } from '../gate/changed-lines.js';
import { applySuppressions } from '../gate/suppress.js';
import { draftMismatch, loadReviewFile, type Decision } from '../review/store.js';
import { narrowToChange } from '../gate/narrow.js';
import { isUrl } from '../ingest/url.js';
import { modelsFor, readDraft, readSource, settle, sourcesOf, type InputFlags, type Inputs } from './inputs.js';
import { visible } from '../report/sanitize.js';
import { applyGate, DEFAULT_GATE, type GateOptions } from '../report/gate.js';
import { FORMATS, formatResult, type Format } from '../report/format.js';
import { formatMarkdown } from '../report/markdown.js';
import type { CheckResult, InputText, Verdict } from '../types.js';
import type { CliIo, RegisterCommand } from './main.js';
import { appendFileSync } from 'node:fs';

interface CheckFlags extends InputFlags {
  profile?: string;
  format?: Format;
  output?: string;
  failOn?: Verdict[];
  maxUnsupported?: number;
  color?: boolean;
  maxBytes?: number;
  maxUnpackedBytes?: number;
  maxPages?: number;
  maxClaims?: number;
  changedSince?: string;
  reviewFile?: string;
  index?: string;
  all?: boolean;
  quiet?: boolean;
  explainChoice?: boolean;
}

export const registerCheck: RegisterCommand = (program, io, setStatus) => {
  program
    .command('check')
    .description('check drafts against sources: problems first, with their evidence')
    .argument('<draft...>', "press copy to check ('-' reads standard input)")
    .option('-s, --source <file-or-url...>', 'the official report(s) the drafts describe: files or https:// addresses')
    .addOption(new Option('-f, --format <format>', 'output format (default: text)').choices(FORMATS))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--all', 'text output: every claim in draft order, not only the problems')
    .option('-q, --quiet', 'text output: the problems only, no counts of the rest')
    .option('--fail-on <verdicts>', "comma-separated verdicts that fail the gate, or 'none' (default: contradictory)", (v) => parseVerdicts(v, '--fail-on'))
    .option('--max-unsupported <n>', 'also fail when more than n claims are unsupported', (v) => wholeNumber('--max-unsupported', v, 0))
    .option('--draft-date <yyyy-mm-dd>', "the draft's own date, for relative dates such as 'last month' (default: the date the draft gives itself)")
    .option('--date <yyyy-mm-dd>', 'the older name of --draft-date')
    .option('-r, --rules <dir...>', 'extra rule folders', [])
    .option('--profile <id>', 'read the sources with this inspectorate profile instead of the one their words point to')
    .option('--no-color', 'no colour in text output')
    .option('--no-cache', 'read every source anew (download, parse and model it) instead of using the cached copy')
    .option('--max-bytes <n>', 'largest input file accepted, in bytes (default 50 MB)', (v) => wholeNumber('--max-bytes', v, 1))
    .option('--max-unpacked-bytes <n>', 'most one input may unpack to: Word parts, PDF or decoded text (default 10 MB)', (v) => wholeNumber('--max-unpacked-bytes', v, 1))
    .option('--max-pages <n>', 'most pages read from one PDF (default 2000)', (v) => wholeNumber('--max-pages', v, 1))
    .option('--max-claims <n>', 'most claims one draft may hold (default 5000)', (v) => wholeNumber('--max-claims', v, 1))
    .option('-c, --config <file>', 'config file (default: the nearest claimcheck.config.{json,yaml} or package.json "claimcheck")')
    .option('--changed-since <git-ref>', 'report and gate only claims on lines changed since this git revision')
    .option('-i, --index <file>', 'check against a corpus index (claimcheck index) instead of --source')
    .option('--explain-choice', 'with --index: list the candidate reports weighed, with their scores, on standard error')
    .option('--review-file <path>', "review decisions to honour ({draft} is the draft's path; default {draft}.claimcheck.json)")
    .addHelpText('after', '\nExit status: 0 the gate passed, 1 the gate failed, 2 a usage or input error.\n')
    .action(async (draftPaths: string[], flags: CheckFlags) => {
      setStatus(await runCheck(draftPaths, flags, io));
    });
};

/** Reads, checks, applies review decisions and the gate: what `check` reports and `fix` rewrites. */
export async function checkDrafts(draftPaths: string[], flags: CheckFlags, warn: (line: string) => void = (line) => process.stderr.write(line)): Promise<{ result: CheckResult; texts: Map<string, string>; inputs: Inputs; drafts: InputText[]; sourcePaths: string[] }> {
  if (flags.profile) knownProfile(flags.profile, shippedProfiles());
  const inputs = settle(flags);
  const { config } = inputs;
  const sourcePaths = flags.index ? [] : sourcesOf(flags, inputs);
  if (flags.index && draftPaths.length !== 1) throw new InputError(undefined, '--index checks one draft at a time');
  const [drafts, sources] = await Promise.all([
    Promise.all(draftPaths.map((p) => readDraft(p, inputs.read))),
    Promise.all(sourcePaths.map((p) => readSource(p, inputs, flags))),
  ]);

  const texts = new Map(drafts.map((d) => [d.path, d.text]));
  const decisions = new Map<string, Decision[]>();
  const reviewFile = flags.reviewFile ?? config.reviewFile ?? '{draft}.claimcheck.json';
  for (const d of drafts.filter((d) => d.path !== '-')) {
    const path = reviewFile.replaceAll('{draft}', d.path);
    const file = loadReviewFile(path, d.path);
    const mismatch = draftMismatch(file, path, d.path);
    if (mismatch) warn(`claimcheck: warning: ${visible(mismatch)}\n`);
    decisions.set(d.path, mismatch ? [] : file.decisions);
  }

  const gate: GateOptions = {
    failOn: flags.failOn ?? config.failOn ?? DEFAULT_GATE.failOn,
    unsupportedQuotes: flags.failOn?.length === 0 ? false : (config.unsupportedQuotes ?? DEFAULT_GATE.unsupportedQuotes),
    ...((flags.maxUnsupported ?? config.maxUnsupported) !== undefined ? { maxUnsupported: flags.maxUnsupported ?? config.maxUnsupported } : {}),
    ...(flags.changedSince ? { changedLines: new Map(drafts.map((d) => [d.path, changedLines(d.path, flags.changedSince!)])) } : {}),
  };
  const models = modelsFor(inputs, flags);
  const checkOptions = { rules: inputs.rules, ...(models ? { models } : {}), ...(flags.profile ? { profile: flags.profile } : {}), ...(inputs.date ? { draftDate: inputs.date } : {}), ...((flags.maxClaims ?? config.maxClaims) ? { maxClaims: flags.maxClaims ?? config.maxClaims } : {}) };
  const checked = flags.index ? await checkCorpus(drafts[0]!, flags.index, checkOptions, flags.explainChoice ? warn : undefined) : check(drafts, sources, checkOptions);
  const gated = applyGate(applySuppressions(checked, texts, decisions), gate);
  return { result: flags.changedSince ? narrowToChange(gated, flags.changedSince) : gated, texts, inputs, drafts, sourcePaths };
}

async function runCheck(draftPaths: string[], flags: CheckFlags, io: CliIo): Promise<number> {
  const { result, texts, inputs, sourcePaths } = await checkDrafts(draftPaths, flags, (line) => io.err.write(line));
  const format = flags.format ?? inputs.config.format ?? 'text';
  const color = !flags.output && flags.color !== false && !process.env.NO_COLOR && Boolean(io.out.isTTY);
  const describe = (id: string) => inputs.rules.get(id)?.description;
  const detail = flags.all ? 'all' : flags.quiet ? 'quiet' : 'problems';
  const report = formatResult(result, format, { color, cwd: inputs.cwd, drafts: texts, describe, detail, date: new Date().toISOString().slice(0, 10) });
  if (flags.output) writeFileAtomic(flags.output, report, { inputs: [...draftPaths, ...sourcePaths.filter((p) => !isUrl(p)), ...(flags.index ? [flags.index] : [])] });
  else io.out.write(report);
  // GitHub shows about ten annotations of each kind per step; the summary gets the whole report
  if (format === 'github' && process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, formatMarkdown(result));
  return result.gate!.passed ? 0 : 1;
}

/** The corpus code loads only when --index is given, so a single-report check carries none of it. */
async function checkCorpus(draft: InputText, indexPath: string, options: CheckOptions, explain?: (text: string) => void): Promise<CheckResult> {
  const { openIndex } = await import('../corpus/index.js');
  const { checkAgainstCorpus } = await import('../corpus/check-corpus.js');
  const { CHOICE_WEIGHTS } = await import('../corpus/choose.js');
  const index = openIndex(indexPath);
  if (index.size === 0) {
    index.close();
    throw new InputError(indexPath, "holds no documents (add some with 'claimcheck index <folder> --index <file>')");
  }
  try {
    const result = await checkAgainstCorpus(draft, index, options);
    explain?.(explainChoice(result, CHOICE_WEIGHTS));
    return result;
  } finally {
    index.close();
  }
}

/** --explain-choice: the candidates weighed, best first, with what each scored on. */
function explainChoice(result: CheckResult, w: typeof import('../corpus/choose.js').CHOICE_WEIGHTS): string {
  const rows = (result.corpus?.candidates ?? []).slice(0, 10).map((c, i) => {
    const e = c.evidence;
    const quotes = e.quotes ? `${e.quotesFound}/${e.quotes}` : '-';
    return `${String(i + 1).padStart(3)}  ${c.score.toFixed(2).padStart(6)}  subject ${String(e.subject).padStart(4)}  dates ${String(e.dates).padStart(3)}  quotes ${quotes.padStart(5)}  phrases ${e.phrases.toFixed(2)}  words ${e.words.toFixed(1).padStart(6)}  ${c.path} (${[c.subject, c.inspected].filter(Boolean).join(', ') || 'no subject or dates found'})`;
  });
  return [`candidates (score = ${w.subject} x subject + ${w.dates} x dates + ${w.quotes} x share of quotes verbatim + ${w.phrases} x phrases / best phrases + ${w.words} x words / best words):`, ...rows, ''].join('\n');
}

function wholeNumber(flag: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new InputError(undefined, `${flag} takes a whole number of at least ${min}, not '${value}'`);
  return n;
}
