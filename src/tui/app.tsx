// The ink components of the review screen. They render state and turn key presses into actions;
// everything they show comes from view.ts, everything they change goes through the reducer.
import { basename } from 'node:path';
import { Box, Text, useInput } from 'ink';
import { visible } from '../report/sanitize.js';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { feedInput } from './input.js';
import { helpLines } from './keys.js';
import type { Session } from './session.js';
import {
  detailLineCount,
  openProblems,
  overlayRows,
  overlayWidth,
  selectedClaim,
  sourceTitles,
  stateLayout,
  verdictCounts,
  type ReviewState,
} from './state.js';
import { fit, truncate, wrap, type Line } from './text.js';
import { describeDecision, detailLines, footerHints, listRows, MIN_SIZE, noticeLines, VERDICT_COLOR, VERDICT_LETTER } from './view.js';

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

function Spinner() {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setFrame((f) => (f + 1) % SPINNER.length), 80);
    return () => clearInterval(timer);
  }, []);
  return <Text color="cyan">{SPINNER[frame]}</Text>;
}

function StyledLine({ line }: { line: Line }) {
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((seg, i) => (
        <Text
          key={i}
          color={seg.style?.color}
          bold={seg.style?.bold}
          dimColor={seg.style?.dim}
          underline={seg.style?.underline}
          inverse={seg.style?.inverse}
        >
          {visible(seg.text)}
        </Text>
      ))}
    </Text>
  );
}

function Lines({ lines, count }: { lines: readonly Line[]; count: number }) {
  const shown = lines.slice(0, count);
  return (
    <>
      {shown.map((line, i) => (
        <StyledLine key={i} line={line} />
      ))}
      {Array.from({ length: Math.max(0, count - shown.length) }, (_, i) => (
        <Text key={`pad${i}`}> </Text>
      ))}
    </>
  );
}

function Header({ state }: { state: ReviewState }) {
  const { columns } = state.size;
  const decided = Object.keys(state.decisions).length;
  const counts = ` · ${state.claims.length} claims ${verdictCounts(state.claims)} · open ${openProblems(state)} · decided ${decided}${state.orphans.length ? ` · unmatched ${state.orphans.length}` : ''}`;
  // the whole path if it fits, else the file name, so the counts stay on screen
  const full = `claimcheck review · ${state.draft}`;
  const head = full.length + counts.length <= columns ? full : truncate(basename(state.draft), Math.max(12, columns - counts.length));
  const notices = noticeLines(state.notices, columns);
  return (
    <>
      <Text bold wrap="truncate-end">
        {truncate(head + counts, columns)}
      </Text>
      <Lines lines={notices} count={notices.length} />
    </>
  );
}

function ClaimList({ state, width, height, rows }: { state: ReviewState; width: number; height: number; rows: number }) {
  const focused = state.focus === 'list';
  const inner = Math.max(1, width - 2);
  const shown = listRows(state.claims, state.visible, state.decisions, state.cursor, state.listTop, rows, inner);
  const filter = state.filter === 'all' ? 'all' : `${VERDICT_LETTER[state.filter]} ${state.filter}`;
  const position = state.visible.length === 0 ? '0/0' : `${state.cursor + 1}/${state.visible.length}`;
  const title = `${focused ? '▶ ' : '  '}Claims ${position} · filter: ${filter}${state.search ? ` · search: “${state.search}”` : ''}`;
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={focused ? 'blue' : 'gray'} width={width} height={height}>
      <Text bold={focused} wrap="truncate-end">
        {fit(title, inner)}
      </Text>
      {shown.map((row) => (
        <Text key={row.claimIndex} wrap="truncate-end" inverse={row.selected && focused} bold={row.selected}>
          {row.cursor}
          <Text color={VERDICT_COLOR[row.verdict]} bold>
            {row.badge}
          </Text>{' '}
          {row.mark} {row.text}
          <Text dimColor>{row.locator}</Text>
        </Text>
      ))}
      {state.visible.length === 0 ? (
        <Text dimColor wrap="truncate-end">
          {state.claims.length === 0 ? '  No claims in this draft.' : '  No claims match — f changes the filter, Esc clears the search.'}
        </Text>
      ) : null}
      {Array.from({ length: Math.max(0, rows - shown.length - (state.visible.length === 0 ? 1 : 0)) }, (_, i) => (
        <Text key={`pad${i}`}> </Text>
      ))}
    </Box>
  );
}

function Detail({ state, width, height, rows, textWidth }: { state: ReviewState; width: number; height: number; rows: number; textWidth: number }) {
  const focused = state.focus === 'detail';
  const claim = selectedClaim(state);
  const lines = claim ? detailLines(claim, state.decisions[claim.id], textWidth, sourceTitles(state)) : [];
  const total = claim ? detailLineCount(state) : 0;
  const from = state.detailScroll;
  const more = total > from + rows;
  const title = `${focused ? '▶ ' : '  '}Detail${total > rows ? ` · lines ${from + 1}–${Math.min(total, from + rows)} of ${total}${more ? ' ↓' : ''}` : ''}`;
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={focused ? 'blue' : 'gray'} width={width} height={height} paddingX={1}>
      <Text bold={focused} wrap="truncate-end">
        {fit(title, textWidth)}
      </Text>
      {claim ? <Lines lines={lines.slice(from)} count={rows} /> : <Lines lines={[[{ text: 'Nothing selected.' }]]} count={rows} />}
    </Box>
  );
}

