import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeIndex, INDEX_VERSION, openIndexFile, type IndexContents } from '../../src/corpus/index-file.js';
import { openIndex } from '../../src/corpus/index.js';

const hash = (c: string) => c.repeat(64);
const record = (path: string, length: number, extra: object = {}) => JSON.stringify({ path, hash: hash(path[0]!), size: 10, mtimeMs: 1, length, title: `Report ${path}`, ...extra });

// three documents; stems in byte order, one beyond ASCII (the dictionary is searched by halving
// over UTF-8 bytes, so "zebra" < "école" though not in every locale's order)
const terms: Array<[string, number[]]> = [
  ['council', [0, 2, 2, 5]],
  ['inspect', [0, 1, 1, 1, 2, 4]],
  ['zebra', [1, 3]],
  ['école', [2, 7]],
];
const contents: IndexContents = {
  files: [
    ['a.txt', 10, 1, hash('a'), 2],
    ['b.txt', 10, 1, hash('b'), 2],
    ['c.txt', 10, 1, hash('c'), 2],
  ],
  lengths: Uint32Array.of(120, 80, 300),
  terms,
  records: [record('a.txt', 120), record('b.txt', 80, { subject: 'Northwick' }), record('c.txt', 300)],
};

function written(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'claimcheck-index-')), 'corpus.index');
  writeFileSync(file, bytes);
  return file;
}

describe('the index file', () => {
  it('reads back what was written: lengths, each stem’s postings, each record', () => {
    // given in another order, written sorted
    const index = openIndex(written(encodeIndex({ ...contents, terms: [...terms].reverse() })));
    expect(index.size).toBe(3);
    expect([...index.lengths]).toEqual([120, 80, 300]);
    for (const [stem, list] of terms) expect([...index.postings(stem)!]).toEqual(list);
    expect(index.postings('absent')).toBeUndefined();
    expect(index.postings('aaa')).toBeUndefined();
    expect(index.postings('zzz')).toBeUndefined();
    expect(index.documents().map((d) => [d.path, d.subject])).toEqual([
      ['a.txt', undefined],
      ['b.txt', 'Northwick'],
      ['c.txt', undefined],
    ]);
  });

  it('a lookup reads only the postings and records it asks for, each once', () => {
    const index = openIndex(written(encodeIndex(contents)));
    expect(index.read).toEqual({ postings: 0, records: 0 });
    index.postings('zebra');
    index.postings('zebra');
    expect(index.document(1).path).toBe('b.txt');
    expect(index.document(1)).toBe(index.document(1));
    expect(index.read).toEqual({ postings: 1, records: 1 });
  });

  it('refuses a file that is not an index, an older or other version, and a damaged one, naming the file', () => {
    const good = encodeIndex(contents);
    const cases: Array<[Buffer, RegExp]> = [
      [Buffer.from('{"version":2,"documents":[]}'), /: is an index of an older claimcheck \(version 1 or 2\); delete it and build it again with 'claimcheck index'$/],
      [Buffer.from('Zebras quagga okapi.\n'), /: is not a claimcheck index$/],
      [Buffer.concat([good.subarray(0, 16), Buffer.from(Uint32Array.of(INDEX_VERSION + 1).buffer), good.subarray(20)]), new RegExp(`: is a claimcheck index of version ${INDEX_VERSION + 1}, and this claimcheck reads version ${INDEX_VERSION}`)],
      [good.subarray(0, 30), /: is a damaged claimcheck index \(its header is cut short\)/],
      [good.subarray(0, good.length - 10), /: is a damaged claimcheck index \(its records section does not fit the file\)/],
    ];
    for (const [bytes, message] of cases) {
      const file = written(bytes);
      expect(() => openIndex(file)).toThrow(message);
      expect(() => openIndex(file)).toThrow(file);
    }
  });

  it('a damaged record or posting is found when read, as a named error', () => {
    const bad = openIndex(written(encodeIndex({ ...contents, records: [record('a.txt', 120, { hash: 'not-a-hash' }), '{"path": "b.txt",', contents.records[2]!] })));
    expect(() => bad.document(0)).toThrow(/is a damaged claimcheck index \(document 0, hash: not a SHA-256\)/);
    expect(() => bad.document(1)).toThrow(/is a damaged claimcheck index \(document 1 is not valid JSON\)/);
    expect(bad.document(2).path).toBe('c.txt');
    const past = openIndex(written(encodeIndex({ ...contents, terms: [['council', [7, 1]]] })));
    expect(() => past.postings('council')).toThrow(/the postings of 'council' name document 7, past the last/);
  });

  it('keeps its sections on 4-byte boundaries and says how many documents and stems it holds', () => {
    const file = written(encodeIndex({ ...contents, files: [['odd-length-name.txt', 1, 1, hash('a'), 2], ...contents.files.slice(1)] }));
    const opened = openIndexFile(file)!;
    expect([opened.documents, opened.terms]).toEqual([3, 4]);
    expect(JSON.parse(opened.read('files').toString('utf8'))[0][0]).toBe('odd-length-name.txt');
    expect([...opened.numbers('lengths')]).toEqual([120, 80, 300]);
    opened.close();
    expect(readFileSync(file).subarray(0, 16).toString()).toBe('claimcheck-index');
  });
});
