// The real Ofsted PDFs in ../shared/eval/dev-reports: the latest report of each of 30 councils
// against its verified ground truth, and every PDF (older frameworks too) read without error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/read.js';
import { layout } from '../../src/layout/index.js';
import { reportFacts } from '../../src/layout/facts.js';
import { lex, ROOT } from '../helpers.js';

const DIR = join(ROOT, '../shared/eval/dev-reports');
const present = existsSync(join(DIR, 'ground-truth.json'));

interface Truth {
  file: string;
  overall_effectiveness: string;
  inspection_start: string;
  inspection_end: string;
  judgements: Array<{ name: string; grade: string }>;
}

const norm = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

async function factsOf(file: string) {
  return reportFacts(file, layout('S1', await readInput(join(DIR, file)), lex));
}

describe.skipIf(!present)('the dev reports', () => {
  it('gives the overall grade, every judgement and the inspection dates of all 30 latest reports', async () => {
    const truth = (JSON.parse(readFileSync(join(DIR, 'ground-truth.json'), 'utf8')) as { reports: Truth[] }).reports;
    expect(truth).toHaveLength(30);
    const misses: string[] = [];
    for (const r of truth) {
      const f = await factsOf(r.file);
      const now = f.grades.filter((g) => g.when === 'this inspection');
      const got = {
        overall: now.find((g) => g.overall)?.term,
        judgements: r.judgements.map((j) => now.find((g) => norm(g.subject) === norm(j.name))?.term),
        dates: f.dates.inspection,
      };
      const want = { overall: r.overall_effectiveness, judgements: r.judgements.map((j) => j.grade), dates: { start: r.inspection_start, end: r.inspection_end } };
      if (JSON.stringify(got).toLowerCase() !== JSON.stringify(want).toLowerCase()) misses.push(`${r.file}: ${JSON.stringify(got)}`);
    }
    expect(misses).toEqual([]);
  }, 240_000);

  it('reads every report, old frameworks too, and takes grades only from grade lines', async () => {
    const files = readdirSync(DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(DIR, d.name)).map((f) => `${d.name}/${f}`));
    expect(files.length).toBe(90);
    const bad: string[] = [];
    for (const file of files) {
      const f = await factsOf(file);
      for (const g of f.grades.filter((g) => g.locator.kind !== 'paragraph')) {
        // a table row or heading names what it grades in a few capitalised words, never a sentence
        if (!/^[\p{Lu}]/u.test(g.subject) || /[.;]/.test(g.subject) || g.subject.split(/\s+/).length > 16) bad.push(`${file}: ${g.subject}`);
      }
    }
    expect(bad).toEqual([]);
  }, 600_000);
});
