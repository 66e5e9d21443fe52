import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCapture, SOURCE_PATH } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'claimcheck-profile-'));
const draft = join(dir, 'draft.txt');
writeFileSync(draft, 'Inspectors rated the council’s children’s services as good overall.\n');

describe('--profile', () => {
  it('reads a report with the named profile in facts', async () => {
    const own = JSON.parse((await runCapture(['facts', SOURCE_PATH, '--format', 'json'])).stdout);
    const generic = await runCapture(['facts', SOURCE_PATH, '--format', 'json', '--profile', 'generic']);
    expect(own.profile).toBe('ofsted-children');
    expect(own.grades.length).toBeGreaterThan(0);
    expect(JSON.parse(generic.stdout)).toMatchObject({ profile: 'generic', grades: [] });
  });

  it('reads the sources of check with it: no grades in a generic report, so the grade claim is unsupported', async () => {
    const own = await runCapture(['check', draft, '-s', SOURCE_PATH, '--format', 'json']);
    const generic = await runCapture(['check', draft, '-s', SOURCE_PATH, '--format', 'json', '--profile', 'generic']);
    const verdicts = (out: string) => JSON.parse(out).documents[0].claims.map((c: { verdict: string }) => c.verdict);
    expect(verdicts(own.stdout)).toEqual(['paraphrased']);
    expect(verdicts(generic.stdout)).toEqual(['unsupported']);
  });

  it('refuses an unknown id in one line, exit 2, listing the known ones', async () => {
    for (const args of [['facts', SOURCE_PATH], ['check', draft, '-s', SOURCE_PATH]]) {
      const r = await runCapture([...args, '--profile', 'ofsted-college']);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/no profile 'ofsted-college' \(known profiles: .*ofsted-children.*\)/);
    }
  });
});
