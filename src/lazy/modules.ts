import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type MarkdownItClass from 'markdown-it';

// Heavy packages that only some paths need, loaded the first time one asks (a check with the
// shipped rules and no config reads no YAML; only the HTML report renders Markdown). Loaded through
// require so the callers stay synchronous; each package ships a CommonJS build.
const require = createRequire(import.meta.url);

let yaml: typeof Yaml | undefined;
/** The `yaml` package: user rule folders, config files and the shipped YAML when no build has precompiled it. */
export function yamlModule(): typeof Yaml {
  yaml ??= require('yaml') as typeof Yaml;
  return yaml;
}

let markdownIt: typeof MarkdownItClass | undefined;
/** The `markdown-it` class: the HTML report of a Markdown draft. */
export function markdownItClass(): typeof MarkdownItClass {
  markdownIt ??= require('markdown-it') as typeof MarkdownItClass;
  return markdownIt;
}
