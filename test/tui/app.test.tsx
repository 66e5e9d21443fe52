import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { matchDecisions, toReviewFile } from '../../src/review/match.js';
import { loadReviewFile, saveReviewFile } from '../../src/review/store.js';
import { ReviewApp } from '../../src/tui/app.js';
import { KEY_HELP } from '../../src/tui/keys.js';
import { createSession, type Session } from '../../src/tui/session.js';
import { initialState, reduce, stateLayout, type Loaded, type ReviewState } from '../../src/tui/state.js';
import type { Size } from '../../src/tui/view.js';
import type { ClaimResult } from '../../src/types.js';
import { localNewsClaims, manyClaims, resultOf } from './fixture.js';

const ESC = '\u001B';
const DOWN = '\u001B[B';
const AT = '2026-11-23T03:40:00.000Z';
const tick = () => new Promise((resolve) => setTimeout(resolve, 15));

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-app-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

let unmounts: (() => void)[] = [];
afterEach(() => {
  for (const u of unmounts) u();
  unmounts = [];
});

interface Screen {
  session: Session;
  frame: () => string;
  press: (...keys: string[]) => Promise<void>;
  saves: number;
  quits: number;
}

function open(options: { claims?: ClaimResult[]; loaded?: Partial<Loaded>; size?: Size; reviewFile?: string; draft?: string } = {}): Screen {
  const claims = options.claims ?? localNewsClaims();
  const draft = options.draft ?? 'seeds/drafts/local-news-2024.txt';
  const reviewFile = options.reviewFile ?? join(tempDir(), 'draft.claimcheck.json');
  let state = initialState({ draft, reviewFile, size: options.size ?? { columns: 100, rows: 30 } });
  state = reduce(state, { type: 'loaded', claims, sources: resultOf(claims).sources, notices: [], decisions: {}, orphans: [], ...options.loaded });
  const screen: Screen = {
    saves: 0,
    quits: 0,
    session: createSession(state, {
      save: (s: ReviewState) => {
        screen.saves++;
        saveReviewFile(reviewFile, toReviewFile(draft, s.claims, new Map(Object.entries(s.decisions)), s.orphans));
        return reviewFile;
      },
      exportResult: () => ({ path: join(tmpdir(), 'export.json'), format: 'JSON' }),
      quit: () => {
        screen.quits++;
      },
    }),
    frame: () => '',
    press: async () => {},
  };
  const app = render(<ReviewApp session={screen.session} now={() => AT} />);
  unmounts.push(app.unmount);
  screen.frame = () => app.lastFrame() ?? '';
  screen.press = async (...keys: string[]) => {
    for (const k of keys) {
      app.stdin.write(k);
      await tick();
    }
  };
  return screen;
}

/** The claim rows the list shows: lines with a verdict badge. */
const listed = (frame: string) => frame.split('\n').filter((l) => /^│[> ] \[[VPUC-]\]/.test(l));

