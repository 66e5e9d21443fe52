// What the screen shows, as plain data computed from state: the layout for a terminal size, the
// rows of the claim list, the lines of the detail pane. Pure functions; the reducer uses them to
// keep the selection and the scroll in view, the ink components to print.
import type { Decision } from '../review/store.js';
import type { ClaimResult, DiffPart, Evidence, Reason, Verdict } from '../types.js';
import { fit, oneLine, truncate, wrap, type Line, type Seg, type Style } from './text.js';
import { LEVELS } from '../severity.js';

export interface Size {
  columns: number;
  rows: number;
}

export const MIN_SIZE: Size = { columns: 40, rows: 12 };

export interface Layout {
  tooSmall: boolean;
  /** List above detail (narrow terminals) or beside it. */
  stacked: boolean;
  /** Rows of claims shown at once (inside the list pane, below its title). */
  listRows: number;
  listWidth: number;
  /** Lines of detail shown at once (inside the detail pane, below its title). */
  detailRows: number;
  detailWidth: number;
  /** Outer heights of the panes, borders included. */
  listHeight: number;
  detailHeight: number;
  /** Lines above the panes: the header and the document's notices (up to two lines). */
  headerRows: number;
}

/**
 * Splits the terminal: one header line (plus up to two for document notices), the panes, one footer line,
 * and one spare line at the bottom so ink never fills the whole screen (it clears and redraws
 * everything when it does, which flickers). Side by side from 110 columns, stacked below that.
 */
export function layout(size: Size, noticeLines = 0): Layout {
  const columns = Math.max(1, size.columns);
  const rows = Math.max(1, size.rows);
  const headerRows = 1 + Math.min(2, noticeLines);
  const tooSmall = columns < MIN_SIZE.columns || rows < MIN_SIZE.rows;
  const paneSpace = Math.max(0, rows - headerRows - 2); // footer + spare line
  const stacked = columns < 110;
  if (stacked) {
    // each pane: border top and bottom, one title line
    const inner = Math.max(0, paneSpace - 6);
    const listRows = Math.max(1, Math.min(Math.floor(inner * 0.4), 12));
    const detailRows = Math.max(1, inner - listRows);
    return {
      tooSmall,
      stacked,
      listRows,
      listWidth: Math.max(1, columns - 2),
      detailRows,
      detailWidth: Math.max(1, columns - 4),
      listHeight: listRows + 3,
      detailHeight: detailRows + 3,
      headerRows,
    };
  }
  const listOuter = Math.floor(columns * 0.42);
  const inner = Math.max(1, paneSpace - 3);
  return {
    tooSmall,
    stacked,
    listRows: inner,
    listWidth: Math.max(1, listOuter - 2),
    detailRows: inner,
    detailWidth: Math.max(1, columns - listOuter - 4),
    listHeight: inner + 3,
    detailHeight: inner + 3,
    headerRows,
  };
}

export const VERDICT_LETTER: Record<Verdict, string> = {
  verbatim: 'V',
  paraphrased: 'P',
  unsupported: 'U',
  contradictory: 'C',
  unchecked: '-',
};

export const VERDICT_COLOR: Record<Verdict, string> = {
  verbatim: 'green',
  paraphrased: 'cyan',
  unsupported: 'yellow',
  contradictory: 'red',
  unchecked: 'gray',
};

export const LETTER_VERDICT: Record<string, Verdict> = {
  v: 'verbatim',
  p: 'paraphrased',
  u: 'unsupported',
  c: 'contradictory',
  '-': 'unchecked',
};

/** Three cells saying what the reviewer decided: "ok" accepted, "→P" overridden to paraphrased,
 * "rw" flagged for rewrite, then "*" when there is a note. Readable without colour. */
export function decisionMark(decision: Decision | undefined): string {
  if (!decision) return '   ';
  const status =
    decision.status === 'accepted' ? 'ok' : decision.status === 'rewrite' ? 'rw' : `→${decision.verdict ? VERDICT_LETTER[decision.verdict] : '?'}`;
  return status + (decision.note ? '*' : ' ');
}

/** How a claim's text reads in one line of the list: quotes in quotation marks. */
export function shortText(claim: Pick<ClaimResult, 'text' | 'kind'>): string {
  const text = oneLine(claim.text);
  return claim.kind === 'quote' ? `“${text}”` : text;
}

export interface ListRow {
  claimIndex: number;
  selected: boolean;
  cursor: string;
  badge: string;
  verdict: Verdict;
  mark: string;
  text: string;
  locator: string;
}

/** Where in the source the best evidence is, in a few words ("para 17", "judgement table, row 3"). */
export function shortLocator(claim: ClaimResult): string {
  const best = claim.evidence[0];
  if (!best) return '';
  return best.locator;
}

