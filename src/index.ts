export { check, type CheckOptions } from './check.js';
export { checkFiles, type CheckFilesOptions } from './check-files.js';
export { readInput } from './ingest/read.js';
export { loadRuleSet } from './rules/load.js';
export { InputError } from './errors.js';
export type * from './types.js';
