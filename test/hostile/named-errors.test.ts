// Inputs that once ended in "unexpected error" or a stack trace, and an index that could read any
// file: each is now one line naming the file, exit 2 (issue 17, items 4 and 14).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeIndex } from '../../src/corpus/index-file.js';
import { ROOT, runCapture, SOURCE_PATH } from '../helpers.js';

const dir = () => mkdtempSync(join(tmpdir(), 'claimcheck-'));
const DRAFT = `${ROOT}seeds/drafts/local-news-2024.txt`;
const hash = '0'.repeat(64);

/** An index of the format `claimcheck index` writes, with the given documents, each holding words
 * of the draft (so that a lookup shortlists and reads them), and no text in its store. */
const manifest = (documents: Array<Record<string, unknown>>) =>
  encodeIndex({
    files: documents.map((d) => [d.path, 3, 0, hash, 2]),
    lengths: Uint32Array.from(documents, () => 3),
    terms: ['children', 'lewisham', 'ofsted'].map((stem) => [stem, documents.flatMap((_, n) => [n, 1])]),
    records: documents.map((d) => JSON.stringify(d)),
  });
const doc = (path: string, extra: object = {}) => ({ path, hash, size: 3, mtimeMs: 0, title: 'x', length: 3, ...extra });

async function indexCheck(index: Buffer | string, draft = DRAFT) {
  const d = dir();
  writeFileSync(join(d, 'corpus.json'), index);
  return { d, r: await runCapture(['check', draft, '--index', join(d, 'corpus.json')], d) };
}

describe('check --index on a hostile or useless index', () => {
  it('an index naming a file outside its folder never brings that file into the report', async () => {
    const { r } = await indexCheck(manifest([doc('/etc/passwd')]));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^claimcheck: .*: shares no words with any document in the index: no source to check it against\n$/);
  });

  it('a relative path that climbs out, or a symlink that leads out, is never read either', async () => {
    const d = dir();
    mkdirSync(join(d, 'reports'));
    const { symlinkSync } = await import('node:fs');
    symlinkSync('/etc/hostname', join(d, 'reports', 'x.txt'));
    for (const path of ['../../../../etc/hostname', 'reports/x.txt']) {
      writeFileSync(join(d, 'corpus.json'), manifest([doc(path)]));
      const r = await runCapture(['check', DRAFT, '--index', 'corpus.json'], d);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
    }
  });

  it('a malformed document is a named error, not "unexpected error"', async () => {
    const { r } = await indexCheck(manifest([doc('a.txt', { length: 'lots' })]));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/corpus\.json: is a damaged claimcheck index \(document 0, length: not a count\); delete it and build it again\n$/);
  });

  it('an empty index says so', async () => {
    const { r } = await indexCheck(manifest([]));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/corpus\.json: holds no documents/);
  });

  it('a draft that matches no document says so', async () => {
    const d = dir();
    writeFileSync(join(d, 'r.txt'), 'Zebras quagga okapi.\n');
    const draft = join(d, 'draft.txt');
    writeFileSync(draft, 'Ofsted said leaders are good.\n');
    expect((await runCapture(['index', 'r.txt', '--index', 'corpus.json'], d)).status).toBe(0);
    const r = await runCapture(['check', draft, '--index', 'corpus.json'], d);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`claimcheck: ${draft}: shares no words with any document in the index: no source to check it against\n`);
  });
});

describe('other named one-line errors', () => {
  it('a YAML alias bomb in a rule file names the file', async () => {
    const d = dir();
    const rules = join(d, 'rules');
    mkdirSync(rules);
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    writeFileSync(join(rules, 'bomb.yaml'), `${levels.join('\n')}\nid: bomb\ntype: boilerplate\nmessage: x\npatterns: ["x"]\n`);
    const r = await runCapture(['check', DRAFT, '--source', SOURCE_PATH, '--rules', rules]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^claimcheck: .*bomb\.yaml: not usable YAML \(.*alias.*\)\n$/i);
  });

  it('standard output on a full disk is one line and exit 2', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', DRAFT, '--source', SOURCE_PATH], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('claimcheck: cannot write to standard output (ENOSPC)\n');
    } finally {
      closeSync(full);
    }
  });
});