function Overlay({ state, title, lines, scroll }: { state: ReviewState; title: string; lines: readonly Line[]; scroll: number }) {
  const l = stateLayout(state);
  const height = l.stacked ? l.listHeight + l.detailHeight : l.listHeight;
  const rows = overlayRows(state);
  return (
    <Box flexDirection="column" borderStyle="double" borderColor="blue" width={state.size.columns} height={height} paddingX={1}>
      <Text bold wrap="truncate-end">
        {title}
      </Text>
      <Lines lines={lines.slice(scroll)} count={rows} />
    </Box>
  );
}

function orphanLines(state: ReviewState): Line[] {
  const width = overlayWidth(state);
  const lines: Line[] = [
    [{ text: `These decisions are kept in ${state.reviewFile} but match no claim of the draft as it is now.`, style: { dim: true } }],
    [],
  ];
  for (const d of state.orphans) {
    lines.push([{ text: truncate(`• ${describeDecision(d)}`, width), style: { bold: true } }]);
    lines.push([{ text: truncate(`  “${d.claimText.replace(/\s+/g, ' ')}” (was at offset ${d.start})`, width) }]);
    if (d.note) lines.push([{ text: truncate(`  Note: ${d.note}`, width), style: { dim: true } }]);
  }
  if (state.orphans.length === 0) lines.push([{ text: 'None: every saved decision matches a claim.' }]);
  return lines;
}

const PROMPT_LABEL = {
  accept: 'Accept — reason (optional)',
  rewrite: 'Flag for rewrite — reason (optional)',
  override: 'Override — reason (optional)',
  note: 'Note',
} as const;

function Footer({ state }: { state: ReviewState }) {
  const { columns } = state.size;
  const mode = state.mode;
  if (mode.kind === 'search') {
    return <Text wrap="truncate-end">{truncate(`/${mode.input}▏  (Enter keep · Esc cancel)`, columns)}</Text>;
  }
  if (mode.kind === 'override') {
    return (
      <Text color="magenta" wrap="truncate-end">
        {truncate('Override to: v verbatim · p paraphrased · u unsupported · c contradictory · - unchecked · Esc cancel', columns)}
      </Text>
    );
  }
  if (mode.kind === 'prompt') {
    const label = mode.purpose === 'override' ? `Override to ${mode.verdict} — reason (optional)` : PROMPT_LABEL[mode.purpose];
    // the longest wording that leaves half the line for typing
    const head = [`${label}, Enter saves, Esc cancels: `, `${label}: `, mode.purpose === 'note' ? 'Note: ' : 'Reason: '].find((h) => h.length <= columns / 2) ?? '> ';
    const room = Math.max(4, columns - head.length - 1);
    const input = mode.input.length > room ? '…' + mode.input.slice(-(room - 1)) : mode.input;
    return (
      <Text wrap="truncate-end">
        <Text color="magenta">{head}</Text>
        {visible(input)}▏
      </Text>
    );
  }
  if (mode.kind === 'help') return <Text dimColor wrap="truncate-end">{truncate('j/k scroll · ? or Esc back · q quit', columns)}</Text>;
  if (mode.kind === 'orphans') return <Text dimColor wrap="truncate-end">{truncate('x discard these decisions · D or Esc back · q quit', columns)}</Text>;
  if (state.message) {
    const color = state.message.tone === 'error' ? 'red' : state.message.tone === 'warn' ? 'yellow' : 'green';
    return (
      <Text color={color} wrap="truncate-end">
        {truncate(state.message.text, columns)}
      </Text>
    );
  }
  return (
    <Text dimColor wrap="truncate-end">
      {footerHints(columns)}
    </Text>
  );
}

/** One frame of the review screen for a state. */
export function Screen({ state }: { state: ReviewState }) {
  const { columns, rows } = state.size;
  if (state.phase === 'loading') {
    return (
      <Box flexDirection="column" width={columns}>
        <Text bold>claimcheck review</Text>
        <Text>
          <Spinner /> {visible(state.step)}…
        </Text>
      </Box>
    );
  }
  const l = stateLayout(state);
  if (l.tooSmall) {
    const lines = wrap([{ text: `Make the terminal at least ${MIN_SIZE.columns}×${MIN_SIZE.rows} (it is ${columns}×${rows}). q quits.` }], columns);
    return (
      <Box flexDirection="column">
        <Lines lines={lines} count={Math.min(lines.length, Math.max(1, rows - 1))} />
      </Box>
    );
  }
  let body;
  if (state.mode.kind === 'help') {
    body = <Overlay state={state} title="Keys" lines={helpLines(overlayWidth(state))} scroll={state.mode.scroll} />;
  } else if (state.mode.kind === 'orphans') {
    body = <Overlay state={state} title={`Decisions that match no claim (${state.orphans.length})`} lines={orphanLines(state)} scroll={0} />;
  } else if (l.stacked) {
    body = (
      <Box flexDirection="column">
        <ClaimList state={state} width={columns} height={l.listHeight} rows={l.listRows} />
        <Detail state={state} width={columns} height={l.detailHeight} rows={l.detailRows} textWidth={l.detailWidth} />
      </Box>
    );
  } else {
    const listOuter = l.listWidth + 2;
    body = (
      <Box flexDirection="row">
        <ClaimList state={state} width={listOuter} height={l.listHeight} rows={l.listRows} />
        <Detail state={state} width={columns - listOuter} height={l.detailHeight} rows={l.detailRows} textWidth={l.detailWidth} />
      </Box>
    );
  }
  return (
    <Box flexDirection="column" width={columns}>
      <Header state={state} />
      {body}
      <Footer state={state} />
    </Box>
  );
}

/** The review app: renders the session's state and sends it the actions keys ask for. */
export function ReviewApp({ session, now = () => new Date().toISOString() }: { session: Session; now?: () => string }) {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  useInput((input, key) => feedInput(session, input, key, now));
  return <Screen state={state} />;
}
