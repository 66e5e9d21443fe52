/* eslint-disable no-control-regex -- these tests look for control characters */
// Hostile text in drafts, sources and file names must reach no terminal, Markdown renderer or XML
// parser raw (issue 17, items 1, 3 and 16).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { applyGate } from '../../src/report/gate.js';
import { formatResult, type Format } from '../../src/report/format.js';
import { markdownCode, visible, xmlChars } from '../../src/report/sanitize.js';
import { truncate, wrap } from '../../src/tui/text.js';
import { detailLines } from '../../src/tui/view.js';
import { rules, runCapture, source, SOURCE_PATH, text } from '../helpers.js';

// a window title, a screen clear, a cursor move, an OSC 8 link, a C1 CSI and a bell
const ESCAPES = '\u001b]0;pwned\u0007\u001b[2J\u001b[10;10H\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\\u009b31m';
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

const hostile = () => {
  const draft = text(`Ofsted said: \u201CStaff describe leaders as approachable${ESCAPES}, visible and supportive.\u201D\nThe council said <img src=x onerror=alert(1)> [link](javascript:alert(1)) was rated outstanding.\n`, `press${ESCAPES}.txt`);
  const src = source();
  src.text += `\nEvidence <script>alert(1)</script> ${ESCAPES} and \uFFFE\uFFFF\uFDD0\uD800 end.\n`;
  return { draft, result: applyGate(check([draft], [src], { rules })) };
};

const options = (draft: { path: string; text: string }) => ({ color: true, cwd: '/', drafts: new Map([[draft.path, draft.text]]) });

describe('terminal escapes in human-facing output', () => {
  it('visible() keeps tab and newline, shows every other control, and keeps the length', () => {
    const all = Array.from({ length: 0xa0 }, (_, i) => String.fromCharCode(i)).join('');
    const out = visible(all);
    expect(out).toHaveLength(all.length);
    expect(out.replace(/[\t\n]/g, '')).not.toMatch(RAW_CONTROL);
    expect(visible('a\tb\nc')).toBe('a\tb\nc');
    expect(visible('\u001b[2J')).toBe('\u241b[2J');
  });

  it.each(['text', 'github'] as Format[])('the %s report carries no raw control character, with colour on or off', (format) => {
    const { draft, result } = hostile();
    for (const color of [true, false]) {
      const out = formatResult(result, format, { ...options(draft), color });
      // the only escapes left are our own colour codes
      const withoutColour = out.replace(/\u001b\[\d+m/g, '');
      expect(withoutColour.replace(/[\t\n]/g, '')).not.toMatch(RAW_CONTROL);
      expect(out).toContain('\u241b]0;pwned\u2407');
    }
  });

  it('the text report written with -o carries none either', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-'));
    const draft = join(dir, 'draft.html');
    // an HTML entity decodes to ESC and BEL: the reader must not smuggle them through
    writeFileSync(draft, '<html><body><p>Ofsted said: \u201CStaff describe leaders as approachable&#x1b;]0;x&#7;, visible and supportive.\u201D</p></body></html>');
    const r = await runCapture(['check', draft, '--source', SOURCE_PATH, '-o', join(dir, 'out.txt'), '--no-color']);
    expect(r.status).toBe(0);
    const { readFileSync } = await import('node:fs');
    const out = readFileSync(join(dir, 'out.txt'), 'utf8');
    expect(out.replace(/[\t\n]/g, '')).not.toMatch(RAW_CONTROL);
    expect(out).toContain('\u241b]0;x\u2407');
  });

  it('an error message naming a file with escapes in its name is one visible line', async () => {
    const r = await runCapture(['check', `missing${ESCAPES}\n.txt`, '--source', SOURCE_PATH]);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.replace(/\n$/, '')).not.toMatch(RAW_CONTROL);
  });

  it('the review screen panes show controls as visible characters', () => {
    const { result } = hostile();
    const claim = result.documents[0]!.claims.find((c) => c.text.includes('\u001b'))!;
    expect(claim).toBeDefined();
    const lines = detailLines(claim, undefined, 60, {});
    for (const line of lines) for (const seg of line) expect(seg.text.replace(/\t/g, '')).not.toMatch(RAW_CONTROL);
    expect(truncate(`x${ESCAPES}`, 10)).not.toMatch(RAW_CONTROL);
    expect(wrap([{ text: ESCAPES }], 20).flat().map((s) => s.text).join('')).not.toMatch(RAW_CONTROL);
  });
});

describe('Markdown output (and so GITHUB_STEP_SUMMARY)', () => {
  it('escapes HTML, links and images from drafts, sources and file names', () => {
    const { draft, result } = hostile();
    const md = formatResult(result, 'markdown', options(draft));
    expect(md).not.toMatch(/(?<!\\)<(img|script)/i);
    expect(md).not.toMatch(/(?<!\\)\[link(?<!\\)\]\(/);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md.replace(/\n/g, '')).not.toMatch(RAW_CONTROL);
  });

  it('a code span survives backticks inside it', () => {
    expect(markdownCode('a`b')).toBe('`` a`b ``');
    expect(markdownCode('plain.txt')).toBe('`plain.txt`');
  });
});

describe('JUnit output is well-formed XML 1.0', () => {
  it('strips non-characters, lone surrogates and controls XML cannot carry', () => {
    expect(xmlChars('a\uFFFEb\uFFFFc\uFDD0d\uD800e\uDC00f\u0001g\u{1FFFE}h\u{1F600}\t\n')).toBe('abcdefgh\u{1F600}\t\n');
  });

  it('the report holds no character outside XML 1.0 Char', () => {
    const { draft, result } = hostile();
    const xml = formatResult(result, 'junit', options(draft));
    // XML 1.0 Char, without the discouraged non-characters
    expect(xml).toMatch(/^[\t\n\r\u0020-\uD7FF\uE000-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{10FFFF}]*$/u);
    expect(xml).not.toMatch(/[\u{1FFFE}\u{1FFFF}]/u);
  });
});
