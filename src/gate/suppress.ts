import { findMarkers } from '../extract/markers.js';
import type { CheckResult, DocumentResult, Reason } from '../types.js';

/** A reviewer's accepted decision, as the review file stores it. */
export interface AcceptedDecision {
  claimText: string;
  start: number;
  reason?: string;
}

/** Suppresses claims by inline markers (the claims on the line after a marker) and by accepted
 * review decisions (matched by text, nearest position first); a marker or decision that matches
 * no claim any more is reported as stale. Pure. */
export function applySuppressions(result: CheckResult, drafts: Map<string, string>, decisions: Map<string, AcceptedDecision[]>): CheckResult {
  return { ...result, documents: result.documents.map((doc) => suppressDocument(doc, drafts.get(doc.path) ?? '', decisions.get(doc.path) ?? [])) };
}

function suppressDocument(doc: DocumentResult, text: string, decisions: AcceptedDecision[]): DocumentResult {
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
  for (const decision of decisions) {
    const same = claims.filter((c) => c.text === decision.claimText && !c.suppressed);
    const claim = same.sort((a, b) => Math.abs(a.span.start - decision.start) - Math.abs(b.span.start - decision.start))[0];
    if (claim) claim.suppressed = { by: 'decision', ...(decision.reason ? { reason: decision.reason } : {}) };
    else notices.push({ rule: 'suppress/stale-decision', message: `An accepted decision no longer matches any claim: '${decision.claimText.slice(0, 60)}'.`, severity: 'warning' });
  }
  return { ...doc, claims, notices };
}
