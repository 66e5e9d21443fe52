import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleSet, parseRuleFile } from '../../src/rules/load.js';
import { lexicon } from '../../src/rules/lexicon.js';
import { check } from '../../src/check.js';
import { source, text } from '../helpers.js';

function pack(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-pack-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

// a body claimcheck does not ship: only a user's entities file can make it the source
const QUOTE = 'The Northshire Standards Panel said: \u201CStaff describe leaders as approachable, visible and supportive.\u201D';

describe('rule packs add up', () => {
  it('a user folder with an extra entities file adds to the shipped names instead of replacing them', () => {
    const dir = pack({ 'cqc-entities.yaml': 'id: cqc-entities\ntype: place\nsourceAliases: [northshire standards panel, the panel]\n' });
    const before = check([text(QUOTE)], [source()], { rules: loadRuleSet() }).documents[0]!.claims.find((c) => c.text.includes('Staff describe'))!;
    const rules = loadRuleSet([dir]);
    const after = check([text(QUOTE)], [source()], { rules }).documents[0]!.claims.find((c) => c.text.includes('Staff describe'))!;
    expect(before.attribution?.kind).not.toBe('source');
    expect(after.attribution).toMatchObject({ kind: 'source' });
    // the shipped names still work
    expect(lexicon(rules).entities!.sourceAliases.hasWord('ofsted')).toBe(true);
    expect(rules.rules.map((r) => r.id)).toEqual(expect.arrayContaining(['entities', 'cqc-entities']));
  });

  it('a file that reuses a shipped id without extends is an error naming file, line and key', () => {
    const dir = pack({ 'grades.yaml': 'id: grades\ntype: rating\nlevels: [[poor], [fine]]\n' });
    expect(() => loadRuleSet([dir])).toThrow(/grades\.yaml: line 1: key 'id': 'grades' is already defined by rules\/grades\.yaml; write 'extends: grades'/);
  });

  it('extends: grades adds words to a shipped level and changes one message, keeping the rest', () => {
    const dir = pack({ 'grades.yaml': "extends: grades\nmessage:\n  overstated: 'Better than the report: {claim} for {source}.'\nlevels: [[], [], [], [first-rate]]\n" });
    const rules = loadRuleSet([dir]);
    const grades = rules.get('grades') as unknown as { levels: string[][]; message: Record<string, string> };
    expect(grades.levels[3]).toEqual(['good', 'first-rate']);
    expect(grades.levels[4]).toEqual(['outstanding']);
    expect(grades.message.understated).toMatch(/a worse grade/);
    const claim = check([text('Ofsted rated the service outstanding.')], [source()], { rules }).documents[0]!.claims[0]!;
    expect(claim.reasons[0]).toMatchObject({ rule: 'grades/overstated', message: 'Degree: Better than the report: outstanding for Good.', part: 'degree' });
  });

  it('severity: off in an extending file switches the shipped rule off', () => {
    const dir = pack({ 'no-antonyms.yaml': 'extends: antonyms\nseverity: off\n' });
    expect(loadRuleSet([dir]).get('antonyms')).toBeUndefined();
    expect(loadRuleSet().get('antonyms')).toBeDefined();
  });

  it('a message id the type does not report, or an example expecting one, is a load error', () => {
    expect(() => parseRuleFile('/r/q.yaml', 'id: q\ntype: scale\nmessage:\n  overstate: x\nlevels: [[a], [b]]\n')).toThrow(
      /q\.yaml: line 4: key 'message\.overstate': 'overstate' is not a message of a 'scale' rule \(its messages: overstated, understated\)/,
    );
    const example = 'id: q\ntype: scale\nlevels: [[a], [b]]\nexamples:\n  - claim: x\n    source: y\n    verdict: contradictory\n    messageId: wrong\n';
    expect(() => parseRuleFile('/r/q.yaml', example)).toThrow(/line 8: key 'examples\.0\.messageId'/);
  });

  it('an unknown type or key is named', () => {
    expect(() => parseRuleFile('/r/t.yaml', 'id: t\ntype: scales\n')).toThrow(/t\.yaml: line 2: key 'type': unknown rule type 'scales' \(known: .*scale/);
    expect(() => parseRuleFile('/r/t.yaml', 'id: t\ntype: negation\ncues: [not]\nrole: degree\n')).toThrow(/line 4: key 'role': not a key of a 'negation' rule/);
  });

  it('a profile folder is one more pack, layered between the shipped rules and the user', () => {
    const profile = pack({ 'cqc-grades.yaml': 'id: cqc-grades\ntype: rating\nlevels: [[inadequate], [requires improvement], [good], [outstanding]]\ncues: [rated]\n' });
    const rules = loadRuleSet([], { packs: [{ dir: profile, pack: 'cqc' }] });
    expect(rules.get('cqc-grades')).toMatchObject({ pack: 'cqc' });
    expect(rules.get('grades')).toMatchObject({ pack: 'shipped' });
  });
});
