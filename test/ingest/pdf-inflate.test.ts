import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/ingest/read.js';
import { ROOT } from '../helpers.js';

// The CLI takes the web's DecompressionStream away (src/cli.ts), so that pdf.js inflates a PDF's
// streams in JavaScript rather than through Node's zlib on its thread pool. What it reads must not
// change: each fixture (three producers' PDFs of the seed report, and one with a damaged stream)
// reads the same either way, to the text, the page starts, or the error.
const PDFS = ['lewisham-2023-ofsted-report.pdf', 'lewisham-2023-ofsted-report.chromium.pdf', 'lewisham-2023-ofsted-report.pandoc.pdf', 'damaged-stream.pdf'];

const read = (name: string) =>
  decodeInput(name, new Uint8Array(readFileSync(join(ROOT, 'test/fixtures', name)))).then(
    (input) => ({ text: input.text, pageStarts: input.pageStarts }),
    (error: Error) => ({ error: error.message }),
  );

async function withoutDecompressionStream<T>(f: () => Promise<T>): Promise<T> {
  const kept = Object.getOwnPropertyDescriptor(globalThis, 'DecompressionStream')!;
  delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
  try {
    return await f();
  } finally {
    Object.defineProperty(globalThis, 'DecompressionStream', kept);
  }
}

describe('a PDF read without DecompressionStream', () => {
  it.each(PDFS)('%s reads as it does with it', async (name) => {
    expect(typeof DecompressionStream).toBe('function');
    const withIt = await read(name);
    const without = await withoutDecompressionStream(() => read(name));
    expect(without).toEqual(withIt);
    if (name !== 'damaged-stream.pdf') expect((withIt as { text: string }).text).toContain('Lewisham');
  }, 30000);

  // a preload counts the streams made: pdf.js makes them reading a PDF in a plain process, and none
  // in the CLI's
  it('is how the CLI reads one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-inflate-'));
    const count = join(dir, 'count.cjs');
    writeFileSync(
      count,
      `let made = 0;
const Kept = globalThis.DecompressionStream;
globalThis.DecompressionStream = class extends Kept { constructor(...a) { super(...a); made++; } };
process.on('exit', () => require('node:fs').writeSync(2, 'made ' + made + '\\n'));
`,
    );
    const pdf = join(ROOT, 'test/fixtures/lewisham-2023-ofsted-report.pdf');
    const env = { ...process.env, CLAIMCHECK_CACHE_DIR: join(dir, 'cache') };
    const plain = spawnSync(process.execPath, ['--require', count, '--input-type=module', '-e', `const { decodeInput } = await import(${JSON.stringify(join(ROOT, 'dist/ingest/read.js'))}); await decodeInput('r.pdf', new Uint8Array((await import('node:fs')).readFileSync(${JSON.stringify(pdf)})));`], { encoding: 'utf8', env });
    expect(plain.stderr).toMatch(/^made [1-9]\d*\n$/);
    const cli = spawnSync(process.execPath, ['--require', count, join(ROOT, 'dist/cli.cjs'), 'facts', pdf], { encoding: 'utf8', env });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain('Lewisham');
    expect(cli.stderr).toBe('made 0\n');
  }, 30000);
});
