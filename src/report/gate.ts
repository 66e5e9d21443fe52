import type { CheckResult, ClaimResult, GateStatus, Verdict } from '../types.js';
import { LEVELS } from '../severity.js';

export interface GateOptions {
  /** Verdicts that fail the gate. */
  failOn: Verdict[];
  /** Also fail on an unsupported quote the draft attributes to the source (the worst thing to publish). */
  unsupportedQuotes: boolean;
  /** Fail when more than this many claims are unsupported (optional). */
  maxUnsupported?: number;
  /** When set, only claims on these draft lines (per draft path) are gated. */
  changedLines?: Map<string, Set<number>>;
}

export const DEFAULT_GATE: GateOptions = { failOn: ['contradictory'], unsupportedQuotes: true };

function fails(claim: ClaimResult, gate: GateOptions): boolean {
  // a verdict a rule decided at a level below error (severity: warning) does not fail
  if (gate.failOn.includes(claim.verdict)) return LEVELS[claim.level ?? 'error'].failsGate;
  return gate.unsupportedQuotes && claim.verdict === 'unsupported' && claim.kind === 'quote' && claim.attribution?.kind === 'source';
}

function inScope(claim: ClaimResult, path: string, gate: GateOptions): boolean {
  const lines = gate.changedLines?.get(path);
  if (!gate.changedLines) return true;
  if (!lines) return false;
  for (let line = claim.span.line; line <= claim.span.endLine; line++) if (lines.has(line)) return true;
  return false;
}

/** Marks every claim with what the gate makes of it and says whether the result passes. Pure. */
export function applyGate(result: CheckResult, gate: GateOptions = DEFAULT_GATE): CheckResult {
  let failures = 0;
  let unsupported = 0;
  const documents = result.documents.map((doc) => ({
    ...doc,
    claims: doc.claims.map((claim) => {
      let status: GateStatus;
      if (!inScope(claim, doc.path, gate)) status = 'unchanged';
      else if (claim.suppressed) status = 'suppressed';
      else status = fails(claim, gate) ? 'fail' : 'pass';
      if (status === 'fail') failures++;
      if (status !== 'unchanged' && status !== 'suppressed' && claim.verdict === 'unsupported') unsupported++;
      return { ...claim, gate: status };
    }),
  }));
  if (gate.maxUnsupported !== undefined && unsupported > gate.maxUnsupported) failures++;
  const failOn = [...gate.failOn, ...(gate.unsupportedQuotes ? ['unsupported quotes attributed to the source'] : [])];
  if (gate.maxUnsupported !== undefined) failOn.push(`more than ${gate.maxUnsupported} unsupported`);
  return { ...result, documents, gate: { passed: failures === 0, failures, failOn } };
}
