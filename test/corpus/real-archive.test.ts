// Corpus mode on a real archive: the 90 Ofsted PDFs of ../shared/eval/dev-reports (30 councils, up
// to three inspections each), and those plus the dev cases' sources. Drafts are made here from the
// reports' own text. Skipped when ../shared/eval is not beside the checkout.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { checkAgainstCorpus } from '../../src/corpus/check-corpus.js';
import { listInputs, openIndex, type CorpusIndex, type IndexedDocument } from '../../src/corpus/index.js';
import { updateIndex } from '../../src/corpus/update.js';
import { quotableSentences } from '../../src/corpus/synthetic.js';
import { cachedText, contentHash } from '../../src/corpus/text-cache.js';
import type { InputText } from '../../src/types.js';
import { lex, ROOT, rules } from '../helpers.js';

const EVAL = join(ROOT, '../shared/eval');
const REPORTS = join(EVAL, 'dev-reports');
const DEV = join(EVAL, 'dev');
const present = existsSync(join(REPORTS, 'ground-truth.json')) && existsSync(DEV);

interface Truth {
  local_authority: string;
  report_name: string;
  file: string;
  overall_effectiveness: string;
}

const dir = mkdtempSync(join(tmpdir(), 'claimcheck-archive-'));
let index: CorpusIndex;
let truth: Truth[];
const textOf = (d: IndexedDocument): InputText => cachedText(index.texts, d.hash, d.path)!;

beforeAll(async () => {
  if (!present) return;
  truth = (JSON.parse(readFileSync(join(REPORTS, 'ground-truth.json'), 'utf8')) as { reports: Truth[] }).reports;
  const file = join(dir, 'reports.index.json');
  const report = await updateIndex(file, listInputs([REPORTS]).filter((p) => p.endsWith('.pdf')), () => lex);
  // every file is read: the one older "PDF" that is really a saved web page is read as the page it is
  expect(report.failed).toEqual([]);
  index = openIndex(file);
}, 400_000);

/** A press item of our own making: three sentences of the report quoted, and what it is about. */
function draftFrom(text: string, lead: string, path: string): InputText {
  const s = quotableSentences(text);
  const [a, b, c] = [0.3, 0.5, 0.7].map((f) => s[Math.floor(s.length * f)]!);
  const body = `${lead}\n\nInspectors said: \u201C${a}\u201D\n\nThe report also found: \u201C${b}\u201D\n\n\u201C${c}\u201D the inspectors wrote.\n`;
  return { path, text: body, format: 'text' };
}

/** The year the inspection began, by either reading of the report's dates. */
const inspectedYear = (d: IndexedDocument) => d.inspection?.year ?? (d.inspected ? Number(d.inspected.start.slice(0, 4)) : undefined);
const yearOf = (file: string) => Number(/(\d{4})\.pdf$/.exec(file)![1]);

