import { readInput, type ReadOptions } from './ingest/read.js';
import { check, type CheckOptions } from './check.js';
import { loadRuleSet, type SeverityOverrides } from './rules/load.js';
import type { CheckResult } from './types.js';

export interface CheckFilesOptions extends Omit<CheckOptions, 'rules'>, Omit<ReadOptions, 'progress'> {
  /** Rule folders to load besides the shipped ones. */
  ruleDirs?: string[];
  /** Per rule id: a new severity, or "off" (from a config file). */
  severity?: SeverityOverrides;
}

/** The I/O edge of `check`: reads the files and the rules, then checks. */
export async function checkFiles(drafts: string[], sources: string[], options: CheckFilesOptions = {}): Promise<CheckResult> {
  const rules = loadRuleSet(options.ruleDirs ?? [], { severity: options.severity });
  const read: ReadOptions = { maxBytes: options.maxBytes, maxUnpackedBytes: options.maxUnpackedBytes, maxPages: options.maxPages };
  const [draftTexts, sourceTexts] = await Promise.all([Promise.all(drafts.map((p) => readInput(p, read))), Promise.all(sources.map((p) => readInput(p, read)))]);
  return check(draftTexts, sourceTexts, { ...options, rules });
}
