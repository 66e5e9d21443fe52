import { afterEach, describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/read.js';
import { setProgressReporter, terminalProgress } from '../../src/ingest/progress.js';
import { ROOT } from '../helpers.js';

afterEach(() => setProgressReporter(undefined));

describe('progress of long reads', () => {
  it('a PDF reports each page read', async () => {
    const calls: Array<[number, number]> = [];
    setProgressReporter((_file, done, total) => calls.push([done, total]));
    const pdf = `${ROOT}test/fixtures/lewisham-2023-ofsted-report.pdf`;
    const input = await readInput(pdf);
    const pages = (input.pageStarts?.length ?? 0) + 1;
    expect(pages).toBeGreaterThan(3);
    expect(calls).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, pages]));
  }, 20_000);

  it('on a terminal: nothing for a quick read, one rewritten line for a slow one, cleared at the end', () => {
    let clock = 0;
    let written = '';
    const report = terminalProgress({ write: (s: string) => (written += s) }, () => clock);
    report('quick.pdf', 1, 2);
    report('quick.pdf', 2, 2);
    expect(written).toBe('');
    report('slow.pdf', 1, 222);
    clock = 600;
    report('slow.pdf', 2, 222);
    expect(written).toBe('\r\u001b[2KReading slow.pdf: page 2 of 222');
    report('slow.pdf', 222, 222);
    expect(written.endsWith('\r\u001b[2K')).toBe(true);
  });
});
