import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleSet, parseRuleFile } from '../../src/rules/load.js';
import { check } from '../../src/check.js';
import { source, text } from '../helpers.js';

describe('rule files', () => {
  it('loads the shipped packs', () => {
    const ids = loadRuleSet().rules.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['grades', 'quantities', 'intensity', 'negation', 'numbers', 'dates', 'antonyms', 'entities']));
  });

  it('names the file, line and key of a bad rule', () => {
    const yaml = 'id: my-scale\ntype: scale\nrole: degree\nmessage: x\nlevels:\n  - [low]\n  - 7\n';
    expect(() => parseRuleFile('/rules/my-scale.yaml', yaml)).toThrow(/my-scale\.yaml: line 7: key 'levels\.1'/);
  });

  it('rejects invalid YAML and patterns RE2 cannot run with one line', () => {
    expect(() => parseRuleFile('bad.yaml', 'id: [unclosed\n')).toThrow(/bad\.yaml: line \d+: not valid YAML/);
    const yaml = 'id: bp\ntype: boilerplate\nmessage: x\npatterns: ["(a)\\\\1"]\n';
    expect(() => parseRuleFile('bp.yaml', yaml)).toThrow(/bp\.yaml: key 'patterns': '\(a\)\\1' is not a regular expression claimcheck runs/);
  });

  it('a user rule folder changes a verdict: a custom intensity scale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-rules-'));
    mkdirSync(dir, { recursive: true });
    const draft = text('Pathway plans are of superb quality.');
    const before = check([draft], [source()], { rules: loadRuleSet() }).documents[0]!.claims[0]!;
    expect(before.verdict).not.toBe('contradictory');
    writeFileSync(
      join(dir, 'praise.yaml'),
      ['id: praise', 'type: scale', 'message:', '  overstated: "{claim} is stronger than {source}"', 'levels:', '  - [good]', '  - [superb]'].join('\n'),
    );
    const after = check([draft], [source()], { rules: loadRuleSet([dir]) }).documents[0]!.claims[0]!;
    expect(after.verdict).toBe('contradictory');
    expect(after.reasons[0]).toMatchObject({ rule: 'praise/overstated', message: 'Degree: superb is stronger than good', part: 'degree' });
  });
});
