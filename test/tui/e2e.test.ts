// Drives the built binary: `claimcheck review` in a real pseudo-terminal (tmux), read back with
// capture-pane; and `claimcheck review` without a terminal.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const SOURCE = join(ROOT, 'seeds/source/lewisham-2023-ofsted-report.txt');
const DRAFT = join(ROOT, 'seeds/drafts/local-news-2024.txt');

const hasTmux = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
const SKIP_REASON = 'skipped: tmux is not installed (apt-get install tmux), so there is no pseudo-terminal to drive';

/** The environment of a person at a terminal: no CI variables (ink only prints the last frame in CI). */
function interactiveEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k === 'CI' || k === 'CONTINUOUS_INTEGRATION' || k.startsWith('CI_') || k === 'NO_COLOR' || k === 'TMUX') continue;
    env[k] = v;
  }
  return env;
}

describe('claimcheck review without a terminal', () => {

  it('refuses in one line, pointing to check, and exits 2', () => {
    const r = spawnSync(process.execPath, [CLI, 'review', DRAFT, '--source', SOURCE], { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("claimcheck review needs an interactive terminal; for output to a pipe or a file use 'claimcheck check <draft> --source <report>'\n");
  });
});

describe.skipIf(!hasTmux)(`claimcheck review in a terminal (tmux)${hasTmux ? '' : ` — ${SKIP_REASON}`}`, () => {
  const socket = `claimcheck-test-${process.pid}`;
  let dir = '';
  let draft = '';
  const env = interactiveEnv();
  const tmux = (...args: string[]) => {
    const r = spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8', env });
    if (r.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  const screen = () => tmux('capture-pane', '-p', '-t', 'review');
  async function waitFor(what: string | RegExp, timeout = 15_000): Promise<string> {
    const until = Date.now() + timeout;
    let last = '';
    while (Date.now() < until) {
      last = screen();
      if (typeof what === 'string' ? last.includes(what) : what.test(last)) return last;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`screen never showed ${String(what)}; last screen:\n${last}`);
  }
  const start = () =>
    tmux(
      'new-session', '-d', '-s', 'review', '-x', '80', '-y', '24',
      // CI=true as some people have in their shell: review still draws every frame
      `CI=true '${process.execPath}' '${CLI}' review '${draft}' --source '${SOURCE}'; echo "EXIT:$?"; sleep 30`,
    );
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimcheck-e2e-'));
    draft = join(dir, 'local-news.txt');
    copyFileSync(DRAFT, draft);
    // a session that outlives the tests: killing the last one stops the tmux server, and the next
    // new-session could race the dying server
    if (hasTmux) tmux('new-session', '-d', '-s', 'keepalive', 'sleep 600');
  }, 120_000);
  afterAll(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server'], { env });
    if (dir) rmSync(dir, { recursive: true, force: true });
    // tmux leaves the socket file behind
    rmSync(join(process.env.TMUX_TMPDIR ?? '/tmp', `tmux-${process.getuid?.() ?? 0}`, socket), { force: true });
  });

  it('opens on the real result, decides, exports, resizes, quits, and restores the decision', async () => {
    start();
    let s = await waitFor(/claims V\d+ P\d+ U\d+ C\d+ -\d+/);
    const lines = s.split('\n');
    // the header gives the file name when the whole path does not fit in 80 columns
    expect(lines[0]).toMatch(/^local-news\.txt · \d+ claims V\d+ P\d+ U\d+ C\d+ -\d+ · open \d+ · decided 0$/);
    expect(lines[1]).toMatch(/^╭─+╮$/);
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);
    expect(s).toMatch(/│▶ Claims 1\/\d+ · filter: all/);
    // the footer's hints fit in 80 columns and keep how to get help and how to leave
    expect(lines.find((l) => l.startsWith('j/k move'))).toMatch(/ · \? help · q quit$/);

    // the contradiction in the real result: "over three weeks" against 4 to 15 December 2023
    tmux('send-keys', '-t', 'review', 'f', 'f', 'f', 'f');
    s = await waitFor('filter: C contradictory');
    expect(s).toMatch(/│> \[C\]\s+.*three weeks/);
    // at 80×24 the reason comes first in the detail pane
    expect(s).toMatch(/│ Why\s+│\n│\s+✗ dates\/duration .*span 12 days/);

    tmux('send-keys', '-t', 'review', 'a');
    await waitFor('Accept — reason (optional)');
    tmux('send-keys', '-t', 'review', '-l', 'dates checked with the inspector');
    tmux('send-keys', '-t', 'review', 'Enter');
    s = await waitFor('saved to');
    expect(s).toMatch(/│> \[C\] ok\s+.*three weeks/);
    const review = JSON.parse(readFileSync(`${draft}.claimcheck.json`, 'utf8'));
    expect(review).toMatchObject({ version: 1, draft, decisions: [{ claimText: expect.stringContaining('three weeks'), status: 'accepted', reason: 'dates checked with the inspector' }] });

    tmux('send-keys', '-t', 'review', 'e');
    await waitFor('Exported JSON to');
    const exported = JSON.parse(readFileSync(`${draft}.review.json`, 'utf8'));
    expect(exported.review.decided).toBe(1);
    const decided = exported.documents[0].claims.filter((c: { review?: unknown }) => c.review);
    expect(decided).toEqual([expect.objectContaining({ text: review.decisions[0].claimText, verdict: 'contradictory', review: review.decisions[0] })]);

    // wider: list and detail side by side
    tmux('resize-window', '-t', 'review', '-x', '140', '-y', '30');
    s = await waitFor(/╮╭/);
    expect(s.split('\n')[0]).toMatch(/^claimcheck review/);

    tmux('send-keys', '-t', 'review', 'q');
    s = await waitFor('EXIT:');
    expect(s).toContain('EXIT:0');
    expect(s).toContain('claimcheck review: 1 decision in');
    tmux('kill-session', '-t', 'review');

    start();
    s = await waitFor('Restored 1 decision');
    tmux('send-keys', '-t', 'review', 'f', 'f', 'f', 'f');
    s = await waitFor('filter: C contradictory');
    expect(s).toMatch(/│> \[C\] ok\s+.*three weeks/);
    tmux('send-keys', '-t', 'review', 'Escape');
    await waitFor('EXIT:0');
    tmux('kill-session', '-t', 'review');
  }, 60_000);

  it('keeps keys typed while loading, and quitting while loading says what the file holds', async () => {
    const PDF = join(ROOT, 'test/fixtures/lewisham-2023-ofsted-report.pdf');
    const local = join(dir, 'typed-ahead.txt');
    copyFileSync(DRAFT, local);
    const run = (name: string) =>
      tmux('new-session', '-d', '-s', name, '-x', '80', '-y', '24', `'${process.execPath}' '${CLI}' review '${local}' --source '${PDF}'; echo "EXIT:$?"; sleep 30`);
    const capture = (name: string) => tmux('capture-pane', '-p', '-J', '-t', name);
    // four f's while the PDF is still being read: the screen opens on the contradictory claims
    run('ahead');
    tmux('send-keys', '-t', 'ahead', 'f', 'f', 'f', 'f');
    let s = '';
    for (let i = 0; i < 400 && !/claims V\d+/.test(s); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      s = capture('ahead');
    }
    expect(s).toMatch(/filter: C contradictory/);
    expect(s).toMatch(/│> \[C\]\s+.*three weeks/);
    tmux('kill-session', '-t', 'ahead');

    const decision = (claimText: string, start: number) => ({ claimText, start, status: 'accepted' });
    writeFileSync(`${local}.claimcheck.json`, JSON.stringify({ version: 1, draft: local, decisions: [decision('one', 1), decision('two', 2), decision('three', 3)] }));
    run('early');
    tmux('send-keys', '-t', 'early', 'q');
    for (let i = 0; i < 400 && !s.includes('EXIT:'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      s = capture('early');
    }
    expect(s).toContain(`claimcheck review: quit before the check finished; 3 decisions in ${local}.claimcheck.json, unchanged`);
    expect(s).toContain('EXIT:0');
    tmux('kill-session', '-t', 'early');

    // one decision the draft no longer has: the summary's grammar
    writeFileSync(`${local}.claimcheck.json`, JSON.stringify({ version: 1, draft: local, decisions: [decision('words the draft no longer has', 5)] }));
    tmux('new-session', '-d', '-s', 'orphan', '-x', '80', '-y', '24', `'${process.execPath}' '${CLI}' review '${local}' --source '${SOURCE}'; echo "EXIT:$?"; sleep 30`);
    for (let i = 0; i < 300 && !/claims V\d+/.test(s); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      s = capture('orphan');
    }
    expect(s).toContain('1 saved decision matches no claim of this draft any more');
    tmux('send-keys', '-t', 'orphan', 'q');
    for (let i = 0; i < 200 && !s.includes('EXIT:'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      s = capture('orphan');
    }
    expect(s).toContain('claimcheck review: 1 saved decision matches no claim of the draft any more (kept in the file):');
    tmux('kill-session', '-t', 'orphan');
  }, 60_000);

  it("w writes a misquote's source words into the draft and checks it again", async () => {
    const recruitment = join(dir, 'recruitment.txt');
    copyFileSync(join(ROOT, 'seeds/drafts/recruitment-site-news-2024.txt'), recruitment);
    const before = readFileSync(recruitment, 'utf8');
    tmux('new-session', '-d', '-s', 'fix', '-x', '80', '-y', '24', `'${process.execPath}' '${CLI}' review '${recruitment}' --source '${SOURCE}'; echo "EXIT:$?"; sleep 30`);
    const capture = () => tmux('capture-pane', '-p', '-t', 'fix');
    let s = '';
    for (let i = 0; i < 300 && !/claims V\d+/.test(s); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      s = capture();
    }
    // the misquote is the first paraphrased quote; search for it
    tmux('send-keys', '-t', 'fix', '/');
    tmux('send-keys', '-t', 'fix', '-l', 'determined focus by');
    tmux('send-keys', '-t', 'fix', 'Enter');
    tmux('send-keys', '-t', 'fix', 'w');
    for (let i = 0; i < 300 && !s.includes("Used the source's words"); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      s = capture();
    }
    expect(s).toMatch(/│> \[V\]\s+“A determined focus/);
    expect(readFileSync(recruitment, 'utf8')).toBe(before.replace('Children and Young People and his', 'Children & Young People (DCS) and his'));
    tmux('send-keys', '-t', 'fix', 'q');
    tmux('kill-session', '-t', 'fix');
  }, 40_000);

  it('takes the sources and the review file from the config file, as check does', async () => {
    const project = mkdtempSync(join(dir, 'config-'));
    copyFileSync(DRAFT, join(project, 'news.txt'));
    writeFileSync(join(project, 'claimcheck.config.json'), JSON.stringify({ sources: [SOURCE], reviewFile: 'reviews/{draft}.json' }));
    mkdirSync(join(project, 'reviews'));
    tmux('new-session', '-d', '-s', 'config', '-c', project, '-x', '80', '-y', '24', `'${process.execPath}' '${CLI}' review news.txt; echo "EXIT:$?"; sleep 30`);
    const capture = () => tmux('capture-pane', '-p', '-t', 'config');
    let s = '';
    for (let i = 0; i < 200 && !/claims V\d+/.test(s); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      s = capture();
    }
    expect(s).toMatch(/^claimcheck review · news\.txt · \d+ claims/);
    tmux('send-keys', '-t', 'config', 'r');
    tmux('send-keys', '-t', 'config', 'Enter');
    for (let i = 0; i < 100 && !existsSync(join(project, 'reviews/news.txt.json')); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(JSON.parse(readFileSync(join(project, 'reviews/news.txt.json'), 'utf8')).decisions[0].status).toBe('rewrite');
    tmux('kill-session', '-t', 'config');
  }, 20_000);

  it('closes the screen and exits 2 with a one-line reason when the draft cannot be read', async () => {
    tmux('new-session', '-d', '-s', 'missing', '-x', '80', '-y', '24', `'${process.execPath}' '${CLI}' review '${join(dir, 'no-such-draft.txt')}' --source '${SOURCE}'; echo "EXIT:$?"; sleep 30`);
    let s = '';
    for (let i = 0; i < 200 && !s.includes('EXIT:'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      s = tmux('capture-pane', '-p', '-J', '-t', 'missing'); // -J: a long path may wrap
    }
    expect(s).toContain(`claimcheck: ${join(dir, 'no-such-draft.txt')}: no such file`);
    expect(s).toContain('EXIT:2');
    tmux('kill-session', '-t', 'missing');
  }, 20_000);
});
