import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { feedInput } from '../../src/tui/input.js';
import { keyToAction } from '../../src/tui/keys.js';
import { createSession } from '../../src/tui/session.js';
import {
  effectsFor,
  initialState,
  reduce,
  selectedClaim,
  sourceTitles,
  stateLayout,
  detailLineCount,
  type Action,
  type Loaded,
  type ReviewState,
} from '../../src/tui/state.js';
import type { Decision } from '../../src/review/store.js';
import { localNewsClaims, manyClaims, resultOf } from './fixture.js';

const AT = '2026-11-23T03:40:00.000Z';

function ready(claims = localNewsClaims(), extra: Partial<Loaded> = {}, size = { columns: 80, rows: 24 }): ReviewState {
  const result = resultOf(claims);
  return reduce(initialState({ draft: 'draft.txt', reviewFile: 'draft.txt.claimcheck.json', size }), {
    type: 'loaded',
    claims,
    sources: result.sources,
    notices: [],
    decisions: {},
    orphans: [],
    ...extra,
  });
}

const run = (state: ReviewState, ...actions: Action[]) => actions.reduce(reduce, state);
const ids = (s: ReviewState) => s.visible.map((i) => s.claims[i]!.id);
const selected = (s: ReviewState) => selectedClaim(s)?.id;

describe('loading', () => {
  it('shows progress, then every claim with the first selected', () => {
    const loading = reduce(initialState({ draft: 'd', reviewFile: 'r', size: { columns: 80, rows: 24 } }), { type: 'progress', step: 'Checking d' });
    expect(loading.phase).toBe('loading');
    expect(loading.step).toBe('Checking d');
    expect(reduce(loading, { type: 'move', delta: 1 })).toBe(loading);
    const s = ready();
    expect(s.phase).toBe('ready');
    expect(ids(s)).toEqual(['s1', 'f2', 'f4', 'f8', 'c10', 'q14', 'q15', 'c19']);
    expect(selected(s)).toBe('s1');
  });

  it('says how many decisions were restored, and warns about ones that match nothing', () => {
    const decision: Decision = { claimText: 'took place over three weeks', start: 371, status: 'accepted' };
    expect(ready(undefined, { decisions: { f8: decision } }).message?.text).toMatch(/Restored 1 decision from draft\.txt\.claimcheck\.json/);
    const orphaned = ready(undefined, { orphans: [decision] });
    expect(orphaned.message).toEqual({ tone: 'warn', text: expect.stringMatching(/1 saved decision matches no claim .* press D/) });
  });
});

describe('sources', () => {
  it('names sources by title only when there is more than one', () => {
    expect(sourceTitles(ready())).toEqual({});
    const two = ready(undefined, {
      sources: [
        { id: 'S1', path: 'a.txt', title: "Inspection of Lewisham local authority children's services" },
        { id: 'S2', path: 'b.txt', title: 'Focused visit to Lewisham, May 2025' },
      ],
    });
    expect(sourceTitles(two)).toEqual({ S1: "Inspection of Lewisham local authority children's services", S2: 'Focused visit to Lewisham, May 2025' });
  });
});

