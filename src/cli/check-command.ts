import { relative, resolve } from 'node:path';
import { Option } from 'commander';
import { check, type CheckOptions } from '../check.js';
import { findConfig, loadConfig, type Config } from '../config/config.js';
import { InputError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { changedLines } from '../gate/changed-lines.js';
import { applySuppressions } from '../gate/suppress.js';
import { loadReviewFile, type Decision } from '../review/store.js';
import { decodeInput, readInput } from '../ingest/read.js';
import { loadRuleSet } from '../rules/load.js';
import { applyGate, DEFAULT_GATE, type GateOptions } from '../report/gate.js';
import { FORMATS, formatResult, type Format } from '../report/format.js';
import { formatMarkdown } from '../report/markdown.js';
import { VERDICTS, type CheckResult, type InputText, type Verdict } from '../types.js';
import type { CliIo, RegisterCommand } from './main.js';
import { appendFileSync } from 'node:fs';

interface CheckFlags {
  source?: string[];
  format?: Format;
  output?: string;
  failOn?: Verdict[];
  maxUnsupported?: number;
  date?: string;
  rules: string[];
  color?: boolean;
  maxBytes?: number;
  maxClaims?: number;
  config?: string;
  changedSince?: string;
  reviewFile?: string;
  index?: string;
  explainChoice?: boolean;
}

export const registerCheck: RegisterCommand = (program, io, setStatus) => {
  program
    .command('check')
    .description('check drafts against sources and print every quote and claim with its verdict')
    .argument('<draft...>', "press copy to check ('-' reads standard input)")
    .option('-s, --source <file...>', 'the official report(s) the drafts describe')
    .addOption(new Option('-f, --format <format>', 'output format (default: text)').choices(FORMATS))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--fail-on <verdicts>', "comma-separated verdicts that fail the gate, or 'none' (default: contradictory)", verdictList)
    .option('--max-unsupported <n>', 'also fail when more than n claims are unsupported', (v) => wholeNumber('--max-unsupported', v, 0))
    .option('--date <yyyy-mm-dd>', "the draft's date, for relative dates such as 'last year'")
    .option('-r, --rules <dir...>', 'extra rule folders', [])
    .option('--no-color', 'no colour in text output')
    .option('--max-bytes <n>', 'largest input file accepted, in bytes (default 50 MB)', (v) => wholeNumber('--max-bytes', v, 1))
    .option('--max-claims <n>', 'most claims one draft may hold (default 5000)', (v) => wholeNumber('--max-claims', v, 1))
    .option('-c, --config <file>', 'config file (default: the nearest claimcheck.config.{json,yaml} or package.json "claimcheck")')
    .option('--changed-since <git-ref>', 'report and gate only claims on lines changed since this git revision')
    .option('-i, --index <file>', 'check against a corpus index (claimcheck index) instead of --source')
    .option('--explain-choice', 'with --index: list the candidate reports weighed, with their scores, on standard error')
    .option('--review-file <path>', "review decisions to honour ({draft} is the draft's path; default {draft}.claimcheck.json)")
    .action(async (draftPaths: string[], flags: CheckFlags) => {
      setStatus(await runCheck(draftPaths, flags, io));
    });
};

async function runCheck(draftPaths: string[], flags: CheckFlags, io: CliIo): Promise<number> {
  const cwd = process.cwd();
  const config: Config = flags.config ? loadConfig(resolve(flags.config)) : findConfig(cwd);
  const sourcePaths = flags.index ? [] : (flags.source ?? config.sources?.map((p) => relative(cwd, p) || p));
  if (!flags.index && !sourcePaths?.length) throw new InputError(undefined, "no source: give --source <file>, --index <file> or 'sources' in a config file");
  if (flags.index && draftPaths.length !== 1) throw new InputError(undefined, '--index checks one draft at a time');
  const date = flags.date ?? config.date;
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new InputError(undefined, `--date takes YYYY-MM-DD, not '${date}'`);
  const rules = loadRuleSet([...(config.rules ?? []), ...flags.rules], { severity: config.severity });
  const maxBytes = flags.maxBytes ?? config.maxBytes;
  const [drafts, sources] = await Promise.all([Promise.all(draftPaths.map((p) => readDraft(p, maxBytes))), Promise.all(sourcePaths!.map((p) => readInput(p, { maxBytes })))]);

  const texts = new Map(drafts.map((d) => [d.path, d.text]));
  const decisions = new Map<string, Decision[]>();
  const reviewFile = flags.reviewFile ?? config.reviewFile ?? '{draft}.claimcheck.json';
  for (const d of drafts) if (d.path !== '-') decisions.set(d.path, loadReviewFile(reviewFile.replaceAll('{draft}', d.path), d.path).decisions);

  const gate: GateOptions = {
    failOn: flags.failOn ?? (config.failOn as Verdict[] | undefined) ?? DEFAULT_GATE.failOn,
    unsupportedQuotes: flags.failOn?.length === 0 ? false : (config.unsupportedQuotes ?? DEFAULT_GATE.unsupportedQuotes),
    ...((flags.maxUnsupported ?? config.maxUnsupported) !== undefined ? { maxUnsupported: flags.maxUnsupported ?? config.maxUnsupported } : {}),
    ...(flags.changedSince ? { changedLines: new Map(drafts.map((d) => [d.path, changedLines(d.path, flags.changedSince!)])) } : {}),
  };
  const checkOptions = { rules, ...(date ? { date } : {}), ...((flags.maxClaims ?? config.maxClaims) ? { maxClaims: flags.maxClaims ?? config.maxClaims } : {}) };
  const checked = flags.index ? await checkCorpus(drafts[0]!, flags.index, checkOptions, Boolean(flags.explainChoice), io) : check(drafts, sources, checkOptions);
  const result = applyGate(applySuppressions(checked, texts, decisions), gate);

  const format = flags.format ?? config.format ?? 'text';
  const color = !flags.output && flags.color !== false && !process.env.NO_COLOR && Boolean(io.out.isTTY);
  const describe = (id: string) => rules.get(id)?.description;
  const report = formatResult(result, format, { color, cwd, drafts: texts, describe });
  if (flags.output) writeOutput(flags.output, report);
  else io.out.write(report);
  // GitHub shows about ten annotations of each kind per step; the summary gets the whole report
  if (format === 'github' && process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, formatMarkdown(result));
  return result.gate!.passed ? 0 : 1;
}

/** The corpus code loads only when --index is given, so a single-report check carries none of it. */
async function checkCorpus(draft: InputText, indexPath: string, options: CheckOptions, explain: boolean, io: CliIo): Promise<CheckResult> {
  const { openIndex } = await import('../corpus/index.js');
  const { checkAgainstCorpus } = await import('../corpus/check-corpus.js');
  const index = openIndex(indexPath);
  try {
    const result = await checkAgainstCorpus(draft, index, options);
    if (explain) io.err.write(explainChoice(result));
    return result;
  } finally {
    index.close();
  }
}

/** --explain-choice: the candidates weighed, best first, with what each scored on. */
function explainChoice(result: CheckResult): string {
  const rows = (result.corpus?.candidates ?? []).slice(0, 10).map((c, i) => {
    const e = c.evidence;
    const quotes = e.quotes ? `${e.quotesFound}/${e.quotes}` : '-';
    return `${String(i + 1).padStart(3)}  ${c.score.toFixed(2).padStart(6)}  subject ${String(e.subject).padStart(4)}  dates ${String(e.dates).padStart(3)}  quotes ${quotes.padStart(5)}  phrases ${e.phrases.toFixed(2)}  words ${e.words.toFixed(1).padStart(6)}  ${c.path} (${[c.subject, c.inspected].filter(Boolean).join(', ') || 'no subject or dates found'})`;
  });
  return ['candidates (score = 3 x subject + 2 x dates + 4 x share of quotes verbatim + 3 x phrases / best phrases + words / best words):', ...rows, ''].join('\n');
}

async function readDraft(path: string, maxBytes: number | undefined): Promise<InputText> {
  if (path !== '-') return readInput(path, { maxBytes });
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeInput('-', Buffer.concat(chunks));
}

function writeOutput(path: string, report: string): void {
  try {
    writeFileAtomic(path, report);
  } catch (error) {
    throw new InputError(path, `cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** Verdicts that fail the gate; 'none' for a report that never fails (a demo, a first look). */
function verdictList(value: string): Verdict[] {
  if (value.trim() === 'none') return [];
  const list = value.split(',').map((v) => v.trim()).filter(Boolean);
  const bad = list.find((v) => !VERDICTS.includes(v as Verdict));
  if (bad) throw new InputError(undefined, `--fail-on takes verdicts from ${VERDICTS.join(', ')}; '${bad}' is not one`);
  return list as Verdict[];
}

function wholeNumber(flag: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) throw new InputError(undefined, `${flag} takes a whole number of at least ${min}, not '${value}'`);
  return n;
}
