import type { RuleSet } from './rules/rule-set.js';
import type { CheckResult, InputText } from './types.js';

export interface CheckOptions {
  rules: RuleSet;
  /** The draft's date (YYYY-MM-DD), for relative dates such as "last year". */
  date?: string;
}

/** Checks each draft against the sources. Pure: no I/O. */
export function check(_drafts: InputText[], _sources: InputText[], _options: CheckOptions): CheckResult {
  throw new Error('the pipeline is being built');
}
