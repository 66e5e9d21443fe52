import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { AcceptedDecision } from './suppress.js';

/** The accepted decisions of a draft's review file (none when there is no file). */
export function readAcceptedDecisions(path: string, _draft: string): AcceptedDecision[] {
  if (!existsSync(path)) return [];
  let data: { version?: unknown; decisions?: Array<{ claimText?: unknown; start?: unknown; status?: unknown; reason?: unknown }> };
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new InputError(path, 'is not a claimcheck review file (not valid JSON)');
  }
  if (data.version !== 1 || !Array.isArray(data.decisions)) throw new InputError(path, 'is not a claimcheck review file (version 1 with a decisions list)');
  return data.decisions
    .filter((d) => d.status === 'accepted' && typeof d.claimText === 'string' && typeof d.start === 'number')
    .map((d) => ({ claimText: d.claimText as string, start: d.start as number, ...(typeof d.reason === 'string' ? { reason: d.reason } : {}) }));
}
