import { findMarkers } from '../extract/markers.js';
import { matchDecisions } from '../review/match.js';
import type { Decision } from '../review/store.js';
import type { CheckResult, DocumentResult, Reason } from '../types.js';

/** Suppresses claims by inline markers (the claims on the line after a marker) and by accepted
 * review decisions (matched to claims as the review screen matches them); a marker or accepted
 * decision that matches no claim any more is reported as stale. Pure. */
export function applySuppressions(result: CheckResult, drafts: Map<string, string>, decisions: Map<string, Decision[]>): CheckResult {
  return { ...result, documents: result.documents.map((doc) => suppressDocument(doc, drafts.get(doc.path) ?? '', decisions.get(doc.path) ?? [])) };
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
  for (const claim of claims) {
    const decision = byClaim.get(claim.id);
    if (decision?.status === 'accepted' && !claim.suppressed) claim.suppressed = { by: 'decision', ...(decision.reason ? { reason: decision.reason } : {}) };
  }
  for (const decision of orphans.filter((d) => d.status === 'accepted')) {
    notices.push({ rule: 'suppress/stale-decision', message: `An accepted decision no longer matches any claim: '${decision.claimText.slice(0, 60)}'.`, severity: 'warning' });
  }
  return { ...doc, claims, notices };
}
