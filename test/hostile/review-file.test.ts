// The review file under two sessions, unknown fields, another draft's decisions, a BOM, and a
// folder it cannot be saved in (issue 17, items 8, 9 and 10).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { draftMismatch, loadReviewFile, type Decision } from '../../src/review/store.js';
import { ReviewFileSync } from '../../src/review/sync.js';
import { ROOT, runCapture, SOURCE_PATH } from '../helpers.js';

const dir = () => mkdtempSync(join(tmpdir(), 'claimcheck-'));
const accept = (claimText: string, start: number): Decision => ({ claimText, start, status: 'accepted' });

describe('two review sessions on one file', () => {
  it('keep both sessions’ decisions, and the later save says the other’s were kept', () => {
    const path = join(dir(), 'draft.txt.claimcheck.json');
    const a = new ReviewFileSync(path, 'draft.txt');
    const b = new ReviewFileSync(path, 'draft.txt');
    a.load();
    b.load();
    expect(a.save({ version: 1, draft: 'draft.txt', decisions: [accept('over three weeks', 10)] })).toEqual({ fromOthers: 0 });
    expect(b.save({ version: 1, draft: 'draft.txt', decisions: [accept('rated good', 40)] })).toEqual({ fromOthers: 1 });
    expect(loadReviewFile(path, 'draft.txt').decisions.map((d) => d.claimText)).toEqual(['over three weeks', 'rated good']);
    // a removes its own decision: b's stays
    a.save({ version: 1, draft: 'draft.txt', decisions: [] });
    expect(loadReviewFile(path, 'draft.txt').decisions.map((d) => d.claimText)).toEqual(['rated good']);
  });

  it('a session changing a decision the other made replaces it rather than doubling it', () => {
    const path = join(dir(), 'd.json');
    const a = new ReviewFileSync(path, 'd.txt');
    a.load();
    a.save({ version: 1, draft: 'd.txt', decisions: [accept('x', 1)] });
    const b = new ReviewFileSync(path, 'd.txt');
    b.load();
    b.save({ version: 1, draft: 'd.txt', decisions: [{ ...accept('x', 1), status: 'rewrite' }] });
    expect(loadReviewFile(path, 'd.txt').decisions).toEqual([{ claimText: 'x', start: 1, status: 'rewrite' }]);
  });

  it('waits for a held lock, and a stale lock from a crashed session does not block saving', () => {
    const path = join(dir(), 'd.json');
    writeFileSync(`${path}.lock`, '');
    utimesSync(`${path}.lock`, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const s = new ReviewFileSync(path, 'd.txt');
    s.load();
    s.save({ version: 1, draft: 'd.txt', decisions: [accept('y', 2)] });
    expect(loadReviewFile(path, 'd.txt').decisions).toHaveLength(1);
  });
});

describe('what a review file holds', () => {
  it('keeps fields it does not know, at the top and in decisions, through a save', () => {
    const path = join(dir(), 'd.json');
    writeFileSync(path, JSON.stringify({ version: 1, draft: 'd.txt', reviewer: 'press office', decisions: [{ ...accept('x', 1), ticket: 'PR-12' }] }));
    const s = new ReviewFileSync(path, 'd.txt');
    const file = s.load();
    s.save({ ...file, decisions: [...file.decisions, accept('y', 5)] });
    const raw = JSON.parse(readFileSync(path, 'utf8'));
    expect(raw.reviewer).toBe('press office');
    expect(raw.decisions[0].ticket).toBe('PR-12');
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const path = join(dir(), 'd.json');
    writeFileSync(path, '\uFEFF' + JSON.stringify({ version: 1, draft: 'd.txt', decisions: [accept('x', 1)] }));
    expect(loadReviewFile(path, 'd.txt').decisions).toHaveLength(1);
  });

  it('a review file for another draft is not honoured by check, with a warning', async () => {
    const d = dir();
    const draft = join(d, 'draft.txt');
    writeFileSync(draft, 'The inspection took place over three weeks.\n');
    const first = await runCapture(['check', draft, '--source', SOURCE_PATH, '--format', 'json']);
    const claim = JSON.parse(first.stdout).documents[0].claims.find((c: { verdict: string }) => c.verdict === 'contradictory');
    writeFileSync(`${draft}.claimcheck.json`, JSON.stringify({ version: 1, draft: 'other.txt', decisions: [accept(claim.text, claim.span.start)] }));
    expect(draftMismatch(loadReviewFile(`${draft}.claimcheck.json`, draft), `${draft}.claimcheck.json`, draft)).toMatch(/holds decisions for 'other\.txt'/);
    const r = await runCapture(['check', draft, '--source', SOURCE_PATH]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^claimcheck: warning: .*draft\.txt\.claimcheck\.json holds decisions for 'other\.txt', not '.*draft\.txt'; they are not applied\n$/);
    // the same file naming this draft suppresses the claim
    writeFileSync(`${draft}.claimcheck.json`, JSON.stringify({ version: 1, draft: 'draft.txt', decisions: [accept(claim.text, claim.span.start)] }));
    expect((await runCapture(['check', draft, '--source', SOURCE_PATH])).status).toBe(0);
  });
});

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
describe.runIf(hasTmux)('the review screen when the decisions cannot be saved (tmux)', () => {
  const socket = `claimcheck-hostile-${process.pid}`;
  const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' }).stdout;
  afterAll(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  });

  it('says the decisions were not saved and exits 2, and shows a draft’s escapes as text', async () => {
    const d = dir();
    const draft = join(d, 'news.txt');
    writeFileSync(draft, 'Ofsted said: \u201CStaff describe leaders as approachable\u001b]0;pwned\u0007, visible and supportive.\u201D\n');
    // a folder that is a file: no user, root included, can save there
    writeFileSync(join(d, 'blocked'), '');
    const reviewFile = join(d, 'blocked', 'news.json');
    tmux('new-session', '-d', '-s', 'ro', '-x', '100', '-y', '30', `'${process.execPath}' '${join(ROOT, 'dist/cli.js')}' review '${draft}' --source '${SOURCE_PATH}' --review-file '${reviewFile}'; echo "EXIT:$?"; sleep 30`);
    const waitFor = async (what: RegExp) => {
      let s = '';
      for (let i = 0; i < 300 && !what.test(s); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        s = tmux('capture-pane', '-p', '-J', '-t', 'ro');
      }
      return s;
    };
    let s = await waitFor(/approachable␛\]0;pwned␇,/);
    expect(s).toMatch(/approachable␛\]0;pwned␇,/);
    tmux('send-keys', '-t', 'ro', 'r');
    tmux('send-keys', '-t', 'ro', 'Enter');
    s = await waitFor(/Could not save/);
    expect(s).toContain('Could not save decisions');
    tmux('send-keys', '-t', 'ro', 'q');
    s = await waitFor(/EXIT:\d/);
    expect(s).toMatch(/claimcheck review: the decisions were not saved \(.*news\.json.*\)/);
    expect(s).not.toMatch(/decisions? in /);
    expect(s).toContain('EXIT:2');
    rmSync(d, { recursive: true, force: true });
  }, 40_000);
});
