import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { applyGate } from '../../src/report/gate.js';
import { formatSarif } from '../../src/report/sarif.js';
import { ROOT, rules, seed, source } from '../helpers.js';

const require = createRequire(import.meta.url);
const AjvDraft04 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** A SARIF region as offsets: lines and columns 1-based, the end column just past the last character. */
function offsets(text: string, r: Region): [number, number] {
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  return [lineStarts[r.startLine - 1]! + r.startColumn - 1, lineStarts[r.endLine - 1]! + r.endColumn - 1];
}

describe('SARIF fixes', () => {
  it("carry a misquote's replacement with the source's words, and the log still validates", () => {
    const draft = seed('drafts/recruitment-site-news-2024.txt');
    const sarif = JSON.parse(formatSarif(applyGate(check([draft], [source()], { rules })), { cwd: ROOT }));
    const fixed = sarif.runs[0].results.filter((r: { fixes?: unknown }) => r.fixes);
    expect(fixed).toHaveLength(1);
    const change = fixed[0].fixes[0].artifactChanges[0];
    expect(change.artifactLocation.uri).toBe('seeds/drafts/recruitment-site-news-2024.txt');
    const { deletedRegion, insertedContent } = change.replacements[0];
    const [start, end] = offsets(draft.text, deletedRegion);
    expect(draft.text.slice(start, end)).toMatch(/^A determined focus .* for Children and Young People and his .* in 2019\.$/);
    expect(insertedContent.text).toMatch(/^A determined focus .* for Children & Young People \(DCS\) and his .* in 2019\.$/);
    expect(sarif.runs[0].tool.driver.rules.every((r: { helpUri?: string; help: { text: string } }) => !r.helpUri && /claimcheck rules --explain /.test(r.help.text))).toBe(true);

    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(`${ROOT}test/fixtures/sarif-2.1.0-rtm.5.json`, 'utf8')));
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});
