import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { readInput } from '../../src/ingest/read.js';
import { formatHtml } from '../../src/report/html.js';
import { applyGate } from '../../src/report/gate.js';
import { ROOT, rules, seed, source, text } from '../helpers.js';

const MARKDOWN = [
  '# Council welcomes **Good** rating',
  '',
  'Ofsted found that \u201Cstaff say leaders are approachable, visible and supportive\u201D.',
  '',
  '- The inspection took place over *three weeks*.',
  '- Inspectors called the service \u201Ca beacon for the whole of Europe\u201D.',
  '',
  '<script>alert(1)</script> and [a link](javascript:alert(1)).',
  '',
].join('\n');

const page = (draft = text(MARKDOWN, 'news.md')) =>
  formatHtml(applyGate(check([draft], [source()], { rules })), { drafts: new Map([[draft.path, draft.text]]), date: '2026-12-01' });

describe('the HTML report', () => {
  it('renders a Markdown draft as Markdown, and runs none of its HTML or scripts', () => {
    const html = page();
    expect(html).toMatch(/<h1>.*Council welcomes <strong>Good<\/strong> rating<\/h1>/);
    expect(html).toMatch(/<li>.*over <em>three weeks<\/em>/);
    expect(html).not.toMatch(/# Council|\*\*Good\*\*/);
    expect(html).not.toContain('<script>');
    // shown as text (a highlight may start inside it)
    expect(html).toMatch(/&lt;(<[^>]+>)*script&gt;alert\(1\)&lt;\/script&gt;/);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/[\uE000-\uF8FF]/);
  });

  it('opens with the sources, version, date and the problems worst first, then filters, a legend and print styles', () => {
    const html = page();
    const header = html.slice(html.indexOf('<header>'), html.indexOf('</header>'));
    expect(header).toContain('Inspection of Lewisham local authority children&#39;s services');
    expect(header).toMatch(/Made by claimcheck \d+\.\d+\.\d+, 2026-12-01/);
    const problems = [...html.matchAll(/<li class="(\w+)"><span class="chip">.<\/span> <a href="#(c0-\d+)">([^<]+)<\/a>/g)].map((m) => m[3]);
    expect(problems).toEqual(['contradictory', 'unsupported quote', 'misquote', 'unsupported']);
    expect(html.indexOf('Problems, worst first')).toBeLessThan(html.indexOf('<section class="row">'));
    for (const v of ['verbatim', 'paraphrased', 'unsupported', 'contradictory', 'unchecked']) expect(html).toContain(`id="show-${v}" checked`);
    expect(html).toMatch(/<strong>contradictory<\/strong>: the source says otherwise/);
    expect(html).toContain('@media print');
    // the misquote's card offers the source's words, as claimcheck fix writes them
    expect(html).toContain('<div class="fix">staff describe leaders as approachable, visible and supportive</div>');
  });

  it("puts each claim's evidence in the row of the passage it belongs to", () => {
    const html = page();
    const rows = html.split('<section class="row">').slice(1);
    const row = rows.find((r) => r.includes('three weeks'))!;
    expect(row).toContain('Inspection dates');
    expect(row).not.toContain('approachable');
  });

  it('shows no form feed or other control character from a PDF', async () => {
    const pdf = await readInput(`${ROOT}test/fixtures/lewisham-2023-ofsted-report.pdf`);
    expect(pdf.text).toContain('\f');
    const draft = seed('drafts/local-news-2024.txt');
    const result = applyGate(check([draft], [pdf], { rules }));
    const html = formatHtml(result, { drafts: new Map([[draft.path, draft.text]]) });
    // eslint-disable-next-line no-control-regex
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  }, 20_000);
});

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => spawnSync(p, ['--version']).status === 0);

describe.skipIf(!chromium)(`the HTML report in a real browser${chromium ? '' : ' — skipped: no chromium (apt-get install -y chromium)'}`, () => {
  it('renders to a screenshot with scripts/screenshot-html.sh', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-html-'));
    writeFileSync(join(dir, 'report.html'), page());
    const r = spawnSync(`${ROOT}scripts/screenshot-html.sh`, [join(dir, 'report.html'), join(dir, 'report.png'), '1000', '800'], { encoding: 'utf8', env: { ...process.env, CHROMIUM: chromium } });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const png = readFileSync(join(dir, 'report.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // width and height from the IHDR chunk
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1000, 800]);
    // a page with text and colour, not a blank one
    expect(png.length).toBeGreaterThan(30_000);
  }, 30_000);
});
