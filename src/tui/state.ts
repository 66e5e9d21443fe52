// The review screen's state and the one pure reducer that changes it. Nothing here does I/O:
// saving and exporting are effects the session runs after a change (see `effectsFor`).
import { needsAttention } from '../review/apply.js';
import { normalizeForMatch } from '../review/match.js';
import type { Decision, DecisionStatus } from '../review/store.js';
import { VERDICTS, type ClaimResult, type Reason, type SourceInfo, type Verdict } from '../types.js';
import { detailLines, layout, noticeLines, VERDICT_LETTER, type Size } from './view.js';
import { oneLine, truncate } from './text.js';
import { helpLines } from './keys.js';
import { quoteFix } from '../fix/quote-fix.js';

export type Focus = 'list' | 'detail';
export type Filter = 'all' | Verdict;
export const FILTERS: readonly Filter[] = ['all', ...VERDICTS];

export type PromptPurpose = 'accept' | 'override' | 'rewrite' | 'note';

export type Mode =
  | { kind: 'browse' }
  | { kind: 'help'; scroll: number }
  | { kind: 'orphans' }
  /** Typing a search; the list filters as you type. `before` is restored on Esc. */
  | { kind: 'search'; input: string; before: string }
  /** Choosing the verdict to override to. */
  | { kind: 'override' }
  /** Typing the optional reason of a decision, or a note. */
  | { kind: 'prompt'; purpose: PromptPurpose; verdict?: Verdict; input: string };

export interface Message {
  text: string;
  tone: 'info' | 'warn' | 'error';
}

export interface ReviewState {
  phase: 'loading' | 'ready';
  /** What is being done while loading. */
  step: string;
  draft: string;
  reviewFile: string;
  sources: SourceInfo[];
  /** Findings about the whole draft. */
  notices: Reason[];
  /** All claims of the draft, in draft order. */
  claims: ClaimResult[];
  /** The reviewer's decisions by claim id. */
  decisions: Readonly<Record<string, Decision>>;
  /** Saved decisions that match no claim of the current draft. Kept in the file. */
  orphans: Decision[];
  /** Indices into `claims` that pass the filter and the search, in order. */
  visible: number[];
  /** Index into `visible` of the selected row. */
  cursor: number;
  /** Index into `visible` of the first row shown. */
  listTop: number;
  detailScroll: number;
  focus: Focus;
  filter: Filter;
  search: string;
  mode: Mode;
  size: Size;
  message?: Message;
  quit: boolean;
}

export interface Loaded {
  claims: ClaimResult[];
  sources: SourceInfo[];
  notices: Reason[];
  decisions: Record<string, Decision>;
  orphans: Decision[];
}

export type Action =
  | { type: 'progress'; step: string }
  | ({ type: 'loaded' } & Loaded & { /** After a fix: the draft that was rewritten. */ fixed?: string })
  | { type: 'applyFix' }
  | { type: 'fixFailed'; error: string }
  | { type: 'resize'; size: Size }
  | { type: 'move'; delta: number }
  | { type: 'page'; direction: 1 | -1 }
  | { type: 'top' }
  | { type: 'bottom' }
  | { type: 'focus'; focus?: Focus }
  | { type: 'cycleFilter'; direction: 1 | -1 }
  | { type: 'searchStart' }
  | { type: 'edit'; insert?: string; backspace?: boolean; clear?: boolean }
  | { type: 'searchSubmit' }
  | { type: 'searchCancel' }
  | { type: 'nextProblem'; direction: 1 | -1 }
  | { type: 'help' }
  | { type: 'helpScroll'; delta: number }
  | { type: 'orphans' }
  | { type: 'closeOverlay' }
  | { type: 'discardOrphans' }
  | { type: 'decide'; status: 'accepted' | 'rewrite' }
  | { type: 'overrideStart' }
  | { type: 'overridePick'; verdict: Verdict }
  | { type: 'noteStart' }
  | { type: 'promptSubmit'; at: string }
  | { type: 'promptCancel' }
  | { type: 'clearDecision' }
  | { type: 'export' }
  | { type: 'saved'; path: string }
  | { type: 'saveFailed'; error: string }
  | { type: 'exported'; path: string; format: string }
  | { type: 'exportFailed'; error: string }
  | { type: 'escape' }
  | { type: 'quit' };

