import { describe, expect, it } from 'vitest';
import { examplesTable } from '../../src/rules/rule-tester.js';
import { rules } from '../helpers.js';
import { ruleTable } from './table.js';

// every `examples:` entry of every shipped rule file is a RuleTester row
describe('shipped examples', () => {
  it('every rule that checks something has examples, and every invalid example names its message', () => {
    for (const rule of rules.rules) {
      const { invalid } = examplesTable(rule.examples);
      for (const row of invalid) expect(row.messageId, `${rule.id}: ${row.claim}`).toBeDefined();
    }
    expect(rules.rules.filter((r) => r.examples.length).length).toBeGreaterThanOrEqual(8);
  });
  for (const rule of rules.rules) if (rule.examples.length) ruleTable(rule.id, examplesTable(rule.examples));
});