/** The rows the list shows: only the window [top, top + count). Never builds the rest. */
export function listRows(
  claims: readonly ClaimResult[],
  visible: readonly number[],
  decisions: Readonly<Record<string, Decision>>,
  cursor: number,
  top: number,
  count: number,
  width: number,
): ListRow[] {
  const rows: ListRow[] = [];
  const end = Math.min(visible.length, top + count);
  for (let i = top; i < end; i++) {
    const claimIndex = visible[i]!;
    const claim = claims[claimIndex]!;
    const selected = i === cursor;
    const locatorFull = shortLocator(claim);
    // "> [C] ok* text…  para 17"
    const fixed = 2 + 3 + 1 + 3 + 1;
    const locatorWidth = width >= 60 ? Math.min(22, Math.floor(width * 0.3)) : 0;
    const textWidth = Math.max(1, width - fixed - (locatorWidth > 0 ? locatorWidth + 1 : 0));
    const text = truncate(shortText(claim), textWidth);
    rows.push({
      claimIndex,
      selected,
      cursor: selected ? '> ' : '  ',
      badge: `[${VERDICT_LETTER[claim.verdict]}]`,
      verdict: claim.verdict,
      mark: decisionMark(decisions[claim.id]),
      text: fit(text, textWidth),
      locator: locatorWidth > 0 ? ' ' + fit(locatorFull, locatorWidth) : '',
    });
  }
  return rows;
}

const LABEL: Style = { bold: true };
const DIM: Style = { dim: true };
const CLAIM_IN_CONTEXT: Style = { bold: true, underline: true };
const DELETED: Style = { color: 'red' };
const INSERTED: Style = { color: 'green' };

const SEVERITY_MARK: Record<Reason['severity'], { text: string; style: Style }> = {
  error: { text: LEVELS.error.mark, style: { color: 'red', bold: true } },
  warning: { text: LEVELS.warning.mark, style: { color: 'yellow', bold: true } },
  info: { text: LEVELS.info.mark, style: { color: 'blue' } },
};

/** Where a passage is: its locator, then the section and page when the locator does not say them. */
export function fullLocator(evidence: Evidence): string {
  const parts = [evidence.locator];
  if (evidence.section && !evidence.locator.toLowerCase().includes(evidence.section.toLowerCase())) {
    parts.push(`section “${evidence.section}”`);
  }
  if (evidence.paragraph !== undefined && !/\d/.test(evidence.locator)) parts.push(`paragraph ${evidence.paragraph}`);
  if (evidence.span.page !== undefined && !/\bp\.\s*\d/.test(evidence.locator)) parts.push(`p. ${evidence.span.page}`);
  return parts.join(', ');
}

/** The diff as text segments: [-only in source-] {+only in draft+}, coloured too. */
export function diffSegs(diff: readonly DiffPart[]): Seg[] {
  const segs: Seg[] = [];
  diff.forEach((part, i) => {
    if (i > 0) segs.push({ text: ' ' });
    if (part.op === 'equal') segs.push({ text: part.text });
    else if (part.op === 'delete') segs.push({ text: `[-${part.text}-]`, style: DELETED });
    else segs.push({ text: `{+${part.text}+}`, style: INSERTED });
  });
  return segs;
}

/** The claim inside its draft sentence, marked »like this« (bold and underlined where styles show). */
export function contextSegs(claim: ClaimResult): Seg[] {
  const context = claim.context;
  // the marks go inside the claim's segment, so a line never breaks between a mark and its word
  if (!context) return [{ text: `»${claim.text}«`, style: CLAIM_IN_CONTEXT }];
  const from = claim.span.start - context.span.start;
  const to = claim.span.end - context.span.start;
  if (from < 0 || to > context.text.length || from >= to) {
    return [{ text: context.text }];
  }
  return [
    { text: context.text.slice(0, from) },
    { text: `»${context.text.slice(from, to)}«`, style: CLAIM_IN_CONTEXT },
    { text: context.text.slice(to) },
  ];
}

function heading(text: string, extra?: string): Line {
  const line: Line = [{ text, style: LABEL }];
  if (extra) line.push({ text: ` ${extra}`, style: DIM });
  return line;
}

function formatTime(iso: string | undefined): string {
  if (!iso) return '';
  return iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
}

/** A decision in words: "Accepted — quote is from the 2025 letter". */
/** The document's notices as at most two lines of the header ("⚠ The draft is about Lambeth…"). */
export function noticeLines(notices: readonly Reason[], width: number): Line[] {
  if (notices.length === 0) return [];
  const more = notices.length > 1 ? ` (+${notices.length - 1} more)` : '';
  const lines = wrap([{ text: `⚠ ${notices[0]!.message}${more}`, style: { color: 'yellow' } }], width, 0);
  if (lines.length <= 2) return lines;
  const second = lines[1]!.map((seg) => ({ ...seg }));
  const last = second[second.length - 1];
  if (last) last.text = truncate(last.text + ' ', Math.max(1, last.text.length));
  return [lines[0]!, second];
}

