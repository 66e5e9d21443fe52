import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// Where claimcheck's own files are: package.json, rules/, profiles/, schema/ and dist/shipped.json.
// The compiled code may be tsc's tree (dist/shipped/precompiled.js …), one bundled dist/cli.js, or
// the TypeScript sources under test, so no module counts '../..' from itself; this one walks up from
// wherever it runs to the package.json named claimcheck, and everything else asks it.

const NAME = 'claimcheck';
const HERE = fileURLToPath(import.meta.url);

interface Manifest {
  name?: string;
  version: string;
}

function findRoot(from: string): { dir: string; manifest: Manifest } {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const path = join(dir, 'package.json');
    const manifest = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Manifest) : undefined;
    if (manifest?.name === NAME) return { dir, manifest };
    if (dirname(dir) === dir) throw new Error(`claimcheck: no package.json named ${NAME} above ${from}`);
  }
}

const root = findRoot(HERE);

/** The package root: the folder of the package.json named claimcheck. */
export const PACKAGE_ROOT = root.dir;

/** The package's manifest (its version is the CLI's). */
export const PACKAGE_JSON: Manifest = root.manifest;

/** The shipped rules, profiles and JSON schemas. */
export const SHIPPED_RULES_DIR = join(PACKAGE_ROOT, 'rules');
export const SHIPPED_PROFILES_DIR = join(PACKAGE_ROOT, 'profiles');

/** Whether the running code is the build (tsc's or the bundle, under dist/), not the TypeScript
 * sources: only the build may use dist/shipped.json, which `npm run build` made from its own code. */
export const RUNS_FROM_BUILD = HERE.startsWith(join(PACKAGE_ROOT, 'dist') + sep);

/** The shipped rules and profiles as `npm run build` validated them (see src/shipped/). */
export const PRECOMPILED_FILE = join(PACKAGE_ROOT, 'dist', 'shipped.json');

/** Every WordNet lemma's senses as `npm run build` read them (see src/align/meaning/sense-table.ts). */
export const SENSE_TABLE_FILE = join(PACKAGE_ROOT, 'dist', 'wordnet-senses.txt');

/** The hash of the code `npm run build` made (scripts/build.mjs): what is computed from a source and kept between runs is kept under it. */
export const BUILD_ID_FILE = join(PACKAGE_ROOT, 'dist', 'build-id.txt');

/** `require` as from the package root: a dependency's CommonJS build or data, wherever the code runs. */
export const packageRequire = createRequire(join(PACKAGE_ROOT, 'package.json'));

/** The installed version of a dependency (its package.json, as Node resolves it for this package). */
export const installedVersion = (name: string) => (packageRequire(`${name}/package.json`) as { version: string }).version;

/** A path stored relative to the package root, made absolute again, and back. */
export const fromRoot = (path: string) => resolve(PACKAGE_ROOT, path);
export const toRoot = (path: string) => relative(PACKAGE_ROOT, path);