describe('moving', () => {
  it('moves the selection and stops at the ends', () => {
    const s = ready();
    expect(selected(run(s, { type: 'move', delta: 1 }, { type: 'move', delta: 1 }))).toBe('f4');
    expect(selected(run(s, { type: 'move', delta: -1 }))).toBe('s1');
    expect(selected(run(s, { type: 'bottom' }))).toBe('c19');
    expect(selected(run(s, { type: 'bottom' }, { type: 'move', delta: 1 }))).toBe('c19');
    expect(selected(run(s, { type: 'bottom' }, { type: 'top' }))).toBe('s1');
  });

  it('keeps the selection inside the list window of a long draft', () => {
    const s = ready(manyClaims(300));
    const rows = stateLayout(s).listRows;
    const end = run(s, { type: 'bottom' });
    expect(end.cursor).toBe(299);
    expect(end.listTop).toBe(300 - rows);
    const up = run(end, { type: 'page', direction: -1 });
    expect(up.cursor).toBe(299 - (rows - 1));
    expect(up.listTop).toBe(300 - rows);
    const top = run(up, { type: 'top' }, { type: 'move', delta: rows });
    expect(top.listTop).toBe(1);
  });

  it('scrolls the detail pane when it has focus, within its lines', () => {
    const s = run(ready(), { type: 'move', delta: 4 }, { type: 'focus' }); // c10, two passages
    expect(s.focus).toBe('detail');
    const rows = stateLayout(s).detailRows;
    const lines = detailLineCount(s);
    expect(lines).toBeGreaterThan(rows);
    const down = run(s, { type: 'move', delta: 1 }, { type: 'move', delta: 1 });
    expect(down.detailScroll).toBe(2);
    expect(selected(down)).toBe('c10');
    expect(run(down, { type: 'bottom' }).detailScroll).toBe(lines - rows);
    expect(run(down, { type: 'bottom' }, { type: 'move', delta: 5 }).detailScroll).toBe(lines - rows);
    expect(run(down, { type: 'top' }).detailScroll).toBe(0);
    // back in the list, a new selection starts at the top of its detail
    expect(run(down, { type: 'focus' }, { type: 'move', delta: 1 }).detailScroll).toBe(0);
  });

  it('keeps the selection in view when the terminal shrinks', () => {
    const s = run(ready(manyClaims(300)), { type: 'move', delta: 40 });
    const small = reduce(s, { type: 'resize', size: { columns: 80, rows: 14 } });
    const rows = stateLayout(small).listRows;
    expect(small.cursor).toBe(40);
    expect(small.listTop).toBeLessThanOrEqual(40);
    expect(small.listTop + rows).toBeGreaterThan(40);
  });
});

describe('filter and search', () => {
  it('cycles through the verdicts, showing only claims with that verdict', () => {
    let s = ready();
    const seen: string[][] = [];
    for (let i = 0; i < 6; i++) {
      s = reduce(s, { type: 'cycleFilter', direction: 1 });
      seen.push([s.filter, ...ids(s)]);
    }
    expect(seen).toEqual([
      ['verbatim', 'q14', 'q15'],
      ['paraphrased', 'f2', 'c10'],
      ['unsupported', 'f4', 'c19'],
      ['contradictory', 'f8'],
      ['unchecked', 's1'],
      ['all', 's1', 'f2', 'f4', 'f8', 'c10', 'q14', 'q15', 'c19'],
    ]);
    expect(reduce(ready(), { type: 'cycleFilter', direction: -1 }).filter).toBe('unchecked');
  });

  it('keeps the selected claim when it passes the filter, else selects the next one', () => {
    const onQ14 = run(ready(), { type: 'move', delta: 5 });
    expect(selected(reduce(onQ14, { type: 'cycleFilter', direction: 1 }))).toBe('q14');
    const onF8 = run(ready(), { type: 'move', delta: 3 });
    expect(selected(reduce(onF8, { type: 'cycleFilter', direction: 1 }))).toBe('q14');
  });

  it('searches claim text as you type, ignoring case and quote style', () => {
    let s = run(ready(), { type: 'searchStart' }, { type: 'edit', insert: 'STAFF' });
    expect(s.mode).toEqual({ kind: 'search', input: 'STAFF', before: '' });
    expect(ids(s)).toEqual(['q14', 'c19']);
    s = run(s, { type: 'searchSubmit' });
    expect(s.mode.kind).toBe('browse');
    expect(s.search).toBe('STAFF');
    expect(ids(run(ready(), { type: 'searchStart' }, { type: 'edit', insert: "children's needs" }))).toEqual(['q15']);
  });

  it('edits the search with backspace and drops it on Esc', () => {
    const typing = run(ready(), { type: 'searchStart' }, { type: 'edit', insert: 'staffx' });
    expect(ids(typing)).toEqual([]);
    expect(ids(run(typing, { type: 'edit', backspace: true }))).toEqual(['q14', 'c19']);
    const cancelled = run(typing, { type: 'escape' });
    expect(cancelled.search).toBe('');
    expect(ids(cancelled)).toHaveLength(8);
  });

  it('Esc clears a kept search before it quits', () => {
    const searched = run(ready(), { type: 'searchStart' }, { type: 'edit', insert: 'staff' }, { type: 'searchSubmit' });
    const cleared = reduce(searched, { type: 'escape' });
    expect(cleared.quit).toBe(false);
    expect(ids(cleared)).toHaveLength(8);
    expect(reduce(cleared, { type: 'escape' }).quit).toBe(true);
  });
});

