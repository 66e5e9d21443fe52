// One report, six renditions: its text, Markdown, Word, and PDFs from three producers
// (scripts/make-report-fixtures.sh: LibreOffice, pandoc through WeasyPrint, Chromium's print with
// its own header and footer and a judgement table whose cells wrap over two lines). What claimcheck
// reads from each, and what it makes of a draft against each, must be the same.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { readInput } from '../../src/ingest/read.js';
import { reportFacts } from '../../src/layout/facts.js';
import { layout } from '../../src/layout/index.js';
import type { InputText } from '../../src/types.js';
import { lex, ROOT, rules, seed, source } from '../helpers.js';

const FIXTURE = `${ROOT}test/fixtures/lewisham-2023-ofsted-report`;
const RENDITIONS = ['md', 'docx', 'pdf', 'pandoc.pdf', 'chromium.pdf'];

/** Facts without what only a paged format has: the page numbers. */
function facts(input: InputText) {
  const { path: _path, ...rest } = reportFacts(input.path, layout('S1', input, lex));
  return { ...rest, grades: rest.grades.map((g) => ({ ...g, locator: { ...g.locator, page: undefined } })) };
}

/** Each claim's verdict and its first evidence's locator, without the page. */
function verdicts(input: InputText): string[] {
  const drafts = readdirSync(`${ROOT}seeds/drafts`).map((f) => seed(`drafts/${f}`));
  return drafts.flatMap((d) => check([d], [input], { rules }).documents[0]!.claims.map((c) => `${c.verdict} ${c.evidence[0]?.locator.replace(/, p\. \d+$/, '') ?? '-'}`));
}

describe('the seed report from every producer', () => {
  const text = source();
  const want = { facts: facts(text), verdicts: verdicts(text) };

  it('reads the text itself as graded by its table, row by row', () => {
    expect(want.facts.grades.filter((g) => g.locator.kind === 'table-row').map((g) => [g.term, g.locator])).toEqual(
      [1, 2, 3, 4, 5].map((row) => ['Good', { kind: 'table-row', table: 'judgements', row, page: undefined }]),
    );
    expect(want.facts.dates.inspection).toEqual({ start: '2023-12-04', end: '2023-12-15' });
    expect(want.verdicts.some((v) => /judgement table, row 5$/.test(v))).toBe(true);
  });

  for (const ext of RENDITIONS) {
    it(`gives the same facts, verdicts and locators from ${ext}`, async () => {
      const input = await readInput(`${FIXTURE}.${ext}`);
      expect(facts(input)).toEqual(want.facts);
      expect(verdicts(input)).toEqual(want.verdicts);
    }, 30_000);
  }
});
