import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_PATH, ROOT, runCapture } from '../helpers.js';

const run = (...args: string[]) => runCapture(args);

describe('claimcheck check exit status', () => {
  it('exits 1 when a draft contradicts the report, and prints the JSON contract', async () => {
    const r = await run('check', `${ROOT}seeds/drafts/local-news-2024.txt`, '--source', SOURCE_PATH, '--format', 'json');
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.tool.name).toBe('claimcheck');
    expect(json.sources[0]).toMatchObject({ id: 'S1', title: "Inspection of Lewisham local authority children's services" });
    expect(json.summary.contradictory).toBeGreaterThan(0);
  });

  it('exits 0 when every claim holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-'));
    const draft = join(dir, 'ok.txt');
    writeFileSync(draft, 'Ofsted said: \u201CStaff describe leaders as approachable, visible and supportive.\u201D\n');
    const r = await run('check', draft, '--source', SOURCE_PATH);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no problems; also 1 verbatim/);
  });

  it('exits 2 with one line naming a missing or empty file', async () => {
    const missing = await run('check', 'nope.txt', '--source', SOURCE_PATH);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('claimcheck: nope.txt: no such file\n');
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const empty = await run('check', join(dir, 'empty.txt'), '--source', SOURCE_PATH);
    expect(empty.status).toBe(2);
    expect(empty.stderr.trim().split('\n')).toHaveLength(1);
    expect(empty.stderr).toMatch(/empty\.txt: is empty/);
  });

  it('exits 2 on a usage error', async () => {
    expect((await run('check', 'draft.txt')).status).toBe(2);
  });
});
