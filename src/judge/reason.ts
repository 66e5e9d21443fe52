import { formatMessage, type LoadedRule } from '../rules/rule-set.js';
import type { Reason } from '../types.js';

/** A reason from a rule: `rule.id/key` as the rule id, the rule's message filled in. */
export function ruleReason(rule: LoadedRule, key: string, values: Record<string, string | number>): Reason {
  return { rule: `${rule.id}/${key}`, message: formatMessage(rule, key, values), severity: rule.severity };
}

/** A reason from the matcher itself (not from a rule pack). */
export function matchReason(key: string, message: string, severity: Reason['severity'] = 'info'): Reason {
  return { rule: `match/${key}`, message, severity };
}
