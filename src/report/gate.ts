import type { CheckResult, ClaimResult } from '../types.js';

/** Whether one claim fails the default gate: a contradiction, or an unsupported quote the draft
 * attributes to the source (the worst thing to publish). */
export function claimFailsGate(claim: ClaimResult): boolean {
  if (claim.verdict === 'contradictory') return true;
  return claim.verdict === 'unsupported' && claim.kind === 'quote' && claim.attribution?.kind === 'source';
}

export function gateFails(result: CheckResult): boolean {
  return result.documents.some((d) => d.claims.some(claimFailsGate));
}
