import type { Passage } from '../align/source-model.js';

/** The overall judgement first: it is what a claim about "the service" rests on. */
export function orderRows(rows: Passage[]): Passage[] {
  return [...rows].sort((a, b) => Number(/overall/i.test(b.block.grade?.subject ?? '')) - Number(/overall/i.test(a.block.grade?.subject ?? '')));
}
