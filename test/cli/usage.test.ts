import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCapture as run, SOURCE_PATH } from '../helpers.js';

const DRAFT = 'The inspection took place over three weeks.\n';

describe('usage errors and help', () => {
  it('an unknown option or command is one line with the claimcheck: prefix, exit 2', async () => {
    const option = await run(['check', 'draft.txt', '--bogus']);
    expect(option).toMatchObject({ status: 2, stdout: '', stderr: "claimcheck: unknown option '--bogus'\n" });
    const command = await run(['chek']);
    expect(command.status).toBe(2);
    expect(command.stderr).toBe("claimcheck: unknown command 'chek' (Did you mean check?)\n");
    const choice = await run(['check', 'x', '--format', 'yaml']);
    expect(choice.stderr.split('\n')).toHaveLength(2);
    expect(choice.stderr).toMatch(/^claimcheck: option '-f, --format <format>' argument 'yaml' is invalid/);
  });

  it('--date must be a real calendar date', async () => {
    const d = mkdtempSync(join(tmpdir(), 'claimcheck-'));
    writeFileSync(join(d, 'draft.txt'), DRAFT);
    for (const bad of ['2024-13-45', '2023-02-29', '24-01-01']) {
      const r = await run(['check', join(d, 'draft.txt'), '--source', SOURCE_PATH, '--date', bad]);
      expect(r).toMatchObject({ status: 2, stdout: '', stderr: `claimcheck: --date takes a real date as YYYY-MM-DD, not '${bad}'\n` });
    }
    expect((await run(['check', join(d, 'draft.txt'), '--source', SOURCE_PATH, '--date', '2024-02-29'])).status).toBe(1);
  });

  it('--draft-date must be a real calendar date, and sets or overrides the date the draft gives itself', async () => {
    const d = mkdtempSync(join(tmpdir(), 'claimcheck-'));
    writeFileSync(join(d, 'source.txt'), 'Inspection of a children\'s home\n\nInspection dates: 3 to 7 June 2024\n');
    writeFileSync(join(d, 'draft.txt'), 'Posted: 12 August 2024\n\nFollowing an inspection last month, the home was praised.\n');
    const args = ['check', join(d, 'draft.txt'), '--source', join(d, 'source.txt'), '--format', 'json'];
    const bad = await run([...args, '--draft-date', '2024-06-31']);
    expect(bad).toMatchObject({ status: 2, stdout: '', stderr: "claimcheck: --draft-date takes a real date as YYYY-MM-DD, not '2024-06-31'\n" });
    const verdictOf = async (extra: string[]) => {
      const out = JSON.parse((await run([...args, ...extra])).stdout) as { documents: Array<{ claims: Array<{ text: string; verdict: string; reasons: Array<{ message: string }> }> }> };
      return out.documents[0]!.claims.find((c) => c.text.includes('last month'))!;
    };
    // the draft's own date puts "last month" in July, after the inspection
    expect((await verdictOf([])).verdict).toBe('contradictory');
    const given = await verdictOf(['--draft-date', '2024-07-10']);
    expect(given.verdict).toBe('paraphrased');
    expect(given.reasons[0]!.message).toBe('The draft says the inspection was last month (June 2024, from --draft-date 2024-07-10); the report gives 3 to 7 June 2024.');
  });

  it("a config's failOn may be a string, as --fail-on takes it", async () => {
    const d = mkdtempSync(join(tmpdir(), 'claimcheck-'));
    writeFileSync(join(d, 'draft.txt'), 'Inspectors praised the new youth hub on the high street.\n');
    writeFileSync(join(d, 'claimcheck.config.yaml'), `sources: [${JSON.stringify(SOURCE_PATH)}]\nfailOn: contradictory\n`);
    expect((await run(['check', 'draft.txt'], d)).status).toBe(0);
    writeFileSync(join(d, 'claimcheck.config.yaml'), `sources: [${JSON.stringify(SOURCE_PATH)}]\nfailOn: contradictory, unsupported\n`);
    expect((await run(['check', 'draft.txt'], d)).status).toBe(1);
    writeFileSync(join(d, 'claimcheck.config.yaml'), `sources: [${JSON.stringify(SOURCE_PATH)}]\nfailOn: wrong\n`);
    const bad = await run(['check', 'draft.txt'], d);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/claimcheck\.config\.yaml: key 'failOn' takes verdicts from verbatim, .*; 'wrong' is not one\n$/);
  });

  it('--help gives examples and the exit codes', async () => {
    const r = await run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Examples:\n {2}claimcheck check /);
    expect(r.stdout).toMatch(/claimcheck fix .* --write/);
    expect(r.stdout).toMatch(/Exit status:\n {2}0 .*\n {2}1 .*\n {2}2 /);
    expect((await run(['check', '--help'])).stdout).toMatch(/Exit status: 0 the gate passed, 1 the gate failed, 2 a usage or input error/);
  });
});
