import type { ClaimResult } from '../types.js';
import { quoteFix } from './quote-fix.js';

export interface QuoteFix {
  claim: ClaimResult;
  /** What replaces the claim's span. */
  replacement: string;
}

/** The misquotes of one draft that can be rewritten to the source's words, in draft order. */
export function quoteFixes(claims: ClaimResult[]): QuoteFix[] {
  const fixes: QuoteFix[] = [];
  for (const claim of [...claims].sort((a, b) => a.span.start - b.span.start)) {
    const replacement = quoteFix(claim);
    if (replacement === undefined) continue;
    // two fixes must never touch the same characters
    const previous = fixes[fixes.length - 1];
    if (previous && previous.claim.span.end > claim.span.start) continue;
    fixes.push({ claim, replacement });
  }
  return fixes;
}

/** The draft with each fix applied and every other character as it was. Pure. */
export function applyFixes(text: string, fixes: QuoteFix[]): string {
  let out = '';
  let at = 0;
  for (const { claim, replacement } of fixes) {
    if (text.slice(claim.span.start, claim.span.end) !== claim.text) throw new Error(`the draft changed under claim ${claim.id}`);
    out += text.slice(at, claim.span.start) + replacement;
    at = claim.span.end;
  }
  return out + text.slice(at);
}
