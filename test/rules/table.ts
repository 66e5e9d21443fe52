import { describe, expect, it } from 'vitest';
import { testRow, type RuleTable } from '../../src/rules/rule-tester.js';
import { rules } from '../helpers.js';

/** ESLint-style table tests of one rule, run with only that rule on. */
export function ruleTable(ruleId: string, table: RuleTable, ruleSet = rules): void {
  describe(ruleId, () => {
    for (const kind of ['valid', 'invalid'] as const) {
      for (const row of table[kind]) {
        it(`${kind}: ${row.claim}${row.messageId ? ` → ${row.messageId}` : ''}`, () => {
          expect(testRow(ruleSet, ruleId, row, kind)).toBeUndefined();
        });
      }
    }
  });
}