describe('next problem', () => {
  it('goes to unsupported and contradictory claims in turn, wrapping round', () => {
    const s = ready();
    const visits: (string | undefined)[] = [];
    let t = s;
    for (let i = 0; i < 4; i++) {
      t = reduce(t, { type: 'nextProblem', direction: 1 });
      visits.push(selected(t));
    }
    expect(visits).toEqual(['f4', 'f8', 'c19', 'f4']);
    expect(t.message?.text).toMatch(/Wrapped round to the top/);
    expect(selected(reduce(s, { type: 'nextProblem', direction: -1 }))).toBe('c19');
  });

  it('skips accepted problems', () => {
    const accepted = run(ready(), { type: 'move', delta: 3 }, { type: 'decide', status: 'accepted' }, { type: 'promptSubmit', at: AT }, { type: 'top' });
    expect(selected(run(accepted, { type: 'nextProblem', direction: 1 }, { type: 'nextProblem', direction: 1 }))).toBe('c19');
  });

  it('says so when the view has none', () => {
    const verbatim = run(ready(), { type: 'cycleFilter', direction: 1 }, { type: 'nextProblem', direction: 1 });
    expect(selected(verbatim)).toBe('q14');
    expect(verbatim.message?.text).toMatch(/No open problems in this view/);
  });
});

