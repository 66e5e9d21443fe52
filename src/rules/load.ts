import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { InputError } from '../errors.js';
import { ruleSchema, type RuleData } from './schema.js';
import { RuleSet, type LoadedRule } from './rule-set.js';
import { compilePattern } from './pattern.js';

/** The rules shipped with claimcheck: `rules/` at the package root. */
export const SHIPPED_RULES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../rules');

/** Loads the shipped rules and then each extra folder; a later rule with the same id replaces an earlier one. */
export function loadRuleSet(
  extraDirs: string[] = [],
  options: { shipped?: boolean; severity?: Record<string, 'error' | 'warning' | 'info' | 'off'> } = {},
): RuleSet {
  const dirs = options.shipped === false ? extraDirs : [SHIPPED_RULES_DIR, ...extraDirs];
  const byId = new Map<string, LoadedRule>();
  for (const dir of dirs) for (const rule of loadRuleDir(dir)) byId.set(rule.id, rule);
  // a config may switch a rule off or give it another severity, as Vale's config does
  for (const [id, severity] of Object.entries(options.severity ?? {})) {
    const rule = byId.get(id);
    if (!rule) throw new InputError(undefined, `the config sets a severity for '${id}', but no rule has that id`);
    if (severity === 'off') byId.delete(id);
    else byId.set(id, { ...rule, severity });
  }
  return new RuleSet([...byId.values()]);
}

export function loadRuleDir(dir: string): LoadedRule[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new InputError(dir, 'is not a folder of rule files');
    names = readdirSync(dir);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(dir, 'no such rule folder');
  }
  return names
    .filter((n) => /\.ya?ml$/i.test(n))
    .sort()
    .map((n) => parseRuleFile(join(dir, n), readFileSync(join(dir, n), 'utf8')));
}

/** Parses and validates one rule file; a bad file is an InputError naming file, line and key. */
export function parseRuleFile(path: string, text: string): LoadedRule {
  const shown = relative(process.cwd(), path) || path;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const at = lineCounter.linePos(yamlError.pos[0]);
    throw new InputError(shown, `line ${at.line}: not valid YAML (${yamlError.code.toLowerCase().replace(/_/g, ' ')})`);
  }
  let data: unknown;
  try {
    // yaml refuses aliases that expand past 100 nodes (a "billion laughs" file) by throwing
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new InputError(shown, `not usable YAML (${String((error as Error).message).split('\n')[0]})`);
  }
  const parsed = ruleSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path_ = (issue?.path ?? []).map((k) => (typeof k === 'symbol' ? String(k) : k));
    const node = doc.getIn(path_, true);
    const offset = isNode(node) && node.range ? node.range[0] : 0;
    const key = path_.length ? path_.join('.') : '(top level)';
    throw new InputError(shown, `line ${lineCounter.linePos(offset).line}: key '${key}': ${issue?.message ?? 'invalid'}`);
  }
  checkPatterns(shown, parsed.data);
  return { ...parsed.data, file: path } as LoadedRule;
}

/** Regular expressions in rules must compile for RE2 (see `pattern.ts`: linear time, whatever the pattern). */
function checkPatterns(path: string, rule: RuleData): void {
  const patterns = rule.type === 'boilerplate' ? rule.patterns : rule.type === 'dates' ? rule.publicationPatterns : [];
  for (const pattern of patterns) {
    try {
      compilePattern(pattern);
    } catch (error) {
      const why = String((error as Error).message).split('\n')[0];
      throw new InputError(path, `key 'patterns': '${pattern}' is not a regular expression claimcheck runs (${why}; backreferences and lookaround are not supported)`);
    }
  }
}
