import type { Token } from '../ingest/tokens.js';

/** The offsets covered by tokens [from, to) of a run. */
export function spanOfTokens(tokens: readonly Token[], from: number, to: number): { start: number; end: number } {
  const first = tokens[from] ?? tokens[0]!;
  const last = tokens[Math.max(from, to - 1)] ?? first;
  return { start: first.start, end: Math.max(first.end, last.end) };
}
