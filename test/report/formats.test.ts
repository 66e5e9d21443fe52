import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { check } from '../../src/check.js';
import { applyGate } from '../../src/report/gate.js';
import { FORMATS, formatResult, type Format } from '../../src/report/format.js';
import { applySuppressions } from '../../src/gate/suppress.js';
import { ROOT, rules, text } from '../helpers.js';
import type { InputText } from '../../src/types.js';

// ajv and its plugins are CommonJS whose default export TypeScript's NodeNext import cannot construct
const require = createRequire(import.meta.url);
const { Ajv } = require('ajv') as typeof import('ajv');
const AjvDraft04 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

// relative paths, as a user types them from the project root: no absolute paths in the output
const read = (path: string): InputText => ({ path, text: readFileSync(`${ROOT}${path}`, 'utf8'), format: 'text' });
const DRAFT = 'seeds/drafts/local-news-2024.txt';
const SOURCE = 'seeds/source/lewisham-2023-ofsted-report.txt';
const seedResult = () => applyGate(check([read(DRAFT)], [read(SOURCE)], { rules }));
const options = (drafts: InputText[]) => ({ color: false, cwd: ROOT, drafts: new Map(drafts.map((d) => [d.path, d.text])) });
const EXT: Record<Format, string> = { text: 'txt', json: 'json', sarif: 'sarif', junit: 'xml', github: 'txt', markdown: 'md', html: 'html' };

describe('golden output of each format on the local news seed', () => {
  for (const format of FORMATS) {
    it(format, () => {
      const out = formatResult(seedResult(), format, options([read(DRAFT)]));
      const golden = `${ROOT}test/report/golden/local-news-2024.${format}.${EXT[format]}`;
      // UPDATE_GOLDEN=1 rewrites the files after a deliberate change; review the diff before committing
      if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, out);
      expect(out).toBe(readFileSync(golden, 'utf8'));
      expect(out).not.toContain(ROOT);
      expect(formatResult(seedResult(), format, options([read(DRAFT)]))).toBe(out);
    });
  }
});

describe('schemas', () => {
  it('the JSON validates against schema/claimcheck-result.schema.json, for every seed draft', () => {
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(`${ROOT}schema/claimcheck-result.schema.json`, 'utf8')));
    const drafts = ['local-news-2024', 'recruitment-site-news-2024', 'lewisham-council-news-2025', 'lambeth-council-news-2025'].map((n) => read(`seeds/drafts/${n}.txt`));
    const json = JSON.parse(formatResult(applyGate(check(drafts, [read(SOURCE)], { rules })), 'json', options(drafts)));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    json.documents[0].claims[0].verdict = 'maybe';
    expect(validate(json)).toBe(false);
  });

  it('the SARIF validates against the official SARIF 2.1.0 schema', () => {
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(`${ROOT}test/fixtures/sarif-2.1.0-rtm.5.json`, 'utf8')));
    const sarif = JSON.parse(formatResult(seedResult(), 'sarif', options([read(DRAFT)])));
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const result = sarif.runs[0].results.find((r: { level: string }) => r.level === 'error');
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: DRAFT }, region: { startLine: 4, startColumn: 70, endLine: 4, endColumn: 97 } });
    sarif.runs[0].results[0].level = 'fatal';
    expect(validate(sarif)).toBe(false);
  });
});

describe('escaping', () => {
  const evil = text('The inspectors said \u201C<script>alert(1)</script> & 100% safe, really\u201D.\n', 'evil, "draft".txt');
  const result = () => applyGate(check([evil], [read(SOURCE)], { rules }));

  it('HTML shows a draft\u2019s markup as text and loads nothing from the network', () => {
    const html = formatResult(result(), 'html', options([evil]));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; 100% safe');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('GitHub annotations escape %, newlines, and : and , in properties', () => {
    const out = formatResult(result(), 'github', options([evil]));
    expect(out).toContain('file=evil%2C "draft".txt');
    expect(out).toContain('100%25 safe');
    expect(out.trim().split('\n').every((l) => l.startsWith('::'))).toBe(true);
  });

  it('JUnit escapes XML', () => {
    const out = formatResult(result(), 'junit', options([evil]));
    expect(out).toContain('&lt;script&gt;');
    expect(out).not.toContain('<script>');
  });
});

describe('the gate and suppressions', () => {
  const draftText = [
    'Ofsted said the inspection took place over three weeks.',
    '',
    'claimcheck-disable-next-line: checked with the inspectorate',
    'The inspection took place over three weeks in December.',
    '',
    '<!-- claimcheck-disable-next-line -->',
    '',
    '',
  ].join('\n');
  const draft = text(draftText, 'marked.txt');

  it('a marker suppresses the claims of the next line only, and a marker with nothing after it is stale', () => {
    const raw = check([draft], [read(SOURCE)], { rules });
    const result = applyGate(applySuppressions(raw, new Map([[draft.path, draft.text]]), new Map()));
    const claims = result.documents[0]!.claims.filter((c) => c.verdict === 'contradictory');
    expect(claims.map((c) => [c.span.line, c.gate])).toEqual([
      [1, 'fail'],
      [4, 'suppressed'],
    ]);
    expect(claims[1]!.suppressed).toEqual({ by: 'marker', reason: 'checked with the inspectorate' });
    expect(result.documents[0]!.notices.map((n) => n.rule)).toEqual(['suppress/stale-marker']);
    expect(result.gate).toMatchObject({ passed: false, failures: 1 });
  });

  it('an accepted decision suppresses its claim; one that matches nothing is stale', () => {
    const raw = check([draft], [read(SOURCE)], { rules });
    const first = raw.documents[0]!.claims.find((c) => c.verdict === 'contradictory' && c.span.line === 1)!;
    const decisions = new Map([
      [
        draft.path,
        [
          { claimText: first.text, start: first.span.start + 5, status: 'accepted' as const, reason: 'agreed' },
          { claimText: 'gone', start: 0, status: 'accepted' as const },
        ],
      ],
    ]);
    const result = applyGate(applySuppressions(raw, new Map([[draft.path, draft.text]]), decisions));
    expect(result.documents[0]!.claims.find((c) => c.id === first.id)).toMatchObject({ gate: 'suppressed', suppressed: { by: 'decision', reason: 'agreed' } });
    expect(result.documents[0]!.notices.map((n) => n.rule)).toContain('suppress/stale-decision');
    expect(result.gate!.passed).toBe(true);
  });

  it('--fail-on and changed lines choose what fails', () => {
    const raw = check([draft], [read(SOURCE)], { rules });
    expect(applyGate(raw, { failOn: ['contradictory', 'unsupported'], unsupportedQuotes: true }).gate!.failures).toBeGreaterThanOrEqual(2);
    const onlyLine4 = applyGate(raw, { failOn: ['contradictory'], unsupportedQuotes: true, changedLines: new Map([[draft.path, new Set([4])]]) });
    expect(onlyLine4.documents[0]!.claims.filter((c) => c.gate === 'fail').map((c) => c.span.line)).toEqual([4]);
    expect(onlyLine4.documents[0]!.claims.filter((c) => c.span.line === 1).every((c) => c.gate === 'unchanged')).toBe(true);
  });
});

