import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeInput, readInput } from '../../src/ingest/read.js';
import { check } from '../../src/check.js';
import { segmentSource } from '../../src/layout/source.js';
import { lex, ROOT, rules, seed, SOURCE_PATH } from '../helpers.js';

const FIXTURES = `${ROOT}test/fixtures`;
const paragraphs = (text: string) => segmentSource(text, lex).filter((b) => b.paragraph !== undefined).map((b) => text.slice(b.bodyStart, b.end).replace(/\s+/g, ' '));

describe('PDF', () => {
  it('reads text in reading order with pages, headers and footers gone, the table as tab-separated rows', async () => {
    const pdf = await readInput(`${FIXTURES}/lewisham-2023-ofsted-report.pdf`);
    expect(pdf.format).toBe('pdf');
    expect(pdf.pageStarts!.length).toBeGreaterThanOrEqual(5);
    expect(pdf.text).toContain('Overall effectiveness\tGood');
    expect(pdf.text).not.toContain('inspection report\n');
    expect(pdf.text).not.toMatch(/^\d+$/m);
    // a page starts where the previous one stopped mid-sentence; the segmenter joins them
    const cut = pdf.pageStarts!.find((s) => /^\p{Ll}/u.test(pdf.text.slice(s)));
    expect(cut).toBeDefined();
  });

  it('gives the same paragraphs, verdicts and locators as the text of the same report', async () => {
    const [pdf, docx] = await Promise.all([readInput(`${FIXTURES}/lewisham-2023-ofsted-report.pdf`), readInput(`${FIXTURES}/lewisham-2023-ofsted-report.docx`)]);
    const txt = readFileSync(SOURCE_PATH, 'utf8');
    expect(paragraphs(pdf.text)).toEqual(paragraphs(txt));
    expect(paragraphs(docx.text)).toEqual(paragraphs(txt));
    const draft = seed('drafts/recruitment-site-news-2024.txt');
    const summary = (source: typeof pdf) =>
      check([draft], [source], { rules }).documents[0]!.claims.map((c) => `${c.verdict} ${c.evidence[0]?.locator.replace(/, p\. \d+$/, '') ?? '-'}`);
    const fromText = summary({ path: SOURCE_PATH, text: txt, format: 'text' });
    expect(summary(pdf)).toEqual(fromText);
    expect(summary(docx)).toEqual(fromText);
  });

  it('cites the page in the locator', async () => {
    const pdf = await readInput(`${FIXTURES}/lewisham-2023-ofsted-report.pdf`);
    const draft = { path: 'd.txt', text: 'Ofsted said: \u201CStaff describe leaders as approachable, visible and supportive.\u201D', format: 'text' as const };
    const [claim] = check([draft], [pdf], { rules }).documents[0]!.claims.filter((c) => c.kind === 'quote');
    expect(claim!.evidence[0]!.locator).toMatch(/^para 63, p\. [5-9]$/);
    expect(claim!.evidence[0]!.span.page).toBeGreaterThanOrEqual(5);
  });

  it('refuses a password-protected PDF, a corrupt one and one with no text layer, in one line', async () => {
    await expect(readInput(`${FIXTURES}/password-protected.pdf`)).rejects.toThrow(/password-protected\.pdf: is password-protected; save an unprotected copy first$/);
    const bytes = readFileSync(`${FIXTURES}/lewisham-2023-ofsted-report.pdf`);
    await expect(decodeInput('cut.pdf', bytes.subarray(0, 400))).rejects.toThrow(/^cut\.pdf: is not a readable PDF/);
    // found by the fuzz runner: the damage shows only while a page is read
    await expect(readInput(`${FIXTURES}/damaged-stream.pdf`)).rejects.toThrow(/damaged-stream\.pdf: is not a readable PDF \(Bad encoding in flate stream\)$/);
    const empty = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF');
    await expect(decodeInput('scan.pdf', empty)).rejects.toThrow(/scan\.pdf: has no text layer \(a scanned PDF\?\); run it through OCR first/);
  });
});

describe('DOCX and HTML', () => {
  it('reads a Word document with its table and lists', async () => {
    const docx = await readInput(`${FIXTURES}/lewisham-2023-ofsted-report.docx`);
    expect(docx.format).toBe('docx');
    expect(docx.text).toContain('The experiences and progress of children in care\tGood');
    expect(docx.text).toMatch(/^- Oversight arrangements to progress permanence/m);
  });

  it('keeps the article of a web page and drops navigation, asides, footers and scripts', async () => {
    const page = await readInput(`${FIXTURES}/local-news-2024.html`);
    expect(page.format).toBe('html');
    expect(page.text.split('\n\n')[0]).toBe('Child services in Lewisham given clean bill of health');
    expect(page.text).toContain('took place over three weeks in December last year.');
    for (const gone of ['Sport', 'Most read', 'All rights reserved', 'dataLayer', 'Outstanding']) expect(page.text).not.toContain(gone);
  });

  it('refuses a broken Word file and a zip that is not one', async () => {
    const docx = readFileSync(`${FIXTURES}/lewisham-2023-ofsted-report.docx`);
    await expect(decodeInput('cut.docx', docx.subarray(0, 600))).rejects.toThrow(/^cut\.docx: is not a readable Word document/);
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('other/file.txt')]);
    await expect(decodeInput('x.zip', zip)).rejects.toThrow(/x\.zip: is a zip archive \(not a Word document\)/);
  });
});

describe('text encodings and bad input', () => {
  const quote = '\u201CGood\u201D children\u2019s services';
  it('decodes UTF-8 with a BOM, UTF-16 LE and BE, and Windows-1252 smart quotes', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(quote, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    const cp1252 = Buffer.from([0x93, ...Buffer.from('Good'), 0x94, 0x20, ...Buffer.from('children'), 0x92, ...Buffer.from('s services')]);
    expect((await decodeInput('a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(quote)]))).text).toBe(quote);
    expect((await decodeInput('b.txt', le)).text).toBe(quote);
    expect((await decodeInput('c.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).text).toBe(quote);
    expect((await decodeInput('d.txt', cp1252)).text).toBe(quote);
  });

  it('names the file and the problem for each kind of bad input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimcheck-'));
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2000));
    writeFileSync(join(dir, 'blank.txt'), '  \n\n ');
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    await expect(readInput(join(dir, 'missing.txt'))).rejects.toThrow(/missing\.txt: no such file$/);
    await expect(readInput(dir)).rejects.toThrow(/is a directory, not a file$/);
    await expect(readInput(join(dir, 'big.txt'), { maxBytes: 1000 })).rejects.toThrow(/big\.txt: is 2000 bytes, over the limit of 1000 bytes/);
    await expect(readInput(join(dir, 'blank.txt'))).rejects.toThrow(/blank\.txt: has no text$/);
    await expect(readInput(join(dir, 'image.png'))).rejects.toThrow(/image\.png: is a PNG image, not a document/);
    await expect(decodeInput('nul.txt', Buffer.from([0x41, 0x00, 0x42]))).rejects.toThrow(/looks binary/);
  });
});
