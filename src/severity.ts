import type { ClaimResult, Severity } from './types.js';

/** What each level means to every output: one table, as Vale's levels are. Only `error` fails
 * the gate by default, so a rule set to `warning` reports without failing a build. */
export const LEVELS: Record<Severity, { rank: number; failsGate: boolean; sarif: 'error' | 'warning' | 'note'; github: 'error' | 'warning' | 'notice'; mark: string }> = {
  error: { rank: 2, failsGate: true, sarif: 'error', github: 'error', mark: '✗' },
  warning: { rank: 1, failsGate: false, sarif: 'warning', github: 'warning', mark: '!' },
  info: { rank: 0, failsGate: false, sarif: 'note', github: 'notice', mark: 'i' },
};

/** How bad each verdict is when no rule has said otherwise. */
const VERDICT_LEVEL: Record<ClaimResult['verdict'], Severity> = {
  contradictory: 'error',
  unsupported: 'warning',
  paraphrased: 'info',
  verbatim: 'info',
  unchecked: 'info',
};

const lower = (a: Severity, b: Severity): Severity => (LEVELS[a].rank <= LEVELS[b].rank ? a : b);

/** The level a claim is shown at: error when it fails the gate; otherwise its verdict's level,
 * lowered to the level of the rule that decided it (a rule set to `warning` is a warning). */
export function levelOf(claim: ClaimResult): Severity {
  if (claim.gate === 'fail') return 'error';
  return lower(VERDICT_LEVEL[claim.verdict], claim.level ?? 'error');
}