describe('review screen', () => {
  it('shows the list and the selected claim’s evidence paragraph', async () => {
    const s = open();
    expect(s.frame()).toContain('claimcheck review · seeds/drafts/local-news-2024.txt · 8 claims V2 P2 U2 C1 -1 · open 3 · decided 0');
    await s.press('j', 'j', 'j', 'j', 'j'); // q14
    const frame = s.frame();
    expect(frame).toMatch(/│> \[V\]\s+“Staff describe leaders as approachable/);
    expect(frame).toContain('Best evidence S1 · para 63 · match 1.00');
    expect(frame).toMatch(/Staff describe leaders as approachable, visible and supportive\. Staff achievements are valued\s+│\n│\s+and celebrated by leaders in an annual awards ceremony\./);
  });

  it('shows the diff of a contradiction in a form that reads without colour', async () => {
    const s = open({ size: { columns: 100, rows: 40 } });
    await s.press(DOWN, DOWN, DOWN); // f8
    expect(s.frame()).toContain('took place {+over three weeks+} [-4 to 15 December 2023-]');
    expect(s.frame()).toContain('dates/duration');
  });

  it('hides the rows the verdict filter leaves out', async () => {
    const s = open();
    expect(listed(s.frame())).toHaveLength(8);
    await s.press('f');
    expect(listed(s.frame()).map((l) => l.slice(3, 6))).toEqual(['[V]', '[V]']);
    expect(s.frame()).not.toContain('took place over three weeks');
    await s.press('f', 'f', 'f');
    expect(listed(s.frame())).toEqual([expect.stringContaining('took place over three weeks')]);
    expect(s.frame()).toContain('filter: C contradictory');
  });

  it('searches claim text', async () => {
    const s = open();
    await s.press('/', 's', 't', 'a', 'f', 'f');
    expect(s.frame()).toContain('/staff▏');
    await s.press('\r');
    const rows = listed(s.frame());
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Staff describe leaders');
    expect(rows[1]).toContain('Pictured top: Staff');
    await s.press(ESC);
    expect(listed(s.frame())).toHaveLength(8);
    expect(s.quits).toBe(0);
  });

  it('jumps to the next problem with n and back with N', async () => {
    const s = open();
    await s.press('n');
    expect(s.frame()).toMatch(/│> \[U\]\s+since it was judged as requiring improvement/);
    await s.press('n');
    expect(s.frame()).toMatch(/│> \[C\]\s+took place over three weeks/);
    await s.press('N', 'N');
    expect(s.frame()).toMatch(/│> \[U\]\s+Pictured top/);
  });

  it('moves focus to the detail pane, where j scrolls instead of moving', async () => {
    const s = open({ size: { columns: 100, rows: 16 } });
    await s.press('j', 'j', 'j', 'j', '\t'); // c10, long detail
    expect(s.frame()).toContain('▶ Detail · lines 1–');
    await s.press('j', 'j');
    expect(s.frame()).toContain('▶ Detail · lines 3–');
    expect(s.frame()).toMatch(/│> \[P\]\s+In their report/);
    await s.press('\r', 'j');
    expect(s.frame()).toMatch(/│> \[V\]\s+“Staff describe/);
  });

  it('lists every key in the help overlay', async () => {
    const s = open({ size: { columns: 100, rows: 40 } });
    await s.press('?');
    for (const k of KEY_HELP) expect(s.frame()).toContain(k.keys);
    await s.press(ESC);
    expect(s.frame()).not.toContain('PgDn/PgUp, Ctrl-d/u');
    expect(s.quits).toBe(0);
  });

  it('saves a decision, and shows it again when reopened from the saved file', async () => {
    const dir = tempDir();
    const reviewFile = join(dir, 'draft.txt.claimcheck.json');
    const first = open({ reviewFile });
    await first.press('j', 'j', 'j', 'o', 'p');
    expect(first.frame()).toContain('Override to paraphrased — reason (optional)');
    await first.press('the council counts the feedback week'); // typed or pasted, one chunk
    await first.press('\r');
    expect(first.saves).toBe(1);
    expect(first.frame()).toMatch(/│> \[C\] →P\s+took place over three weeks/);
    expect(JSON.parse(readFileSync(reviewFile, 'utf8')).decisions).toEqual([
      { claimText: 'took place over three weeks', start: 371, status: 'overridden', verdict: 'paraphrased', reason: 'the council counts the feedback week', decidedAt: AT },
    ]);

    // a fresh check of the same draft, decisions restored from the file
    const claims = localNewsClaims();
    const matched = matchDecisions(loadReviewFile(reviewFile, 'x').decisions, claims);
    const second = open({ reviewFile, claims, loaded: { decisions: Object.fromEntries(matched.byClaim) }, size: { columns: 100, rows: 40 } });
    expect(second.frame()).toContain('Restored 1 decision');
    expect(second.frame()).toMatch(/│ {2}\[C\] →P\s+took place over three weeks/);
    await second.press('j', 'j', 'j');
    expect(second.frame()).toContain('Overridden to paraphrased — the council counts the feedback week (2026-11-23 03:40 UTC)');
  });

  it('accepts with a reason and adds a note', async () => {
    const s = open({ size: { columns: 100, rows: 40 } });
    await s.press('n', 'a', 'quote is from the 2025 letter', '\r', 'c', 'check with', ' comms', '\r');
    expect(s.frame()).toMatch(/│> \[U\] ok\*\s+since it was judged/);
    expect(s.frame()).toContain('Accepted — quote is from the 2025 letter');
    expect(s.frame()).toContain('Note: check with comms');
    expect(s.frame()).toContain('decided 1');
  });

  it('says where the export went', async () => {
    const s = open();
    await s.press('e');
    expect(s.frame()).toContain(`Exported JSON to ${join(tmpdir(), 'export.json')}`);
  });

  it('quits on q', async () => {
    const s = open();
    await s.press('q');
    expect(s.quits).toBe(1);
  });

  it('reports decisions that match no claim any more', async () => {
    const s = open({ loaded: { orphans: [{ claimText: 'Lewisham is now rated outstanding', start: 40, status: 'accepted', reason: 'from the 2025 letter' }] } });
    expect(s.frame()).toContain('1 saved decision matches no claim of this draft any more — press D to see');
    expect(s.frame()).toContain('unmatched 1');
    await s.press('D');
    expect(s.frame()).toContain('Accepted — from the 2025 letter');
    expect(s.frame()).toContain('“Lewisham is now rated outstanding” (was at offset 40)');
  });

  it('fits 80×24 and draws only a window of a 300-claim list', async () => {
    const s = open({ claims: manyClaims(300), size: { columns: 80, rows: 24 } });
    const rows = stateLayout(s.session.getState()).listRows;
    const lines = s.frame().split('\n');
    expect(lines.length).toBe(23);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(listed(s.frame())).toHaveLength(rows);
    await s.press('G');
    expect(listed(s.frame())).toHaveLength(rows);
    expect(s.frame()).toContain('#300');
    expect(s.frame()).toContain('Claims 300/300');
  });

  it('shows notices about the whole draft above the panes, wrapped to two lines at most', async () => {
    const message = 'The draft is about Lambeth; the source is about Lewisham. Its claims cannot be supported by this source.';
    const s = open({ size: { columns: 80, rows: 24 }, loaded: { notices: [{ rule: 'entities/otherSubject', message, severity: 'warning' }] } });
    const lines = s.frame().split('\n');
    expect(lines[1]).toBe('⚠ The draft is about Lambeth; the source is about Lewisham. Its claims cannot be');
    expect(lines[2]).toBe('supported by this source.');
    expect(lines[3]).toMatch(/^╭/);
    expect(lines).toHaveLength(23);
  });

  it('asks for a bigger terminal when it is too small', () => {
    const s = open({ size: { columns: 30, rows: 8 } });
    expect(s.frame().replace(/\s+/g, ' ')).toContain('Make the terminal at least 40×12 (it is 30×8). q quits.');
  });

  it('shows a spinner and what it is doing while loading', () => {
    const session = createSession(
      reduce(initialState({ draft: 'd.txt', reviewFile: 'r', size: { columns: 80, rows: 24 } }), { type: 'progress', step: 'Checking d.txt against report.txt' }),
      { save: () => '', exportResult: () => ({ path: '', format: '' }), quit: () => {} },
    );
    const app = render(<ReviewApp session={session} />);
    unmounts.push(app.unmount);
    expect(app.lastFrame()).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] Checking d\.txt against report\.txt…/);
  });
});