describe.skipIf(!present)('an index of the 90 dev-report PDFs', () => {
  it('picks each council\u2019s latest report, right council and year, for a draft quoting it and giving its grade', async () => {
    const wrong: string[] = [];
    for (const t of truth) {
      const doc = index.documents().find((d) => d.path === join(REPORTS, t.file))!;
      const lead = `${t.report_name} Council\u2019s children\u2019s services have been judged \u201C${t.overall_effectiveness.toLowerCase()}\u201D by Ofsted.`;
      const result = await checkAgainstCorpus(draftFrom(textOf(doc).text, lead, `${t.local_authority}.txt`), index, { rules });
      if (result.corpus!.chosen[0]!.path !== doc.path) wrong.push(`${t.file} -> ${result.corpus!.chosen[0]!.path}`);
      expect(result.corpus!.chosen[0]!.reason).toMatch(/, (\d) of \1 quotes found verbatim$/);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('picks the older report for a draft about an older inspection', async () => {
    const wrong: string[] = [];
    for (const t of truth) {
      const latest = join(REPORTS, t.file);
      const older = index.documents().filter((d) => d.path.startsWith(join(REPORTS, t.local_authority) + '/') && d.path !== latest).sort((a, b) => yearOf(b.path) - yearOf(a.path))[0];
      if (!older) continue;
      const lead = `Looking back: what Ofsted found when it inspected ${t.report_name} Council in ${older.inspection?.year ?? yearOf(older.path)}.`;
      const result = await checkAgainstCorpus(draftFrom(textOf(older).text, lead, `${t.local_authority}-older.txt`), index, { rules });
      if (result.corpus!.chosen[0]!.path !== older.path) wrong.push(`${older.path} -> ${JSON.stringify(result.corpus!.candidates.slice(0, 3))}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);
  it('checks a draft comparing the latest inspection with the one before against both reports', async () => {
    const wrong: string[] = [];
    let drafts = 0;
    for (const t of truth) {
      const latest = index.documents().find((d) => d.path === join(REPORTS, t.file))!;
      const older = index.documents().filter((d) => d.path.startsWith(join(REPORTS, t.local_authority) + '/') && d !== latest).sort((a, b) => yearOf(b.path) - yearOf(a.path))[0];
      const [was, is] = [older && inspectedYear(older), inspectedYear(latest)];
      if (!older || !was || !is || was === is) continue;
      const [now, before] = [quotableSentences(textOf(latest).text), quotableSentences(textOf(older).text)];
      const text =
        `${t.report_name} Council\u2019s children\u2019s services have been judged \u201C${t.overall_effectiveness.toLowerCase()}\u201D by Ofsted after its ${is} inspection.\n\n` +
        `Inspectors said: \u201C${now[Math.floor(now.length * 0.3)]}\u201D\n\nThey also wrote: \u201C${now[Math.floor(now.length * 0.6)]}\u201D\n\n` +
        `When Ofsted last inspected the council, in ${was}, it found: \u201C${before[Math.floor(before.length * 0.5)]}\u201D\n`;
      drafts++;
      const result = await checkAgainstCorpus({ path: `${t.local_authority}-compare.txt`, text, format: 'text' }, index, { rules });
      const chosen = result.corpus!.chosen.map((c) => c.path);
      const earlier = result.documents[0]!.claims.find((c) => c.kind === 'quote' && c.text.startsWith(before[Math.floor(before.length * 0.5)]!.slice(0, 30)));
      if (chosen[0] !== latest.path || !chosen.includes(older.path) || earlier?.reasons[0]?.rule !== 'corpus/elsewhere') wrong.push(`${t.file}: ${chosen.join(' + ')}; ${earlier?.reasons[0]?.rule}`);
    }
    expect(wrong).toEqual([]);
    expect(drafts).toBeGreaterThanOrEqual(20);
  }, 120_000);
});

describe.skipIf(!present)('a mixed corpus: the dev cases\u2019 sources and the dev-report PDFs', () => {
  it('chooses each dev press item\u2019s own report, and gives the verdicts of a check against it alone', async () => {
    const file = join(dir, 'mixed.index.json');
    // the PDFs' text is already cached by content hash in the first index's store
    cpSync(`${index.path}.d/text`, `${file}.d/text`, { recursive: true });
    const cases = readdirSync(DEV).filter((c) => existsSync(join(DEV, c, 'draft.txt'))).sort();
    // one copy of each source text: several press items cover one report
    const seen = new Map<string, string>();
    for (const c of cases) {
      for (const name of readdirSync(join(DEV, c)).filter((n) => /^source\d*\.txt$/.test(n))) {
        const hash = contentHash(readFileSync(join(DEV, c, name)));
        if (!seen.has(hash)) seen.set(hash, join(DEV, c, name));
      }
    }
    await updateIndex(file, [...seen.values(), ...listInputs([REPORTS]).filter((p) => p.endsWith('.pdf'))], () => lex);
    const mixed = openIndex(file);
    const wrong: string[] = [];
    for (const c of cases) {
      // a case with two sources (a report and the inspectorate's press release) is right with either
      const own = readdirSync(join(DEV, c)).filter((n) => /^source\d*\.txt$/.test(n)).map((n) => contentHash(readFileSync(join(DEV, c, n))));
      const draft: InputText = { path: join(DEV, c, 'draft.txt'), text: readFileSync(join(DEV, c, 'draft.txt'), 'utf8'), format: 'text' };
      const result = await checkAgainstCorpus(draft, mixed, { rules });
      const chosen = mixed.documents().find((d) => d.path === result.corpus!.chosen[0]!.path)!;
      if (!own.includes(chosen.hash)) {
        wrong.push(`${c} -> ${chosen.path}`);
        continue;
      }
      const alone = check([draft], [{ path: chosen.path, text: readFileSync(chosen.path, 'utf8'), format: 'text' }], { rules });
      expect(result.documents[0]!.claims.map((x) => [x.text, x.verdict]), c).toEqual(alone.documents[0]!.claims.map((x) => [x.text, x.verdict]));
    }
    mixed.close();
    expect(wrong).toEqual([]);
  }, 300_000);
});
