import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { checkAgainstCorpus } from '../../src/corpus/check-corpus.js';
import { listInputs, openIndex } from '../../src/corpus/index.js';
import { encodeIndex } from '../../src/corpus/index-file.js';
import { updateIndex } from '../../src/corpus/update.js';
import { councilName, syntheticReport } from '../../src/corpus/synthetic.js';
import { formatResult } from '../../src/report/format.js';
import { applyGate } from '../../src/report/gate.js';
import { lex, ROOT, rules, seed, source } from '../helpers.js';

// ajv is CommonJS whose default export TypeScript's NodeNext import cannot construct
const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');

const dir = mkdtempSync(join(tmpdir(), 'claimcheck-corpus-'));
const report = source();
const indexFile = join(dir, 'index.json');

beforeAll(async () => {
  for (let i = 0; i < 100; i++) writeFileSync(join(dir, `report-${String(i).padStart(3, '0')}.txt`), syntheticReport(report.text, 'Lewisham', i));
  writeFileSync(join(dir, 'lewisham.txt'), report.text);
  await updateIndex(indexFile, listInputs([dir]).filter((p) => p.endsWith('.txt')), () => lex);
}, 60_000);

describe('a corpus of 100 synthetic reports and the real one', () => {
  it('gives each seed draft the same verdicts as the real report alone, and ranks the real report first', async () => {
    const index = openIndex(indexFile);
    for (const name of ['local-news-2024', 'recruitment-site-news-2024', 'lewisham-council-news-2025']) {
      const draft = seed(`drafts/${name}.txt`);
      const alone = check([draft], [report], { rules }).documents[0]!.claims.map((c) => [c.text, c.verdict]);
      const inCorpus = await checkAgainstCorpus(draft, index, { rules });
      expect(inCorpus.documents[0]!.claims.map((c) => [c.text, c.verdict])).toEqual(alone);
      expect(inCorpus.corpus!.chosen[0]!.path).toBe(join(dir, 'lewisham.txt'));
      expect(inCorpus.sources[0]!.id).toBe('S1');
    }
  }, 30_000);

  it('gives a corpus block that validates against the JSON schema, and a schema that refuses one without its reason', async () => {
    const draft = seed('drafts/local-news-2024.txt');
    const result = await checkAgainstCorpus(draft, openIndex(indexFile), { rules });
    const json = JSON.parse(formatResult(applyGate(result), 'json', { color: false, cwd: ROOT, drafts: new Map([[draft.path, draft.text]]) }));
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(`${ROOT}schema/claimcheck-result.schema.json`, 'utf8')));
    expect(json.corpus.candidates.length).toBeGreaterThan(1);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    delete json.corpus.chosen[0].reason;
    expect(validate(json)).toBe(false);
  });

  it('says when a quote is found only in another document than the one the draft describes', async () => {
    // the draft is mostly about report 7, but quotes a sentence that report 7 words differently and
    // a later letter to the same council has word for word
    const other = syntheticReport(report.text, 'Lewisham', 7);
    const name = other.match(/Inspection of (\w+)/)![1]!;
    const pace = 'The pace of change has been purposeful, and the areas identified for improvement at previous inspections have been prioritised';
    writeFileSync(join(dir, 'report-007.txt'), other.replace('The pace of change has been purposeful', 'The pace of change has been steady'));
    writeFileSync(join(dir, 'letter-007.txt'), `Focused visit to ${name} children\u2019s services\n\nInspectors found that ${name} Council has kept up its work.\n\n${pace}, leading to better outcomes for children.\n`);
    const lines = other.split('\n').filter((l) => /^- \d+\./.test(l)).slice(0, 4).map((l) => `${name} Council: the report said \u201C${l.replace(/^- \d+\. /, '').split('. ')[0]}.\u201D`);
    const draft = { path: 'draft.txt', text: `${lines.join('\n\n')}\n\nThe inspectors wrote: \u201C${pace}.\u201D\n`, format: 'text' as const };
    await updateIndex(indexFile, listInputs([dir]).filter((p) => p.endsWith('.txt')), () => lex);
    const result = await checkAgainstCorpus(draft, openIndex(indexFile), { rules });
    expect(result.corpus!.chosen[0]!.path).toBe(join(dir, 'report-007.txt'));
    const quote = result.documents[0]!.claims.find((c) => c.text.startsWith('The pace of change'))!;
    expect(quote.verdict).toBe('paraphrased');
    expect(quote.reasons[0]).toMatchObject({ rule: 'corpus/elsewhere' });
    expect(quote.reasons[0]!.message).toMatch(/^Verbatim in Focused visit to \w+ .*letter-007\.txt.*, not in Inspection of \w+ local authority/);
    expect(quote.evidence.map((e) => e.source)).toContain(result.sources.find((s) => s.path.endsWith('letter-007.txt'))!.id);
  });

  it('updates incrementally: unchanged files are kept, changed and new ones read, removed ones dropped', async () => {
    const d = mkdtempSync(join(tmpdir(), 'claimcheck-corpus-'));
    for (const i of [1, 2, 3]) writeFileSync(join(d, `r${i}.txt`), syntheticReport(report.text, 'Lewisham', i));
    const file = join(d, 'index.json');
    const first = await updateIndex(file, listInputs([d]), () => lex);
    expect(first).toEqual({ added: 3, changed: 0, unchanged: 0, removed: 0, failed: [] });
    // unchanged size and mtime: nothing read, nothing written (the index file is the same file, untouched)
    const before = statSync(file);
    expect(await updateIndex(file, listInputs([d]), () => lex)).toEqual({ added: 0, changed: 0, unchanged: 3, removed: 0, failed: [] });
    expect(statSync(file)).toMatchObject({ ino: before.ino, mtimeMs: before.mtimeMs });
    writeFileSync(join(d, 'r2.txt'), syntheticReport(report.text, 'Lewisham', 22));
    rmSync(join(d, 'r3.txt'));
    writeFileSync(join(d, 'r4.txt'), syntheticReport(report.text, 'Lewisham', 4));
    const second = await updateIndex(file, listInputs([d]).filter((p) => p !== file), () => lex);
    expect(second).toEqual({ added: 1, changed: 1, unchanged: 1, removed: 1, failed: [] });
    expect(openIndex(file).documents().map((x) => x.path)).toEqual(['r1.txt', 'r2.txt', 'r4.txt'].map((n) => join(d, n)));
  });

  it('writes an index of no files (one that holds no documents, not no index)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'claimcheck-corpus-')), 'index.json');
    expect(await updateIndex(file, [], () => lex)).toEqual({ added: 0, changed: 0, unchanged: 0, removed: 0, failed: [] });
    expect(openIndex(file).size).toBe(0);
  });

  it('keeps the postings as they are when files were only touched, and writes the new mtimes', async () => {
    const d = mkdtempSync(join(tmpdir(), 'claimcheck-corpus-'));
    for (const i of [1, 2]) writeFileSync(join(d, `r${i}.txt`), syntheticReport(report.text, 'Lewisham', i));
    const file = join(d, 'index.json');
    await updateIndex(file, listInputs([d]), () => lex);
    const before = openIndex(file);
    const lists = ['inspector', 'children', councilName(2).toLowerCase()].map((s) => [...(before.postings(s) ?? [])]);
    // the stem counts are gone: only the old postings can give the lists back
    rmSync(join(`${file}.d`, 'terms'), { recursive: true });
    utimesSync(join(d, 'r2.txt'), new Date(), new Date(Date.now() + 5000));
    expect(await updateIndex(file, listInputs([d]), () => lex)).toEqual({ added: 0, changed: 0, unchanged: 2, removed: 0, failed: [] });
    const after = openIndex(file);
    expect(['inspector', 'children', councilName(2).toLowerCase()].map((s) => [...(after.postings(s) ?? [])])).toEqual(lists);
    expect(lists[2]).toEqual([1, expect.any(Number)]);
    expect(after.document(1).mtimeMs).toBe(statSync(join(d, 'r2.txt')).mtimeMs);
  });

  it('describes again, from the cached text, a report an older claimcheck described, though its file is unchanged', async () => {
    const d = mkdtempSync(join(tmpdir(), 'claimcheck-corpus-'));
    writeFileSync(join(d, 'r1.txt'), syntheticReport(report.text, 'Lewisham', 1));
    const file = join(d, 'index.json');
    await updateIndex(file, [join(d, 'r1.txt')], () => lex);
    const described = openIndex(file).document(0);
    expect(described.subject).toBe(councilName(1));
    // as an index written before report facts were versioned: no version, an older reading of the subject
    const { facts: _facts, ...older } = { ...described, subject: 'Council' };
    const entry = [older.path, older.size, older.mtimeMs, older.hash, 0];
    writeFileSync(file, encodeIndex({ files: [entry], lengths: Uint32Array.of(older.length), terms: [], records: [JSON.stringify(older)] }));
    expect(openIndex(file).document(0).subject).toBe('Council');
    expect(await updateIndex(file, [join(d, 'r1.txt')], () => lex)).toMatchObject({ changed: 1, unchanged: 0 });
    expect(openIndex(file).document(0)!.subject).toBe(councilName(1));
  });
});
