import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_PATH, runCapture } from '../helpers.js';

// the seed report says "Workers capture the voice of the child well in early help assessments"
const DRAFT = 'Ofsted said workers capture the voice of the child exceptionally well in early help assessments.\n';

function folder(config?: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-severity-'));
  writeFileSync(join(dir, 'draft.txt'), DRAFT);
  if (config) writeFileSync(join(dir, 'claimcheck.config.json'), JSON.stringify(config));
  return dir;
}

const sarifLevels = (stdout: string) => (JSON.parse(stdout).runs[0].results as Array<{ ruleId: string; level: string }>).map((r) => [r.ruleId, r.level]);

describe('a rule severity set in the config', () => {
  it('an intensity contradiction fails the gate at error, the default', async () => {
    const dir = folder();
    const r = await runCapture(['check', 'draft.txt', '--source', SOURCE_PATH, '--format', 'sarif'], dir);
    expect(r.status).toBe(1);
    expect(sarifLevels(r.stdout)).toEqual([['intensity/overstated', 'error']]);
  });

  it('severity: { intensity: warning } keeps the finding but no longer fails the gate', async () => {
    const dir = folder({ severity: { intensity: 'warning' } });
    const r = await runCapture(['check', 'draft.txt', '--source', SOURCE_PATH, '--format', 'sarif'], dir);
    expect(r.status).toBe(0);
    expect(sarifLevels(r.stdout)).toEqual([['intensity/overstated', 'warning']]);
    const github = await runCapture(['check', 'draft.txt', '--source', SOURCE_PATH, '--format', 'github'], dir);
    expect(github.status).toBe(0);
    expect(github.stdout).toMatch(/^::warning file=draft\.txt,line=1,/);
    const json = JSON.parse((await runCapture(['check', 'draft.txt', '--source', SOURCE_PATH, '--format', 'json'], dir)).stdout);
    expect(json.documents[0].claims[0]).toMatchObject({ verdict: 'contradictory', level: 'warning', gate: 'pass' });
  });

  it("Vale's 'suggestion' is info: a notice", async () => {
    const dir = folder({ severity: { intensity: 'suggestion' } });
    const r = await runCapture(['check', 'draft.txt', '--source', SOURCE_PATH, '--format', 'github'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^::notice file=draft\.txt/);
  });

  it("severity: off leaves the rule out: the claim is no longer contradictory", async () => {
    const dir = folder({ severity: { intensity: 'off' } });
    const r = await runCapture(['check', 'draft.txt', '--source', SOURCE_PATH, '--format', 'json'], dir);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents[0].claims[0].verdict).not.toBe('contradictory');
  });
});
