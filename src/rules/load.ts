import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { yamlModule } from '../lazy/modules.js';
import { fromRoot, SHIPPED_RULES_DIR } from '../package-root.js';
import { precompiled } from '../shipped/precompiled.js';
import { InputError } from '../errors.js';
import type { Severity } from '../types.js';
import { ruleSchemaOf, RULE_TYPE_NAMES } from './schema.js';
import { RuleSet, type LoadedRule } from './rule-set.js';
import { ruleType } from './types/index.js';
import { assertRe2Pattern } from './pattern.js';

/** A folder of rule files and the name it is listed under ('shipped', a profile's name, a user folder). */
export interface PackSource {
  dir: string;
  pack: string;
}

export type SeverityOverrides = Record<string, Severity | 'suggestion' | 'off'>;

export interface LoadOptions {
  /** Load the shipped rules first (default true). */
  shipped?: boolean;
  /** Pack folders layered after the shipped rules and before the user's (a profile's folder, say). */
  packs?: PackSource[];
  /** Per rule id: a new severity, or 'off' to leave the rule out (a config's `severity:`). */
  severity?: SeverityOverrides;
}

/** Loads the shipped rules, then each pack, then each extra folder. Packs add up: a file adds a
 * rule, or changes a loaded one with `extends: <id>`; a file that reuses an id without
 * `extends` is an error, so nothing is replaced by accident. */
export function loadRuleSet(extraDirs: string[] = [], options: LoadOptions = {}): RuleSet {
  const sources: PackSource[] = [
    ...(options.shipped === false ? [] : [{ dir: SHIPPED_RULES_DIR, pack: 'shipped' }]),
    ...(options.packs ?? []),
    ...extraDirs.map((dir) => ({ dir, pack: shown(dir) })),
  ];
  return loadRulePacks(sources, options.severity);
}

export function loadRulePacks(sources: PackSource[], severity: SeverityOverrides = {}): RuleSet {
  const byId = new Map<string, LoadedRule | { off: true; file: string }>();
  for (const [i, source] of sources.entries()) {
    // the shipped rules, loaded first, come validated from the build when it has them
    const rules = (i === 0 && source.dir === SHIPPED_RULES_DIR && source.pack === 'shipped' && shippedPrecompiled()) || parsePack(source, (id) => byId.get(id));
    for (const rule of rules) byId.set(rule.id, rule.severity === ('off' as Severity) ? { off: true, file: rule.file } : rule);
  }
  // a config may switch a rule off or give it another level, as Vale's config does
  for (const [id, level] of Object.entries(severity)) {
    const rule = byId.get(id);
    if (!rule) throw new InputError(undefined, `the config sets a severity for '${id}', but no rule has that id`);
    if (level === 'off') byId.set(id, { off: true, file: rule.file });
    else if (!('off' in rule)) byId.set(id, { ...rule, severity: level === 'suggestion' ? 'info' : level });
  }
  return new RuleSet([...byId.values()].filter((r): r is LoadedRule => !('off' in r)));
}

/** Parses and validates a folder's rule files in order; `loaded` finds the rules of earlier folders. */
export function parsePack(source: PackSource, loaded: Lookup = () => undefined): LoadedRule[] {
  const own = new Map<string, LoadedRule | { off: true; file: string }>();
  return ruleFiles(source.dir).map((file) => {
    const rule = parseRuleFile(file, readFileSync(file, 'utf8'), source.pack, (id) => own.get(id) ?? loaded(id));
    own.set(rule.id, rule.severity === ('off' as Severity) ? { off: true, file } : rule);
    return rule;
  });
}

function shippedPrecompiled(): LoadedRule[] | undefined {
  return precompiled()?.rules.map((r) => ({ ...r, file: fromRoot(r.file) }));
}

function ruleFiles(dir: string): string[] {
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
    .map((n) => join(dir, n));
}

/** The rule files of one folder, each on its own (no layering): for `claimcheck rules --test`. */
export function loadRuleDir(dir: string): LoadedRule[] {
  return ruleFiles(dir).map((file) => parseRuleFile(file, readFileSync(file, 'utf8')));
}

type Lookup = (id: string) => LoadedRule | { off: true; file: string } | undefined;

/** Parses and validates one rule file; a bad file is an InputError naming file, line and key.
 * `loaded` finds the rules loaded before it, for `extends`. */
