import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCapture, SOURCE_PATH } from '../helpers.js';

const run = runCapture;
const dir = () => mkdtempSync(join(tmpdir(), 'claimcheck-'));
const CONTRADICTION = 'The inspection took place over three weeks.\n';
const FINE = 'Ofsted said: \u201CStaff describe leaders as approachable, visible and supportive.\u201D\n';

afterEach(() => vi.restoreAllMocks());

describe('claimcheck check options', () => {
  it('--output writes the report atomically and keeps the exit status', async () => {
    const d = dir();
    writeFileSync(join(d, 'draft.txt'), CONTRADICTION);
    const r = await run(['check', join(d, 'draft.txt'), '--source', SOURCE_PATH, '--format', 'sarif', '--output', join(d, 'out.sarif')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(d, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
    const bad = await run(['check', join(d, 'draft.txt'), '--source', SOURCE_PATH, '--output', join(d, 'no-such-dir', 'out.txt')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/out\.txt: cannot be written \(ENOENT: no such file or directory\); nothing was written\n$/);
  });

  it('--fail-on unsupported fails a draft that only has unsupported claims', async () => {
    const d = dir();
    writeFileSync(join(d, 'draft.txt'), 'Inspectors praised the new youth hub on the high street.\n');
    expect((await run(['check', join(d, 'draft.txt'), '--source', SOURCE_PATH])).status).toBe(0);
    expect((await run(['check', join(d, 'draft.txt'), '--source', SOURCE_PATH, '--fail-on', 'contradictory,unsupported'])).status).toBe(1);
    writeFileSync(join(d, 'bad.txt'), CONTRADICTION);
    expect((await run(['check', join(d, 'bad.txt'), '--source', SOURCE_PATH, '--fail-on', 'none'])).status).toBe(0);
    const wrong = await run(['check', join(d, 'draft.txt'), '--source', SOURCE_PATH, '--fail-on', 'bogus']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/'bogus' is not one/);
  });

  it('reads the draft from standard input with -', async () => {
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(Readable.from([Buffer.from(FINE)]) as unknown as typeof process.stdin);
    const r = await run(['check', '-', '--source', SOURCE_PATH, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents[0]).toMatchObject({ path: '-', claims: [{ verdict: 'verbatim' }] });
  });

  it('finds a config file by walking up, lets flags override it, and names an unknown key', async () => {
    const d = dir();
    writeFileSync(join(d, 'claimcheck.config.yaml'), `sources: [${JSON.stringify(SOURCE_PATH)}]\nfailOn: [contradictory, unsupported]\nformat: json\n`);
    const sub = join(d, 'drafts');
    execFileSync('mkdir', [sub]);
    writeFileSync(join(sub, 'draft.txt'), 'Inspectors praised the new youth hub on the high street.\n');
    const r = await run(['check', 'draft.txt'], sub);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).gate.failOn).toContain('unsupported');
    expect((await run(['check', 'draft.txt', '--fail-on', 'contradictory', '--format', 'text'], sub)).status).toBe(0);
    writeFileSync(join(d, 'claimcheck.config.yaml'), 'sources: []\nfailon: [unsupported]\n');
    const bad = await run(['check', 'draft.txt'], sub);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/claimcheck\.config\.yaml: unknown key 'failon'/);
  });

  it('a config can switch a rule off', async () => {
    const d = dir();
    writeFileSync(join(d, 'draft.txt'), CONTRADICTION);
    writeFileSync(join(d, 'claimcheck.config.json'), JSON.stringify({ sources: [SOURCE_PATH], severity: { dates: 'off' } }));
    expect((await run(['check', 'draft.txt'], d)).status).toBe(0);
  });

  it('--changed-since gates only the lines changed since a git revision', async () => {
    const d = dir();
    const git = (...a: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...a], { cwd: d, stdio: 'ignore' });
    git('init', '-q');
    writeFileSync(join(d, 'draft.txt'), CONTRADICTION);
    git('add', '.');
    git('commit', '-qm', 'first');
    writeFileSync(join(d, 'draft.txt'), `${CONTRADICTION}\n${FINE}`);
    const r = await run(['check', 'draft.txt', '--source', SOURCE_PATH, '--changed-since', 'HEAD', '--format', 'json'], d);
    expect(r.status).toBe(0);
    // the report holds only the changed lines' claims, and says how many were left out
    const json = JSON.parse(r.stdout);
    expect(json.documents[0].claims.map((c: { verdict: string }) => c.verdict)).toEqual(['verbatim']);
    expect(json.summary).toMatchObject({ verbatim: 1, contradictory: 0 });
    expect(json.scope).toEqual({ changedSince: 'HEAD', outside: 1 });
    const text = await run(['check', 'draft.txt', '--source', SOURCE_PATH, '--changed-since', 'HEAD', '--all'], d);
    expect(text.stdout).not.toMatch(/contradictory .*three weeks/);
    expect(text.stdout).toMatch(/Only lines changed since HEAD are reported; 1 claim outside the change is left out\./);
    expect(text.stdout).toMatch(/^1 verbatim, 0 paraphrased, 0 unsupported, 0 contradictory/m);
    const summaryFile = join(d, 'summary.md');
    process.env.GITHUB_STEP_SUMMARY = summaryFile;
    try {
      await run(['check', 'draft.txt', '--source', SOURCE_PATH, '--changed-since', 'HEAD', '--format', 'github'], d);
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY;
    }
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toMatch(/Only lines changed since `HEAD` are reported; 1 claim outside the change is left out/);
    expect(summary).not.toMatch(/three weeks/);
    expect((await run(['check', 'draft.txt', '--source', SOURCE_PATH], d)).status).toBe(1);
    const bad = await run(['check', 'draft.txt', '--source', SOURCE_PATH, '--changed-since', 'no-such-ref'], d);
    expect(bad.status).toBe(2);
    expect(existsSync(join(d, 'draft.txt'))).toBe(true);
  });

  it('--changed-since outside a git repository says so', async () => {
    const d = dir();
    writeFileSync(join(d, 'draft.txt'), FINE);
    const r = await run(['check', 'draft.txt', '--source', SOURCE_PATH, '--changed-since', 'HEAD'], d);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("claimcheck: draft.txt: --changed-since needs a git repository, and this is not a git repository\n");
  });
});
