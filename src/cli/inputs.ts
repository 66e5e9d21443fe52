// What `check`, `fix` and `review` read before checking: the config, the drafts, the sources (files
// or web addresses) and the rules — one place, so the three commands agree.
import { relative, resolve } from 'node:path';
import { findConfig, loadConfig, type Config } from '../config/config.js';
import { InputError } from '../errors.js';
import { decodeInput, readInput } from '../ingest/read.js';
import { isUrl, readUrl } from '../ingest/url.js';
import { loadRuleSet } from '../rules/load.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { InputText } from '../types.js';

export interface InputFlags {
  source?: string[];
  config?: string;
  rules: string[];
  date?: string;
  maxBytes?: number;
  /** false with --no-cache. */
  cache?: boolean;
}

export interface Inputs {
  cwd: string;
  config: Config;
  date?: string;
  rules: RuleSet;
  maxBytes?: number;
}

/** The config, date and rules that apply, checked before any file is read. */
export function settle(flags: InputFlags): Inputs {
  const cwd = process.cwd();
  const config: Config = flags.config ? loadConfig(resolve(flags.config)) : findConfig(cwd);
  const date = flags.date ?? config.date;
  if (date !== undefined) checkDate(date, flags.date !== undefined ? '--date' : `${config.file}: key 'date'`);
  const rules = loadRuleSet([...(config.rules ?? []), ...flags.rules], { severity: config.severity });
  return { cwd, config, ...(date ? { date } : {}), rules, maxBytes: flags.maxBytes ?? config.maxBytes };
}

/** The sources named by the flags or, failing them, the config; a file path or a web address each. */
export function sourcesOf(flags: InputFlags, inputs: Inputs): string[] {
  const sources = flags.source ?? inputs.config.sources?.map((p) => (isUrl(p) ? p : relative(inputs.cwd, p) || p));
  if (!sources?.length) throw new InputError(undefined, "no source: give --source <file or https://…>, or 'sources' in a config file");
  return sources;
}

export function readSource(path: string, inputs: Inputs, flags: InputFlags): Promise<InputText> {
  return isUrl(path) ? readUrl(path, { maxBytes: inputs.maxBytes, cache: flags.cache !== false }) : readInput(path, { maxBytes: inputs.maxBytes });
}

export async function readDraft(path: string, maxBytes: number | undefined): Promise<InputText> {
  if (path !== '-') return readInput(path, { maxBytes });
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeInput('-', Buffer.concat(chunks));
}

/** A calendar date as YYYY-MM-DD: 2024-13-45 is refused, not rolled over into 2025. */
export function checkDate(date: string, what: string): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!d || d.getUTCMonth() !== Number(m![2]) - 1 || d.getUTCDate() !== Number(m![3])) {
    throw new InputError(undefined, `${what} takes a real date as YYYY-MM-DD, not '${date}'`);
  }
}