export function parseRuleFile(path: string, text: string, pack = 'shipped', loaded: Lookup = () => undefined): LoadedRule {
  const file = shown(path);
  const yaml = yamlModule();
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const at = lineCounter.linePos(yamlError.pos[0]);
    throw new InputError(file, `line ${at.line}: not valid YAML (${yamlError.code.toLowerCase().replace(/_/g, ' ')})`);
  }
  const fail = (key: Array<string | number>, problem: string): never => {
    throw new InputError(file, `line ${lineOf(doc, lineCounter, key)}: key '${key.length ? key.join('.') : '(top level)'}': ${problem}`);
  };
  let raw: unknown;
  try {
    // yaml refuses aliases that expand past 100 nodes (a "billion laughs" file) by throwing
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new InputError(file, `not usable YAML (${String((error as Error).message).split('\n')[0]})`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail([], 'a rule file is a mapping of keys (id, type, message …)');
  let data = { ...(raw as Record<string, unknown>) };
  if (data.extends !== undefined) {
    const baseId = String(data.extends);
    const base = loaded(baseId);
    if (!base) fail(['extends'], `no rule '${baseId}' is loaded before this file`);
    if (base && 'off' in base) fail(['extends'], `rule '${baseId}' is switched off by ${shown(base.file)}`);
    const { extends: _extends, ...own } = data;
    data = extend(base as LoadedRule, own, ruleType(String((base as LoadedRule).type))?.meta.indexed ?? []);
  } else if (typeof data.id === 'string' && loaded(data.id)) {
    fail(['id'], `'${data.id}' is already defined by ${shown(loaded(data.id)!.file)}; write 'extends: ${data.id}' to change that rule, or give this one another id`);
  }
  const module = ruleType(String(data.type));
  if (!module) return fail(['type'], `unknown rule type '${String(data.type)}' (known: ${RULE_TYPE_NAMES.join(', ')})`);
  const off = data.severity === 'off';
  const parsed = ruleSchemaOf(module).safeParse(off ? { ...data, severity: 'info' } : data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.code === 'unrecognized_keys' ? [...issue.path.map(String), issue.keys[0]!] : issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
    fail(key, issue.code === 'unrecognized_keys' ? `not a key of a '${module.meta.type}' rule` : issue.message);
  }
  const rule = { ...(parsed.data as Record<string, unknown>), file: path, pack } as LoadedRule;
  // a message id the rule defines or an example expects must be one its type reports
  const known = Object.keys(module.meta.messages);
  const undefinedId = (id: string) => !known.includes(id);
  if (typeof rule.message === 'object') {
    const bad = Object.keys(rule.message).find(undefinedId);
    if (bad) fail(['message', bad], `'${bad}' is not a message of a '${module.meta.type}' rule (its messages: ${known.join(', ') || 'none'})`);
  }
  rule.examples.forEach((e, i) => {
    if (e.messageId && undefinedId(e.messageId)) fail(['examples', i, 'messageId'], `'${e.messageId}' is not a message of a '${module.meta.type}' rule (its messages: ${known.join(', ')})`);
  });
  for (const key of module.meta.patterns ?? []) checkPatterns(file, key, rule[key] as string[]);
  if (off) rule.severity = 'off' as Severity;
  return rule;
}

/** A rule changed by a file that extends it: lists grow, maps and messages gain keys, single values are replaced. */
function extend(base: LoadedRule, own: Record<string, unknown>, indexed: readonly string[]): Record<string, unknown> {
  const { file: _file, pack: _pack, ...data } = base as LoadedRule & { file?: string; pack?: string };
  const out: Record<string, unknown> = { ...data };
  for (const [key, value] of Object.entries(own)) {
    const was = out[key];
    if (Array.isArray(was) && Array.isArray(value)) out[key] = indexed.includes(key) ? was.map((m, i) => [...(m as unknown[]), ...((value[i] as unknown[]) ?? [])]) : [...was, ...value];
    else if (isRecord(was) && isRecord(value)) out[key] = { ...was, ...value };
    else if (key === 'message' && typeof value === 'object' && typeof was === 'string') out[key] = value;
    else out[key] = value;
  }
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function lineOf(doc: Document, lineCounter: LineCounter, key: Array<string | number>): number {
  // the deepest part of the key path that the file itself holds (an extended rule's keys may be in its base)
  for (let n = key.length; n >= 0; n--) {
    const node = n ? doc.getIn(key.slice(0, n), true) : doc.contents;
    if (yamlModule().isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

/** Regular expressions in rules must compile for RE2 (see `pattern.ts`: linear time, whatever the pattern). */
function checkPatterns(file: string, key: string, patterns: string[] | undefined): void {
  for (const pattern of patterns ?? []) {
    try {
      assertRe2Pattern(pattern);
    } catch (error) {
      const why = String((error as Error).message).split('\n')[0];
      throw new InputError(file, `key '${key}': '${pattern}' is not a regular expression claimcheck runs (${why}; backreferences and lookaround are not supported)`);
    }
  }
}

const shown = (path: string) => relative(process.cwd(), path) || basename(path);