export function initialState(options: { draft: string; reviewFile: string; size: Size; step?: string }): ReviewState {
  return {
    phase: 'loading',
    step: options.step ?? 'Starting',
    draft: options.draft,
    reviewFile: options.reviewFile,
    sources: [],
    notices: [],
    claims: [],
    decisions: {},
    orphans: [],
    visible: [],
    cursor: 0,
    listTop: 0,
    detailScroll: 0,
    focus: 'list',
    filter: 'all',
    search: '',
    mode: { kind: 'browse' },
    size: options.size,
    quit: false,
  };
}

export function selectedClaim(state: ReviewState): ClaimResult | undefined {
  const index = state.visible[state.cursor];
  return index === undefined ? undefined : state.claims[index];
}

export function stateLayout(state: ReviewState) {
  return layout(state.size, noticeLines(state.notices, state.size.columns).length);
}

/** Titles to name sources by in the detail pane: only needed when there is more than one. */
export function sourceTitles(state: ReviewState): Record<string, string> {
  if (state.sources.length < 2) return {};
  return Object.fromEntries(state.sources.map((s) => [s.id, s.title]));
}

/** Lines the detail pane has for the selected claim at the current width. */
export function detailLineCount(state: ReviewState): number {
  const claim = selectedClaim(state);
  if (!claim) return 0;
  return detailLines(claim, state.decisions[claim.id], stateLayout(state).detailWidth, sourceTitles(state)).length;
}

/** Inner size of an overlay (help, orphans), which takes the place of both panes. */
export function overlayRows(state: ReviewState): number {
  const l = stateLayout(state);
  return Math.max(1, (l.stacked ? l.listHeight + l.detailHeight : l.listHeight) - 3);
}

export function overlayWidth(state: ReviewState): number {
  return Math.max(1, state.size.columns - 4);
}

