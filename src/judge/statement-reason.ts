import type { DraftClaim } from '../extract/claims.js';
import type { Lexicon } from '../rules/lexicon.js';
import { formatMessage } from '../rules/rule-set.js';
import type { Reason } from '../types.js';
import { matchReason } from './reason.js';
import { allUpper } from '../ingest/letters.js';

const KEYS = { speaker: 'speaker', headline: 'headline', boilerplate: 'boilerplate', 'own-voice': 'ownVoice', framing: 'framing', context: 'context' } as const;

/** Why a statement was left unchecked, in the words of the attribution rule's messages; when the
 * statement still follows the source closely, that is said too. */
export function statementReason(claim: DraftClaim, lex: Lexicon, follows?: string): Reason {
  const rule = lex.attribution?.rule;
  const why = claim.why ?? { kind: 'own-voice' as const };
  if (!rule) return matchReason('statement', 'Not a claim about the source.');
  if (follows) return { rule: 'statement/follows', message: formatMessage(rule, 'follows', { locator: follows }), severity: 'info' };
  // a clause that answers the report, calls on someone or tells of a plan says which, in its own words
  if (why.kind === 'stance') return { rule: `statement/${why.stance}`, message: formatMessage(rule, why.stance, { cue: why.cue }), severity: 'info' };
  const values: Record<string, string> = why.kind === 'speaker' ? { name: why.name, ...(why.role ? { role: roleWord(why.role) } : {}) } : why.kind === 'boilerplate' ? { what: why.what } : {};
  // a speaker the draft gives a role is named by it ("the councillor's own words")
  const key = why.kind === 'speaker' && why.role ? 'speakerRole' : KEYS[why.kind];
  return { rule: `statement/${KEYS[why.kind]}`, message: formatMessage(rule, key, values), severity: 'info' };
}

/** A verdict's first reason, said of an inspector's words: whose they are, and why they were checked. */
export function voicedReason(claim: DraftClaim, lex: Lexicon, reason: Reason): Reason {
  const rule = lex.attribution?.rule;
  const a = claim.attribution;
  if (!rule || a.kind !== 'source' || a.speaker === undefined) return reason;
  // "the spokesperson" is named by the role alone
  const who = a.speaker.toLowerCase().endsWith(a.cue.toLowerCase()) ? a.speaker : `${a.speaker}, ${a.cue}`;
  const lowered = reason.message.charAt(0).toLowerCase() + reason.message.slice(1);
  return { ...reason, message: formatMessage(rule, 'reportVoice', { who, reason: lowered }) };
}

/** A role as a common noun ("Councillor" → "councillor"); an acronym stays as it is ("MP"). */
const roleWord = (role: string) => (allUpper(role) ? role : role.toLowerCase());
