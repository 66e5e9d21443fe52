import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { onFirstUse, yamlModule, zodModule } from '../lazy/modules.js';
import type { z } from 'zod';
import { InputError } from '../errors.js';
import { VERDICTS, type Verdict } from '../types.js';
import { isUrl } from '../ingest/url.js';
import { FORMATS } from '../report/format.js';

/** Verdicts that fail the gate, written as on the command line ('contradictory,unsupported' or
 * 'none' for a gate that never fails); `what` names the flag or key in the error. */
export function parseVerdicts(value: string, what: string): Verdict[] {
  if (value.trim() === 'none') return [];
  const list = value.split(',').map((v) => v.trim()).filter(Boolean);
  const bad = list.find((v) => !VERDICTS.includes(v as Verdict));
  if (bad) throw new InputError(undefined, `${what} takes verdicts from ${VERDICTS.join(', ')}; '${bad}' is not one`);
  return list as Verdict[];
}

/** What a config file may hold; any other key is an error that names it. */
function buildConfigSchema() {
  const z = zodModule();
  const verdict = z.enum(VERDICTS as unknown as [string, ...string[]]);
  return z
    .object({
      sources: z.array(z.string()).optional(),
      format: z.enum(FORMATS).optional(),
      /** A list, or a string as --fail-on takes it ('contradictory', 'contradictory,unsupported', 'none'). */
      failOn: z.union([z.array(verdict), z.string()]).optional(),
      unsupportedQuotes: z.boolean().optional(),
      maxUnsupported: z.number().int().nonnegative().optional(),
      rules: z.array(z.string()).optional(),
      /** Per rule id: a new severity, or "off" to leave the rule out. */
      severity: z.record(z.string(), z.enum(['error', 'warning', 'info', 'suggestion', 'off'])).optional(),
      /** Where review decisions live; {draft} is the draft's path. */
      reviewFile: z.string().optional(),
      maxBytes: z.number().int().positive().optional(),
      maxUnpackedBytes: z.number().int().positive().optional(),
      maxPages: z.number().int().positive().optional(),
      maxClaims: z.number().int().positive().optional(),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    })
    .strict();
}
const configSchema = onFirstUse(buildConfigSchema);

export type Config = Omit<z.infer<ReturnType<typeof buildConfigSchema>>, 'failOn'> & { failOn?: Verdict[]; /** The file it came from. */ file?: string };

const NAMES = ['claimcheck.config.json', 'claimcheck.config.yaml', 'claimcheck.config.yml'];

/** The config that applies in `cwd`: the nearest claimcheck.config.{json,yaml,yml}, or a
 * `claimcheck` key in the nearest package.json that has one, walking up to the root. */
export function findConfig(cwd: string): Config {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of NAMES) {
      const file = join(dir, name);
      if (existsSync(file)) return loadConfig(file);
    }
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const json = parseFile(pkg) as { claimcheck?: unknown };
      if (json && typeof json === 'object' && 'claimcheck' in json) return validate(pkg, json.claimcheck, 'claimcheck.');
    }
    if (dirname(dir) === dir) return {};
  }
}

export function loadConfig(file: string): Config {
  return validate(file, parseFile(file), '');
}

function parseFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError(file, 'cannot be read');
  }
  try {
    return file.endsWith('.json') ? JSON.parse(text) : yamlModule().parse(text);
  } catch (error) {
    throw new InputError(file, `is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'} (${(error as Error).message.split('\n')[0]})`);
  }
}

function validate(file: string, data: unknown, prefix: string): Config {
  const parsed = configSchema().safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    if (keys.length) throw new InputError(file, `unknown key '${prefix}${keys[0]}' (known: ${Object.keys(configSchema().shape).join(', ')})`);
    throw new InputError(file, `key '${prefix}${issue.path.join('.')}': ${issue.message}`);
  }
  const base = dirname(file);
  const { failOn, ...rest } = parsed.data;
  const config: Config = { ...rest, file };
  if (failOn !== undefined) config.failOn = typeof failOn === 'string' ? parseVerdicts(failOn, `${file}: key '${prefix}failOn'`) : (failOn as Verdict[]);
  // paths in a config file are relative to the file, not to wherever claimcheck runs
  if (config.sources) config.sources = config.sources.map((p) => (isUrl(p) ? p : resolve(base, p)));
  if (config.rules) config.rules = config.rules.map((p) => resolve(base, p));
  return config;
}
