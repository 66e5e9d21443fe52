// User regular expressions run in linear time whatever their shape (issue 17, item 13). Each
// pattern below backtracks exponentially in JavaScript's engine on the text it is run on here
// (30 characters already take seconds); on RE2 each takes microseconds. A hang fails the test by
// vitest's timeout.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { loadRuleSet, parseRuleFile } from '../../src/rules/load.js';
import { compilePattern } from '../../src/rules/pattern.js';
import { text } from '../helpers.js';

const EVIL = ['(.|\\w)*!', '(a+)+$', '(a|a)*$', '(a|aa)+$', '([a-zA-Z]+)*$', '(x+x+)+y', '(\\w+\\s?)*$', '^(([a-z])+.)+[A-Z]([a-z])+$', '(a*)*b', '((a+)*)+c'];
const LONG = 'a'.repeat(50_000) + '1';

describe('catastrophic patterns', () => {
  it.each(EVIL)('%s loads from a rule file and runs on 50,000 characters without backtracking', (pattern) => {
    const rule = parseRuleFile('evil.yaml', `id: evil\ntype: boilerplate\nmessage: x\npatterns: [${JSON.stringify(pattern)}]\n`);
    expect(rule.id).toBe('evil');
    expect(typeof compilePattern(pattern).test(LONG)).toBe('boolean');
    expect(typeof compilePattern(pattern).test('x'.repeat(20_000) + 'a'.repeat(20_000))).toBe('boolean');
  });

  it('a rule folder with a catastrophic boilerplate pattern checks a source with a long line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-'));
    mkdirSync(join(dir, 'rules'));
    writeFileSync(join(dir, 'rules', 'evil.yaml'), `id: evil\ntype: boilerplate\nmessage: x\npatterns: ["(.|\\\\w)*!"]\n`);
    const rules = loadRuleSet([join(dir, 'rules')]);
    const source = text(`Inspection of a council\n\n${'Leaders and staff work well together '.repeat(2000)}\n\nStaff describe leaders as approachable.\n`, 'source.txt');
    const result = check([text('Ofsted said: \u201CStaff describe leaders as approachable.\u201D\n')], [source], { rules });
    expect(result.documents[0]!.claims[0]!.verdict).toBe('verbatim');
  });

  it('the shipped patterns keep their meaning on RE2: case-insensitive, with groups', () => {
    expect(compilePattern('(?:©|copyright)\\D{0,20}((?:19|20)\\d\\d)').exec('Crown COPYRIGHT 2023')?.[1]).toBe('2023');
    expect(compilePattern('\\bcopyright\\b').test('copyrighted')).toBe(false);
  });
});
