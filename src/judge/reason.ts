import type { Reason } from '../types.js';

/** A reason from the matcher itself (not from a rule pack). */
export function matchReason(key: string, message: string, severity: Reason['severity'] = 'info'): Reason {
  return { rule: `match/${key}`, message, severity };
}
