// What `check`, `fix` and `review` read before checking: the config, the drafts, the sources (files
// or web addresses) and the rules — one place, so the three commands agree.
import { join, relative, resolve } from 'node:path';
import { builtCodeId, modelStore, type ModelStore } from '../align/model-cache.js';
import { defaultCacheDir } from '../fs/cache-dir.js';
import { findConfig, loadConfig, type Config } from '../config/config.js';
import { InputError } from '../errors.js';
import { decodeInput, readInput, type ReadOptions } from '../ingest/read.js';
import { readBounded, readStreamBounded } from '../fs/bounded-read.js';
import { decodeCached, userCacheDir } from '../corpus/text-cache.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { defined, readProgress } from './progress.js';
import { standardErrorIsTerminal } from './std-output.js';
import { isUrl, readUrl } from '../ingest/url.js';
import { loadRuleSet } from '../rules/load.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { InputText } from '../types.js';

export interface InputFlags {
  source?: string[];
  config?: string;
  rules: string[];
  date?: string;
  /** check's --draft-date (its older name, --date, is `date`). */
  draftDate?: string;
  maxBytes?: number;
  maxUnpackedBytes?: number;
  maxPages?: number;
  /** false with --no-cache. */
  cache?: boolean;
}

export interface Inputs {
  cwd: string;
  config: Config;
  date?: string;
  rules: RuleSet;
  /** How every input is read: the size, unpacked-size and page limits, and a progress line on a terminal. */
  read: ReadOptions;
}

/** The config, date and rules that apply, checked before any file is read. */
export function settle(flags: InputFlags): Inputs {
  const cwd = process.cwd();
  const config: Config = flags.config ? loadConfig(resolve(flags.config)) : findConfig(cwd);
  const date = flags.draftDate ?? flags.date ?? config.date;
  const given = flags.draftDate !== undefined ? '--draft-date' : flags.date !== undefined ? '--date' : `${config.file}: key 'date'`;
  if (date !== undefined) checkDate(date, given);
  const rules = loadRuleSet([...(config.rules ?? []), ...flags.rules], { severity: config.severity });
  const read: ReadOptions = {
    ...defined({ maxBytes: flags.maxBytes ?? config.maxBytes, maxUnpackedBytes: flags.maxUnpackedBytes ?? config.maxUnpackedBytes, maxPages: flags.maxPages ?? config.maxPages }),
    ...(standardErrorIsTerminal() ? { progress: readProgress(process.stderr) } : {}),
  };
  return { cwd, config, ...(date ? { date } : {}), rules, read };
}

/** The sources named by the flags or, failing them, the config; a file path or a web address each. */
export function sourcesOf(flags: InputFlags, inputs: Inputs): string[] {
  const sources = flags.source ?? inputs.config.sources?.map((p) => (isUrl(p) ? p : relative(inputs.cwd, p) || p));
  if (!sources?.length) throw new InputError(undefined, "no source: give --source <file or https://…>, or 'sources' in a config file");
  return sources;
}

/** A source file's text; a PDF's or Word file's is kept by content hash (see text-cache.ts), so
 * checking against the same report again does not parse it again (--no-cache parses it anew). */
export function readSource(path: string, inputs: Inputs, flags: InputFlags): Promise<InputText> {
  if (isUrl(path)) return readUrl(path, { ...inputs.read, cache: flags.cache !== false });
  if (flags.cache === false) return readInput(path, inputs.read);
  return decodeCached(path, readBounded(path, inputs.read.maxBytes ?? DEFAULT_LIMITS.maxBytes), userCacheDir(), undefined, 'slow', inputs.read);
}

/** Where the sources' models are kept between runs: models/ in the cache folder; none with --no-cache. */
export function modelsFor(inputs: Inputs, flags: InputFlags): ModelStore | undefined {
  const code = builtCodeId();
  if (flags.cache === false || code === undefined) return undefined;
  return modelStore(join(defaultCacheDir(), 'models'), code, inputs.rules);
}

export async function readDraft(path: string, read: ReadOptions): Promise<InputText> {
  if (path !== '-') return readInput(path, read);
  return decodeInput('-', await readStreamBounded('standard input', process.stdin, read.maxBytes ?? DEFAULT_LIMITS.maxBytes), read);
}

/** A calendar date as YYYY-MM-DD: 2024-13-45 is refused, not rolled over into 2025. */
export function checkDate(date: string, what: string): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!d || d.getUTCMonth() !== Number(m![2]) - 1 || d.getUTCDate() !== Number(m![3])) {
    throw new InputError(undefined, `${what} takes a real date as YYYY-MM-DD, not '${date}'`);
  }
}