export function describeDecision(decision: Decision): string {
  const what =
    decision.status === 'accepted'
      ? 'Accepted'
      : decision.status === 'rewrite'
        ? 'Flagged for rewrite'
        : `Overridden to ${decision.verdict ?? '?'}`;
  return decision.reason ? `${what} — ${decision.reason}` : what;
}

/**
 * Every line of the detail pane for one claim, wrapped to `width`: the reasons, the claim in its
 * draft sentence, the best evidence with where it is, the word diff, other candidate passages, and
 * the reviewer's decision.
 */
export function detailLines(claim: ClaimResult, decision: Decision | undefined, width: number, sourceTitles: Readonly<Record<string, string>> = {}): Line[] {
  const lines: Line[] = [];
  const blank = () => lines.push([]);
  const block = (segs: Seg[]) => lines.push(...wrap(segs, width, 2));
  const verdictStyle: Style = { color: VERDICT_COLOR[claim.verdict], bold: true };

  lines.push(
    ...wrap(
      [
        { text: `[${VERDICT_LETTER[claim.verdict]}] ${claim.verdict}`, style: verdictStyle },
        { text: ` · ${claim.kind} · confidence ${claim.confidence.toFixed(2)} · draft line ${claim.span.line}`, style: DIM },
      ],
      width,
    ),
  );
  // the reason first: on an 80×24 terminal it is what must be on screen without scrolling
  if (claim.reasons.length > 0) {
    blank();
    lines.push(heading('Why'));
    for (const reason of claim.reasons) {
      const mark = SEVERITY_MARK[reason.severity];
      lines.push(...wrap([{ text: mark.text, style: mark.style }, { text: ` ${reason.rule}`, style: DIM }, { text: ` ${reason.message}` }], width, 2));
    }
  }
  blank();
  lines.push(heading('In the draft'));
  block(contextSegs(claim));

  const best = claim.evidence[0];
  blank();
  if (best) {
    const title = sourceTitles[best.source];
    lines.push(...wrap([{ text: 'Best evidence', style: LABEL }, { text: ` ${best.source} · ${fullLocator(best)} · match ${best.score.toFixed(2)}${title ? ` · ${title}` : ''}`, style: DIM }], width));
    block([{ text: best.text }]);
  } else {
    lines.push(heading('Best evidence'));
    const none = claim.verdict === 'unchecked' ? 'None: this was not checked against the source.' : 'No passage of the source supports this.';
    block([{ text: none, style: DIM }]);
  }

  if (claim.diff && claim.diff.length > 0 && claim.diff.some((p) => p.op !== 'equal')) {
    blank();
    lines.push(...wrap([{ text: 'Difference', style: LABEL }, { text: ' [-only in source-] {+only in draft+}', style: DIM }], width));
    block(diffSegs(claim.diff));
  }

  const others = claim.evidence.slice(1);
  if (others.length > 0) {
    blank();
    lines.push(heading(`Other passages (${others.length})`));
    others.forEach((ev, i) => {
      lines.push(...wrap([{ text: `${i + 2}. ${ev.source} · ${fullLocator(ev)} · match ${ev.score.toFixed(2)}`, style: DIM }], width, 2));
      lines.push(...wrap([{ text: ev.text }], width, 5));
    });
  }

  blank();
  lines.push(heading('Your decision'));
  if (decision) {
    block([{ text: describeDecision(decision), style: { bold: true } }, { text: decision.decidedAt ? ` (${formatTime(decision.decidedAt)})` : '', style: DIM }]);
    if (decision.note) block([{ text: 'Note: ', style: DIM }, { text: decision.note }]);
  } else {
    block([{ text: 'None yet — a accept · o override · r rewrite', style: DIM }]);
  }
  return lines;
}

const HINT_PARTS = ['j/k move', 'n/N problem', 'a accept', 'o override', 'r rewrite', 'w fix', '/ search', 'f filter', 'c note', 'e export', 'Enter detail'];
const HINT_END = '? help · q quit';

/** The footer's key hints for a width: as many as fit, most used first, always ending with how to
 * get help and how to leave. */
export function footerHints(columns: number): string {
  const parts: string[] = [];
  for (const part of HINT_PARTS) {
    if ([...parts, part, HINT_END].join(' · ').length > columns) break;
    parts.push(part);
  }
  return truncate([...parts, HINT_END].join(' · '), columns);
}