/** Claims that pass a verdict filter and a search (case, quote style and spacing ignored). */
export function computeVisible(claims: readonly ClaimResult[], filter: Filter, search: string): number[] {
  const query = normalizeForMatch(search);
  const out: number[] = [];
  claims.forEach((claim, i) => {
    if (filter !== 'all' && claim.verdict !== filter) return;
    if (query !== '' && !normalizeForMatch(claim.text).includes(query)) return;
    out.push(i);
  });
  return out;
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** Keeps the selected row inside the list window and the window inside the list. */
function keepInView(state: ReviewState): ReviewState {
  const rows = stateLayout(state).listRows;
  const count = state.visible.length;
  const cursor = count === 0 ? 0 : clamp(state.cursor, 0, count - 1);
  let top = state.listTop;
  if (cursor < top) top = cursor;
  if (cursor >= top + rows) top = cursor - rows + 1;
  top = clamp(top, 0, Math.max(0, count - rows));
  const maxScroll = Math.max(0, detailLineCount({ ...state, cursor }) - stateLayout(state).detailRows);
  const detailScroll = clamp(state.detailScroll, 0, maxScroll);
  if (cursor === state.cursor && top === state.listTop && detailScroll === state.detailScroll) return state;
  return { ...state, cursor, listTop: top, detailScroll };
}

function select(state: ReviewState, cursor: number): ReviewState {
  const count = state.visible.length;
  const next = count === 0 ? 0 : clamp(cursor, 0, count - 1);
  return keepInView({ ...state, cursor: next, detailScroll: next === state.cursor ? state.detailScroll : 0 });
}

/** Re-filters, keeping the selected claim selected if it is still shown, else the next one after it. */
function refilter(state: ReviewState, filter: Filter, search: string): ReviewState {
  const before = state.visible[state.cursor];
  const visible = computeVisible(state.claims, filter, search);
  let cursor = 0;
  if (before !== undefined && visible.length > 0) {
    const at = visible.findIndex((i) => i >= before);
    cursor = at === -1 ? visible.length - 1 : at;
  }
  const changed = visible[cursor] !== before;
  return keepInView({ ...state, filter, search, visible, cursor, detailScroll: changed ? 0 : state.detailScroll });
}

function info(text: string): Message {
  return { text, tone: 'info' };
}

function warn(text: string): Message {
  return { text, tone: 'warn' };
}

function claimLabel(claim: ClaimResult): string {
  return `“${truncate(oneLine(claim.text), 40)}”`;
}

function scrollDetail(state: ReviewState, delta: number): ReviewState {
  const max = Math.max(0, detailLineCount(state) - stateLayout(state).detailRows);
  return { ...state, detailScroll: clamp(state.detailScroll + delta, 0, max) };
}

function decisionFor(claim: ClaimResult, status: DecisionStatus, prev: Decision | undefined, at: string, reason: string, verdict?: Verdict): Decision {
  const decision: Decision = { claimText: claim.text, start: claim.span.start, status };
  if (verdict) decision.verdict = verdict;
  if (reason !== '') decision.reason = reason;
  if (prev?.note) decision.note = prev.note;
  decision.decidedAt = at;
  return decision;
}

function setDecision(state: ReviewState, claimId: string, decision: Decision | undefined): Readonly<Record<string, Decision>> {
  const next = { ...state.decisions };
  if (decision) next[claimId] = decision;
  else delete next[claimId];
  return next;
}

/** Counts of open problems (unsupported or contradictory, not accepted; or flagged for rewrite). */
export function openProblems(state: ReviewState): number {
  return state.claims.filter((c) => needsAttention(c, state.decisions[c.id])).length;
}

function nextProblem(state: ReviewState, direction: 1 | -1): ReviewState {
  const count = state.visible.length;
  for (let step = 1; step <= count; step++) {
    const at = (((state.cursor + direction * step) % count) + count) % count;
    const claim = state.claims[state.visible[at]!]!;
    if (needsAttention(claim, state.decisions[claim.id])) {
      const wrapped = direction === 1 ? at <= state.cursor : at >= state.cursor;
      const moved = select(state, at);
      return { ...moved, message: wrapped && at !== state.cursor ? info(`Wrapped round to the ${direction === 1 ? 'top' : 'bottom'}`) : undefined };
    }
  }
  const hidden = openProblems(state) > 0 && (state.filter !== 'all' || state.search !== '');
  return { ...state, message: info(hidden ? 'No open problems in this view (the filter or search hides some)' : 'No open problems') };
}

export function reduce(state: ReviewState, action: Action): ReviewState {
  switch (action.type) {
    case 'progress':
      return { ...state, step: action.step };
    case 'loaded': {
      if (action.fixed !== undefined) return reloaded(state, action, action.fixed);
      const restored = Object.keys(action.decisions).length;
      const loaded: ReviewState = {
        ...state,
        phase: 'ready',
        claims: action.claims,
        sources: action.sources,
        notices: action.notices,
        decisions: action.decisions,
        orphans: action.orphans,
        cursor: 0,
        listTop: 0,
        detailScroll: 0,
      };
      const next = refilter(loaded, state.filter, state.search);
      let message: Message | undefined;
      if (action.orphans.length > 0) {
        message = warn(`${action.orphans.length} saved decision${action.orphans.length === 1 ? ' matches' : 's match'} no claim of this draft any more — press D to see`);
      } else if (restored > 0) {
        message = info(`Restored ${restored} decision${restored === 1 ? '' : 's'} from ${state.reviewFile}`);
      } else if (action.claims.length === 0) {
        message = warn('No quotes or claims found in this draft');
      }
      return { ...next, message };
    }
    case 'resize':
      return keepInView({ ...state, size: action.size });
    case 'quit':
      return { ...state, quit: true };
    case 'saved':
      return { ...state, message: info(`${state.message && state.message.tone === 'info' ? state.message.text + ' — ' : ''}saved to ${action.path}`) };
    case 'saveFailed':
      return { ...state, message: { text: `Could not save decisions: ${action.error}`, tone: 'error' } };
    case 'exported':
      return { ...state, message: info(`Exported ${action.format} to ${action.path}`) };
    case 'exportFailed':
      return { ...state, message: { text: `Could not export: ${action.error}`, tone: 'error' } };
    case 'fixFailed':
      return { ...state, phase: 'ready', message: { text: `Could not fix: ${action.error}`, tone: 'error' } };
    default:
      break;
  }
  if (state.phase !== 'ready') return state;

  const mode = state.mode;
  const claim = selectedClaim(state);
  switch (action.type) {
    case 'move':
      if (state.focus === 'detail') return scrollDetail(state, action.delta);
      return { ...select(state, state.cursor + action.delta), message: undefined };
    case 'page': {
      const l = stateLayout(state);
      if (state.focus === 'detail') return scrollDetail(state, action.direction * Math.max(1, l.detailRows - 1));
      return select(state, state.cursor + action.direction * Math.max(1, l.listRows - 1));
    }
    case 'top':
      if (state.focus === 'detail') return { ...state, detailScroll: 0 };
      return select(state, 0);
    case 'bottom':
      if (state.focus === 'detail') return scrollDetail(state, Number.MAX_SAFE_INTEGER);
      return select(state, state.visible.length - 1);
    case 'focus':
      return { ...state, focus: action.focus ?? (state.focus === 'list' ? 'detail' : 'list') };
    case 'cycleFilter': {
      const at = FILTERS.indexOf(state.filter);
      const filter = FILTERS[(at + action.direction + FILTERS.length) % FILTERS.length]!;
      const next = refilter(state, filter, state.search);
      return { ...next, message: info(filter === 'all' ? 'Showing all claims' : `Showing ${filter} claims only (${next.visible.length}) — f for the next verdict`) };
    }
    case 'searchStart':
      return { ...state, mode: { kind: 'search', input: state.search, before: state.search } };
    case 'edit': {
      if (mode.kind !== 'search' && mode.kind !== 'prompt') return state;
      let input = mode.input;
      if (action.clear) input = '';
      if (action.backspace) input = [...input].slice(0, -1).join('');
      if (action.insert) input += action.insert;
      if (mode.kind === 'search') return { ...refilter(state, state.filter, input), mode: { ...mode, input } };
      return { ...state, mode: { ...mode, input } };
    }
    case 'searchSubmit': {
      if (mode.kind !== 'search') return state;
      const next = { ...state, mode: { kind: 'browse' } as Mode };
      return {
        ...next,
        message: mode.input.trim() === '' ? info('Search cleared') : info(`${state.visible.length} claim${state.visible.length === 1 ? ' contains' : 's contain'} “${mode.input}” — Esc clears`),
      };
    }
    case 'searchCancel':
      if (mode.kind !== 'search') return state;
      return { ...refilter(state, state.filter, mode.before), mode: { kind: 'browse' } };
    case 'escape':
      if (mode.kind !== 'browse') return reduce(state, { type: mode.kind === 'search' ? 'searchCancel' : mode.kind === 'help' || mode.kind === 'orphans' ? 'closeOverlay' : 'promptCancel' });
      if (state.search !== '') return { ...refilter(state, state.filter, ''), message: info('Search cleared') };
      return { ...state, quit: true };
    case 'nextProblem':
      return nextProblem(state, action.direction);
    case 'help':
      return { ...state, mode: mode.kind === 'help' ? { kind: 'browse' } : { kind: 'help', scroll: 0 } };
    case 'helpScroll': {
      if (mode.kind !== 'help') return state;
      const max = Math.max(0, helpLines(overlayWidth(state)).length - overlayRows(state));
      return { ...state, mode: { kind: 'help', scroll: clamp(mode.scroll + action.delta, 0, max) } };
    }
    case 'orphans':
      return { ...state, mode: mode.kind === 'orphans' ? { kind: 'browse' } : { kind: 'orphans' } };
    case 'closeOverlay':
      return mode.kind === 'help' || mode.kind === 'orphans' ? { ...state, mode: { kind: 'browse' } } : state;
    case 'discardOrphans':
      if (mode.kind !== 'orphans' || state.orphans.length === 0) return state;
      return { ...state, orphans: [], mode: { kind: 'browse' }, message: info(`Discarded ${state.orphans.length} decision${state.orphans.length === 1 ? '' : 's'} that matched no claim`) };
    case 'decide': {
      if (!claim) return state;
      const prev = state.decisions[claim.id];
      const purpose: PromptPurpose = action.status === 'accepted' ? 'accept' : 'rewrite';
      return { ...state, mode: { kind: 'prompt', purpose, input: prev?.status === action.status ? (prev.reason ?? '') : '' } };
    }
    case 'overrideStart':
      if (!claim) return state;
      return { ...state, mode: { kind: 'override' } };
    case 'overridePick': {
      if (!claim || mode.kind !== 'override') return state;
      if (action.verdict === claim.verdict) {
        return { ...state, message: warn(`The tool already says ${claim.verdict}; pick another verdict, or Esc and a to accept`) };
      }
      const prev = state.decisions[claim.id];
      return { ...state, mode: { kind: 'prompt', purpose: 'override', verdict: action.verdict, input: prev?.status === 'overridden' ? (prev.reason ?? '') : '' }, message: undefined };
    }
    case 'noteStart': {
      if (!claim) return state;
      const prev = state.decisions[claim.id];
      if (!prev) return { ...state, message: warn('Decide first (a accept, o override, r rewrite), then add a note') };
      return { ...state, mode: { kind: 'prompt', purpose: 'note', input: prev.note ?? '' } };
    }
    case 'promptSubmit': {
      if (mode.kind !== 'prompt' || !claim) return state;
      const prev = state.decisions[claim.id];
      const text = oneLine(mode.input);
      let decision: Decision;
      let said: string;
      if (mode.purpose === 'note') {
        if (!prev) return { ...state, mode: { kind: 'browse' } };
        decision = { ...prev };
        if (text === '') delete decision.note;
        else decision.note = text;
        said = text === '' ? 'Note removed' : 'Note added';
      } else if (mode.purpose === 'override') {
        decision = decisionFor(claim, 'overridden', prev, action.at, text, mode.verdict);
        said = `Overridden to ${mode.verdict}`;
      } else {
        const status: DecisionStatus = mode.purpose === 'accept' ? 'accepted' : 'rewrite';
        decision = decisionFor(claim, status, prev, action.at, text);
        said = status === 'accepted' ? 'Accepted' : 'Flagged for rewrite';
      }
      return keepInView({ ...state, decisions: setDecision(state, claim.id, decision), mode: { kind: 'browse' }, message: info(`${said}: ${claimLabel(claim)}`) });
    }
    case 'promptCancel':
      if (mode.kind !== 'prompt' && mode.kind !== 'override') return state;
      return { ...state, mode: { kind: 'browse' }, message: info('Cancelled, nothing changed') };
    case 'clearDecision':
      if (!claim || !state.decisions[claim.id]) return state;
      return keepInView({ ...state, decisions: setDecision(state, claim.id, undefined), message: info(`Decision cleared: ${claimLabel(claim)}`) });
    case 'applyFix': {
      if (!claim) return state;
      if (quoteFix(claim) === undefined) return { ...state, message: warn("Only a misquote can take the source's words (this claim has none to use)") };
      return { ...state, phase: 'loading', step: `Writing the source's words into ${state.draft} and checking it again`, message: undefined };
    }
    case 'export':
      return state;
    default:
      return state;
  }
}

/** The draft checked again after a fix: the same filter, search and place in the list. */
function reloaded(state: ReviewState, loaded: Loaded, path: string): ReviewState {
  const { claims, sources, notices, decisions, orphans } = loaded;
  const next = refilter({ ...state, claims, sources, notices, decisions, orphans, phase: 'ready', detailScroll: 0 }, state.filter, state.search);
  return { ...keepInView({ ...next, cursor: Math.min(state.cursor, Math.max(0, next.visible.length - 1)) }), message: info(`Used the source's words in ${path}; checked again`) };
}

export type Effect = { type: 'save' } | { type: 'export' } | { type: 'quit' } | { type: 'fix'; claim: ClaimResult };

/** What the session must do after `action` took `prev` to `next`: save the review file when the
 * decisions changed, export when asked, leave when quitting. */
export function effectsFor(prev: ReviewState, next: ReviewState, action: Action): Effect[] {
  const effects: Effect[] = [];
  if (prev.phase === 'ready' && (prev.decisions !== next.decisions || prev.orphans !== next.orphans)) effects.push({ type: 'save' });
  if (action.type === 'export' && next.phase === 'ready') effects.push({ type: 'export' });
  if (action.type === 'applyFix' && prev.phase === 'ready' && next.phase === 'loading') effects.push({ type: 'fix', claim: selectedClaim(prev)! });
  if (next.quit && !prev.quit) effects.push({ type: 'quit' });
  return effects;
}

/** The summary line's counts: "V10 P8 U13 C0 -0". */
export function verdictCounts(claims: readonly ClaimResult[]): string {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const c of claims) counts[c.verdict]++;
  return VERDICTS.map((v) => `${VERDICT_LETTER[v]}${counts[v]}`).join(' ');
}
