// What a file may cost to read: devices, FIFOs and symlinks to them are refused; --max-bytes
// holds on bytes read; --max-unpacked-bytes on what a Word file, a PDF or a text file unpacks to;
// --max-pages on PDF pages; HTML nesting is bounded (issue 17, items 5, 11, 12 and 14).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/read.js';
import { docx, nestedHtml, pdf, textPage, zip } from './make.js';
import { runCapture, SOURCE_PATH } from '../helpers.js';

const dir = () => mkdtempSync(join(tmpdir(), 'claimcheck-'));

describe('devices, FIFOs and symlinks to them', () => {
  it.each([
    ['/dev/zero', /\/dev\/zero: is a device, not a file$/],
    ['/dev/null', /\/dev\/null: is a device, not a file$/],
  ])('%s is refused before it is read', async (path, message) => {
    await expect(readInput(path)).rejects.toThrow(message);
  });

  it('a committed symlink to /dev/zero is refused, naming the link', async () => {
    const link = join(dir(), 'x.md');
    symlinkSync('/dev/zero', link);
    const r = await runCapture(['check', link, '--source', SOURCE_PATH]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`claimcheck: ${link}: is a device, not a file\n`);
  });

  it('a FIFO is refused without waiting for a writer', async () => {
    const fifo = join(dir(), 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    await expect(readInput(fifo)).rejects.toThrow(/pipe\.txt: is a named pipe \(FIFO\), not a file$/);
  });

  it('--max-bytes holds on what is read', async () => {
    const file = join(dir(), 'big.txt');
    writeFileSync(file, 'Staff describe leaders as good. '.repeat(100));
    await expect(readInput(file, { maxBytes: 1000 })).rejects.toThrow(/big\.txt: is 3200 bytes, over the limit of 1000 bytes \(raise it with --max-bytes\)$/);
  });
});

describe('what a file unpacks to', () => {
  it('a Word file whose parts inflate past the limit is refused before mammoth reads it', async () => {
    const file = join(dir(), 'big.docx');
    writeFileSync(file, docx(20_000));
    await expect(readInput(file, { maxUnpackedBytes: 1_000_000 })).rejects.toThrow(/big\.docx: unpacks to \d+ bytes \(a zip bomb\?\), over the limit of 1000000 bytes \(raise it with --max-unpacked-bytes\)$/);
  });

  it('a Word file whose central directory lies about its sizes is measured by inflating', async () => {
    const body = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p><w:r><w:t>Staff are good.</w:t></w:r></w:p>'.repeat(50_000)}</w:body></w:document>`;
    const file = join(dir(), 'liar.docx');
    writeFileSync(file, zip({ 'word/document.xml': body }, 10));
    await expect(readInput(file, { maxUnpackedBytes: 500_000 })).rejects.toThrow(/liar\.docx: unpacks to more than 500000 bytes/);
  });

  it('a small Word file within the limit still reads', async () => {
    const file = join(dir(), 'small.docx');
    writeFileSync(file, docx(3));
    expect((await readInput(file)).text).toContain('2. Staff describe leaders');
  });

  it('a text file over the unpacked limit is refused before it is checked', async () => {
    const file = join(dir(), 'long.txt');
    writeFileSync(file, 'Staff describe leaders as good. '.repeat(40_000));
    await expect(readInput(file, { maxUnpackedBytes: 1_000_000 })).rejects.toThrow(/long\.txt: holds 1280000 bytes of text, over the limit of 1000000 bytes/);
  });

  it('a PDF whose streams inflate past the limit is refused as it is read', async () => {
    const file = join(dir(), 'inflates.pdf');
    const lines = Array.from({ length: 40 }, (_, i) => `Line ${i} staff describe leaders as approachable visible and supportive`);
    writeFileSync(file, pdf(Array.from({ length: 20 }, () => textPage(lines))));
    await expect(readInput(file, { maxUnpackedBytes: 20_000 })).rejects.toThrow(/inflates\.pdf: unpacks to more than \d+ bytes of text by page \d+, over the limit of 20000 bytes/);
  });

  it('a PDF line of 150,000 items reads without overflowing the stack, and in linear time', async () => {
    const file = join(dir(), 'items.pdf');
    // alternating fonts keep pdf.js from merging the items
    const items = Array.from({ length: 150_000 }, (_, i) => `/F${(i % 2) + 1} 1 Tf (${i % 2 ? 'a' : 'b'}) Tj 0.004 0 Td`).join(' ');
    // and a page of 20,000 one-word lines: line grouping once scanned every line for every item
    const lines = Array.from({ length: 20_000 }, (_, i) => `(w${i}) Tj 0 -0.03 Td`).join(' ');
    writeFileSync(file, pdf([`BT 10 400 Td ${items} ET`, `BT /F1 0.05 Tf 10 780 Td ${lines} ET`]));
    const input = await readInput(file);
    expect(input.text.length).toBeGreaterThan(150_000);
  }, 60_000);
});

describe('pages', () => {
  it('--max-pages refuses a longer PDF before reading its pages, and reports progress while reading', async () => {
    const file = join(dir(), 'long.pdf');
    writeFileSync(file, pdf(Array.from({ length: 30 }, (_, i) => textPage([`Staff describe leaders as ${'very '.repeat(i)}good.`]))));
    await expect(readInput(file, { maxPages: 20 })).rejects.toThrow(/long\.pdf: has 30 pages, over the limit of 20 \(raise it with --max-pages\)$/);
    const seen: number[] = [];
    const input = await readInput(file, { maxPages: 30, progress: (_, page, pages) => seen.push(page / pages) });
    expect(input.pageStarts).toHaveLength(29);
    expect(seen).toHaveLength(30);
    expect(seen.at(-1)).toBe(1);
  });
});

describe('HTML nesting', () => {
  it('5,000 nested elements are a named one-line error, not a stack overflow', async () => {
    const file = join(dir(), 'deep.html');
    writeFileSync(file, nestedHtml(5000));
    const r = await runCapture(['check', file, '--source', SOURCE_PATH]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`claimcheck: ${file}: nests HTML elements 5004 levels deep, over the limit of 1000\n`);
  });

  it('500 nested elements still read', async () => {
    const file = join(dir(), 'fine.html');
    writeFileSync(file, nestedHtml(500));
    expect((await readInput(file)).text).toContain('Ofsted said leaders are good.');
  });
});
