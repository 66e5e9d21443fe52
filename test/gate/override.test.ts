import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCapture as run, SOURCE_PATH } from '../helpers.js';

const CONTRADICTION = 'The inspection took place over three weeks.';
const FINE = 'Leaders were described as approachable and visible by staff.';

function project(decisions: object[]): string {
  const d = mkdtempSync(join(tmpdir(), 'claimcheck-override-'));
  writeFileSync(join(d, 'draft.txt'), `${CONTRADICTION}\n${FINE}\n`);
  writeFileSync(join(d, 'draft.txt.claimcheck.json'), JSON.stringify({ version: 1, draft: 'draft.txt', decisions }));
  return d;
}

describe("the gate honours the review screen's overrides", () => {
  it('an override of a contradiction to paraphrased passes the gate and counts as paraphrased', async () => {
    const before = JSON.parse((await run(['check', 'draft.txt', '--source', SOURCE_PATH, '--format', 'json'], project([]))).stdout);
    expect(before.gate.passed).toBe(false);
    const wrong = before.documents[0].claims.find((c: { verdict: string }) => c.verdict === 'contradictory');
    const d = project([{ claimText: wrong.text, start: wrong.span.start, status: 'overridden', verdict: 'paraphrased', reason: 'the third week was the write-up' }]);
    const r = await run(['check', 'draft.txt', '--source', SOURCE_PATH, '--format', 'json'], d);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    const claim = json.documents[0].claims.find((c: { text: string }) => c.text === wrong.text);
    expect(claim).toMatchObject({ verdict: 'paraphrased', gate: 'pass' });
    expect(claim.reasons[0]).toEqual({ rule: 'review/override', message: 'A reviewer changed the verdict from contradictory to paraphrased: the third week was the write-up.', severity: 'info' });
    expect(json.summary.contradictory).toBe(before.summary.contradictory - 1);
    expect(json.summary.paraphrased).toBe(before.summary.paraphrased + 1);
  });

  it('an override to contradictory fails it; one that matches no claim is reported as stale', async () => {
    const claims = JSON.parse((await run(['check', 'draft.txt', '--source', SOURCE_PATH, '--format', 'json', '--fail-on', 'none'], project([]))).stdout).documents[0].claims;
    const fine = claims.find((c: { verdict: string; span: { line: number } }) => c.span.line === 2);
    const d = project([
      { claimText: claims[0].text, start: 0, status: 'accepted' },
      { claimText: fine.text, start: fine.span.start, status: 'overridden', verdict: 'contradictory' },
      { claimText: 'words no longer in the draft', start: 400, status: 'overridden', verdict: 'verbatim' },
    ]);
    const r = await run(['check', 'draft.txt', '--source', SOURCE_PATH, '--format', 'json'], d);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout).documents[0];
    expect(doc.claims.find((c: { text: string }) => c.text === fine.text)).toMatchObject({ verdict: 'contradictory', gate: 'fail' });
    expect(doc.notices.map((n: { rule: string }) => n.rule)).toEqual(['suppress/stale-decision']);
  });
});