describe('decisions', () => {
  const onF8 = () => run(ready(), { type: 'move', delta: 3 });

  it('accepts a claim with a reason, stamped, and asks to save', () => {
    const before = onF8();
    const prompting = run(before, { type: 'decide', status: 'accepted' });
    expect(prompting.mode).toEqual({ kind: 'prompt', purpose: 'accept', input: '' });
    const typed = run(prompting, { type: 'edit', insert: 'quote is from the 2025 letter, not this report' });
    const after = reduce(typed, { type: 'promptSubmit', at: AT });
    expect(after.decisions.f8).toEqual({
      claimText: 'took place over three weeks',
      start: 371,
      status: 'accepted',
      reason: 'quote is from the 2025 letter, not this report',
      decidedAt: AT,
    });
    expect(after.mode.kind).toBe('browse');
    expect(effectsFor(typed, after, { type: 'promptSubmit', at: AT })).toEqual([{ type: 'save' }]);
  });

  it('leaves the reason out when none is given', () => {
    const after = run(onF8(), { type: 'decide', status: 'rewrite' }, { type: 'promptSubmit', at: AT });
    expect(after.decisions.f8).toEqual({ claimText: 'took place over three weeks', start: 371, status: 'rewrite', decidedAt: AT });
  });

  it('overrides to another verdict, not to the same one', () => {
    const picking = run(onF8(), { type: 'overrideStart' });
    expect(picking.mode.kind).toBe('override');
    const same = reduce(picking, { type: 'overridePick', verdict: 'contradictory' });
    expect(same.mode.kind).toBe('override');
    expect(same.message?.tone).toBe('warn');
    const after = run(picking, { type: 'overridePick', verdict: 'paraphrased' }, { type: 'edit', insert: 'the council counts the feedback week' }, { type: 'promptSubmit', at: AT });
    expect(after.decisions.f8).toMatchObject({ status: 'overridden', verdict: 'paraphrased', reason: 'the council counts the feedback week' });
  });

  it('adds a note to a decision and keeps it when the decision changes', () => {
    expect(run(onF8(), { type: 'noteStart' }).mode.kind).toBe('browse');
    const noted = run(onF8(), { type: 'decide', status: 'rewrite' }, { type: 'promptSubmit', at: AT }, { type: 'noteStart' }, { type: 'edit', insert: 'ask Sam for the dates' }, { type: 'promptSubmit', at: AT });
    expect(noted.decisions.f8).toMatchObject({ status: 'rewrite', note: 'ask Sam for the dates' });
    const accepted = run(noted, { type: 'decide', status: 'accepted' }, { type: 'promptSubmit', at: AT });
    expect(accepted.decisions.f8).toMatchObject({ status: 'accepted', note: 'ask Sam for the dates' });
    const removed = run(accepted, { type: 'noteStart' }, { type: 'edit', clear: true }, { type: 'promptSubmit', at: AT });
    expect(removed.decisions.f8?.note).toBeUndefined();
  });

  it('changes nothing when the prompt is cancelled', () => {
    const before = onF8();
    const prompting = run(before, { type: 'decide', status: 'accepted' }, { type: 'edit', insert: 'oops' });
    const after = reduce(prompting, { type: 'escape' });
    expect(after.decisions).toBe(before.decisions);
    expect(after.quit).toBe(false);
    expect(effectsFor(prompting, after, { type: 'escape' })).toEqual([]);
  });

  it('clears a decision', () => {
    const decided = run(onF8(), { type: 'decide', status: 'accepted' }, { type: 'promptSubmit', at: AT });
    const cleared = reduce(decided, { type: 'clearDecision' });
    expect(cleared.decisions).toEqual({});
    expect(effectsFor(decided, cleared, { type: 'clearDecision' })).toEqual([{ type: 'save' }]);
  });

  it('discards decisions that match nothing only when asked, in their overlay', () => {
    const orphan: Decision = { claimText: 'gone', start: 3, status: 'accepted' };
    const s = ready(undefined, { orphans: [orphan] });
    expect(reduce(s, { type: 'discardOrphans' }).orphans).toEqual([orphan]);
    const open = reduce(s, { type: 'orphans' });
    const gone = reduce(open, { type: 'discardOrphans' });
    expect(gone.orphans).toEqual([]);
    expect(effectsFor(open, gone, { type: 'discardOrphans' })).toEqual([{ type: 'save' }]);
  });
});

describe('effects', () => {
  it('asks for nothing when only the view changes, export on e, quit on q', () => {
    const s = ready();
    expect(effectsFor(s, reduce(s, { type: 'move', delta: 1 }), { type: 'move', delta: 1 })).toEqual([]);
    expect(effectsFor(s, reduce(s, { type: 'export' }), { type: 'export' })).toEqual([{ type: 'export' }]);
    expect(effectsFor(s, reduce(s, { type: 'quit' }), { type: 'quit' })).toEqual([{ type: 'quit' }]);
  });
});

const key = (over: Partial<Key> = {}): Key =>
  ({
    upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
    return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
    super: false, hyper: false, capsLock: false, numLock: false, ...over,
  }) as Key;

