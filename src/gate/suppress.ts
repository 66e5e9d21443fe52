import { findMarkers } from '../extract/markers.js';
import { matchDecisions } from '../review/match.js';
import type { Decision } from '../review/store.js';
import type { CheckResult, ClaimResult, DocumentResult, Reason, Verdict } from '../types.js';
import { summarize } from '../summary.js';

/** Suppresses claims by inline markers (the claims on the line after a marker) and by accepted
 * review decisions, and gives overridden claims the reviewer's verdict (decisions matched to claims
 * as the review screen matches them); a marker or decision that matches no claim any more is
 * reported as stale. Pure. */
export function applySuppressions(result: CheckResult, drafts: Map<string, string>, decisions: Map<string, Decision[]>): CheckResult {
  const documents = result.documents.map((doc) => suppressDocument(doc, drafts.get(doc.path) ?? '', decisions.get(doc.path) ?? []));
  return { ...result, documents, summary: summarize(documents) };
}

function suppressDocument(doc: DocumentResult, text: string, decisions: Decision[]): DocumentResult {
  const claims = doc.claims.map((c) => ({ ...c }));
  const notices: Reason[] = [...doc.notices];
  const lines = text.split(/\r\n|\r|\n/);
  for (const marker of findMarkers(text)) {
    let target = marker.line + 1;
    while (target <= lines.length && lines[target - 1]!.trim() === '') target++;
    const hit = claims.filter((c) => c.span.line === target && !c.suppressed);
    for (const c of hit) c.suppressed = { by: 'marker', ...(marker.reason ? { reason: marker.reason } : {}) };
    if (!hit.length) notices.push({ rule: 'suppress/stale-marker', message: `The marker on line ${marker.line} suppresses nothing: no claim starts on the line after it.`, severity: 'warning' });
  }
  const { byClaim, orphans } = matchDecisions(decisions, claims);
  claims.forEach((claim, i) => {
    const decision = byClaim.get(claim.id);
    if (decision?.status === 'accepted' && !claim.suppressed) claim.suppressed = { by: 'decision', ...(decision.reason ? { reason: decision.reason } : {}) };
    if (decision?.status === 'overridden' && decision.verdict && decision.verdict !== claim.verdict) claims[i] = overridden(claim, decision.verdict, decision.reason);
  });
  for (const decision of orphans.filter((d) => d.status === 'accepted' || d.status === 'overridden')) {
    notices.push({ rule: 'suppress/stale-decision', message: `An accepted decision no longer matches any claim: '${decision.claimText.slice(0, 60)}'.`, severity: 'warning' });
  }
  return { ...doc, claims, notices };
}

/** A reviewer's override is the verdict the gate and the reports go by; the reason says whose it is
 * and what the tool had said. A misquote's diff goes with the tool's verdict. */
function overridden(claim: ClaimResult, verdict: Verdict, why: string | undefined): ClaimResult {
  const { diff: _diff, ...rest } = claim;
  const reason: Reason = {
    rule: 'review/override',
    message: `A reviewer changed the verdict from ${claim.verdict} to ${verdict}${why ? `: ${why}` : ''}.`,
    severity: 'info',
  };
  return { ...(verdict === 'paraphrased' || verdict === 'contradictory' ? claim : rest), verdict, reasons: [reason, ...claim.reasons] };
}
