import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCapture } from '../helpers.js';

const PDF = join(import.meta.dirname, '../fixtures/lewisham-2023-ofsted-report.pdf');

describe('check --source x.pdf keeps the text layer by content hash', () => {
  let dir: string;
  let was: string | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimcheck-text-cache-'));
    was = process.env.CLAIMCHECK_CACHE_DIR;
    process.env.CLAIMCHECK_CACHE_DIR = join(dir, 'cache');
  });
  afterEach(() => {
    if (was === undefined) delete process.env.CLAIMCHECK_CACHE_DIR;
    else process.env.CLAIMCHECK_CACHE_DIR = was;
  });

  it('reads the cached text the second time, with the same result, and --no-cache parses again', async () => {
    const draft = join(dir, 'draft.txt');
    writeFileSync(draft, 'Inspectors said leaders "have a clear understanding of the strengths" of their services.\n');
    const pdf = join(dir, 'report.pdf');
    copyFileSync(PDF, pdf);
    const first = await runCapture(['check', draft, '--source', pdf, '--format', 'json']);
    const entries = readdirSync(join(dir, 'cache', 'text'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatch(/^[0-9a-f]{64}\.json$/);
    // the entry is what a check reads: change its text and the second check sees the change
    const entry = join(dir, 'cache', 'text', entries[0]!);
    const cached = JSON.parse(readFileSync(entry, 'utf8'));
    expect(cached.format).toBe('pdf');
    const second = await runCapture(['check', draft, '--source', pdf, '--format', 'json']);
    expect(second.stdout).toBe(first.stdout);
    writeFileSync(entry, JSON.stringify({ ...cached, text: cached.text.replace(/strengths/g, 'weaknesses') }));
    const fromCache = await runCapture(['check', draft, '--source', pdf, '--format', 'json']);
    expect(fromCache.stdout).not.toBe(first.stdout);
    const fresh = await runCapture(['check', draft, '--source', pdf, '--format', 'json', '--no-cache']);
    expect(fresh.stdout).toBe(first.stdout);
  }, 30000);

  it('holds a cached text to --max-pages as a parse would be', async () => {
    const draft = join(dir, 'draft.txt');
    writeFileSync(draft, 'Leaders know their services well.\n');
    await runCapture(['check', draft, '--source', PDF, '--format', 'json']);
    const refused = await runCapture(['check', draft, '--source', PDF, '--max-pages', '2']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/has \d+ pages, over the limit of 2 \(raise it with --max-pages\)/);
  }, 30000);
});