describe('keys', () => {
  const now = () => AT;
  it('maps the keys people know', () => {
    const s = ready();
    expect(keyToAction(s, 'j', key(), now)).toEqual({ type: 'move', delta: 1 });
    expect(keyToAction(s, '', key({ upArrow: true }), now)).toEqual({ type: 'move', delta: -1 });
    expect(keyToAction(s, 'G', key({ shift: true }), now)).toEqual({ type: 'bottom' });
    expect(keyToAction(s, '', key({ tab: true }), now)).toEqual({ type: 'focus' });
    expect(keyToAction(s, '\r', key({ return: true }), now)).toEqual({ type: 'focus' });
    expect(keyToAction(s, 'N', key({ shift: true }), now)).toEqual({ type: 'nextProblem', direction: -1 });
    expect(keyToAction(s, 'q', key(), now)).toEqual({ type: 'quit' });
    expect(keyToAction(s, '', key({ escape: true, meta: true }), now)).toEqual({ type: 'escape' });
  });

  it('types letters into a prompt instead of running them', () => {
    const searching = reduce(ready(), { type: 'searchStart' });
    expect(keyToAction(searching, 'q', key(), now)).toEqual({ type: 'edit', insert: 'q' });
    expect(keyToAction(searching, '', key({ delete: true }), now)).toEqual({ type: 'edit', backspace: true });
    const prompting = run(ready(), { type: 'decide', status: 'accepted' });
    expect(keyToAction(prompting, '\r', key({ return: true }), now)).toEqual({ type: 'promptSubmit', at: AT });
    expect(keyToAction(prompting, 'c', key({ ctrl: true }), now)).toEqual({ type: 'quit' });
  });

  it('picks the override verdict by its letter', () => {
    const picking = run(ready(), { type: 'overrideStart' });
    expect(keyToAction(picking, 'p', key(), now)).toEqual({ type: 'overridePick', verdict: 'paraphrased' });
    expect(keyToAction(picking, '-', key(), now)).toEqual({ type: 'overridePick', verdict: 'unchecked' });
    expect(keyToAction(picking, 'j', key(), now)).toBeUndefined();
  });
});

describe('session', () => {
  it('saves after each decision and reports where, or why not', () => {
    const saved: ReviewState[] = [];
    const session = createSession(ready(), {
      save: (state) => {
        saved.push(state);
        return 'draft.txt.claimcheck.json';
      },
      exportResult: () => ({ path: '/tmp/draft.txt.review.json', format: 'JSON' }),
      quit: () => {},
    });
    session.dispatch({ type: 'move', delta: 3 });
    expect(saved).toHaveLength(0);
    session.dispatch({ type: 'decide', status: 'accepted' });
    session.dispatch({ type: 'promptSubmit', at: AT });
    expect(saved).toHaveLength(1);
    expect(saved[0]!.decisions.f8?.status).toBe('accepted');
    expect(session.getState().message?.text).toMatch(/Accepted: .*saved to draft\.txt\.claimcheck\.json/);
    session.dispatch({ type: 'export' });
    expect(session.getState().message?.text).toBe('Exported JSON to /tmp/draft.txt.review.json');
  });

  it('shows a failed save as an error', () => {
    const session = createSession(ready(), {
      save: () => {
        throw new Error('EACCES: permission denied');
      },
      exportResult: () => ({ path: '', format: '' }),
      quit: () => {},
    });
    session.dispatch({ type: 'decide', status: 'rewrite' });
    session.dispatch({ type: 'promptSubmit', at: AT });
    expect(session.getState().message).toEqual({ tone: 'error', text: 'Could not save decisions: EACCES: permission denied' });
  });
});

describe('input that arrives in one read', () => {
  const services = { save: () => 'r', exportResult: () => ({ path: '', format: '' }), quit: () => {} };
  it('is one key per character outside a prompt', () => {
    const session = createSession(ready(), services);
    feedInput(session, 'ffff', key(), () => AT);
    expect(session.getState().filter).toBe('contradictory');
    feedInput(session, 'GN', key({ shift: true }), () => AT);
    expect(selected(session.getState())).toBe('f8');
  });

  it('still acts on Enter and Backspace that arrive with the text', () => {
    const session = createSession(ready(), services);
    feedInput(session, '/', key(), () => AT);
    feedInput(session, 'staffx\u007f\r', key(), () => AT);
    expect(session.getState().mode.kind).toBe('browse');
    expect(session.getState().search).toBe('staff');
    feedInput(session, 'j\tj', key(), () => AT);
    expect(session.getState().focus).toBe('detail');
    expect(selected(session.getState())).toBe('c19');
  });

  it('is text once a prompt opens', () => {
    const session = createSession(ready(), services);
    feedInput(session, 'nafrom the 2025 letter', key(), () => AT);
    expect(session.getState().mode).toEqual({ kind: 'prompt', purpose: 'accept', input: 'from the 2025 letter' });
    expect(selected(session.getState())).toBe('f4');
  });
});
