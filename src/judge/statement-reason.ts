import type { DraftClaim } from '../extract/claims.js';
import type { Lexicon } from '../rules/lexicon.js';
import { formatMessage } from '../rules/rule-set.js';
import type { Reason } from '../types.js';
import { matchReason } from './reason.js';

const KEYS = { speaker: 'speaker', headline: 'headline', boilerplate: 'boilerplate', 'own-voice': 'ownVoice', framing: 'framing', context: 'context' } as const;

/** Why a statement was left unchecked, in the words of the attribution rule's messages; when the
 * statement still follows the source closely, that is said too. */
export function statementReason(claim: DraftClaim, lex: Lexicon, follows?: string): Reason {
  const rule = lex.attribution?.rule;
  const why = claim.why ?? { kind: 'own-voice' as const };
  if (!rule) return matchReason('statement', 'Not a claim about the source.');
  if (follows) return { rule: 'statement/follows', message: formatMessage(rule, 'follows', { locator: follows }), severity: 'info' };
  const values: Record<string, string> = why.kind === 'speaker' ? { name: why.name } : why.kind === 'boilerplate' ? { what: why.what } : {};
  return { rule: `statement/${KEYS[why.kind]}`, message: formatMessage(rule, KEYS[why.kind], values), severity: 'info' };
}
