import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSourceModel } from '../../src/align/source-model.js';
import { check } from '../../src/check.js';
import { formatJson } from '../../src/report/json.js';
import { lex, rules, seed, source } from '../helpers.js';
import type { InputText } from '../../src/types.js';

const SEED = 20261123;
const report = source();
const model = buildSourceModel('S1', report, lex);
// sentences of numbered paragraphs, as a reader would quote them
const sentences = model.passages
  .filter((p) => p.block.paragraph !== undefined)
  .map((p) => ({ text: report.text.slice(p.start, p.end).replace(/\s+/g, ' '), locator: p.block.locator }));
const quoteAll = (picked: typeof sentences) => picked.map((s) => `Inspectors wrote: \u201C${s.text}\u201D`).join('\n\n');
const quotes = (text: string) => check([{ path: 'd.txt', text, format: 'text' }], [report], { rules }).documents[0]!.claims.filter((c) => c.kind === 'quote');

describe('quoting the source back', () => {
  it('any sentences of the report, in any order, are verbatim with their own locator', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(sentences, { minLength: 1, maxLength: 6 }), (picked) => {
        const found = quotes(quoteAll(picked));
        const inner = (t: string) => t.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length;
        expect(found).toHaveLength(picked.reduce((n, s) => n + inner(s.text), 0));
        expect(found.every((c) => c.verdict === 'verbatim')).toBe(true);
        const locators = new Set(found.map((c) => c.evidence[0]!.locator));
        for (const s of picked) expect(locators.has(s.locator)).toBe(true);
      }),
      { seed: SEED, numRuns: 25 },
    );
  });

  const changes: Array<[string, (s: string) => string | undefined]> = [
    ['a negation', (s) => (/ (is|are|was|were|has|have) /.test(s) ? s.replace(/ (is|are|was|were|has|have) /, ' $1 not ') : undefined)],
    ['a number', (s) => (/\b\d+\b/.test(s) ? s.replace(/\b(\d+)\b/, (n) => String(Number(n) + 3)) : undefined)],
    ['a grade or quantity', (s) => (/\b(good|Most|most)\b/.test(s) ? s.replace(/\b(good|Most|most)\b/, (w) => (w === 'good' ? 'outstanding' : w === 'Most' ? 'All' : 'all')) : undefined)],
  ];
  for (const [what, change] of changes) {
    it(`changing ${what} in a verbatim quote never leaves it verbatim`, () => {
      const candidates = sentences.filter((s) => change(s.text) !== undefined && s.text.split(/\s+/).length >= 6);
      fc.assert(
        fc.property(fc.constantFrom(...candidates), (s) => {
          const [claim] = quotes(`Inspectors wrote: \u201C${change(s.text)!}\u201D`);
          expect(claim!.verdict).not.toBe('verbatim');
        }),
        { seed: SEED, numRuns: Math.min(25, candidates.length) },
      );
    });
  }
});

describe('determinism', () => {
  const drafts = ['local-news-2024', 'recruitment-site-news-2024', 'lewisham-council-news-2025', 'lambeth-council-news-2025'].map((n) => seed(`drafts/${n}.txt`));
  const other: InputText = { path: 'other-report.txt', text: 'Inspection of Northshire local authority children\u2019s services\n\nInspection dates: 1 to 5 May 2024\n\n- 1. Most children are seen quickly.\n', format: 'text' };

  it('gives byte-identical JSON across runs', () => {
    const once = formatJson(check(drafts, [report], { rules }));
    expect(formatJson(check(drafts, [report], { rules }))).toBe(once);
  });

  it('gives each draft the same result whatever order the drafts come in', () => {
    const byPath = (list: InputText[]) => new Map(check(list, [report], { rules }).documents.map((d) => [d.path, JSON.stringify(d)]));
    const forward = byPath(drafts);
    fc.assert(
      fc.property(fc.shuffledSubarray(drafts, { minLength: drafts.length, maxLength: drafts.length }), (order) => {
        expect(byPath(order)).toEqual(forward);
      }),
      { seed: SEED, numRuns: 4 },
    );
  }, 30_000); // real work: many whole checks

  it('gives the same verdicts and evidence whatever order the sources come in', () => {
    const summary = (sources: InputText[]) => {
      const result = check(drafts, sources, { rules });
      const pathOf = new Map(result.sources.map((s) => [s.id, s.path]));
      return result.documents.map((d) => d.claims.map((c) => [c.verdict, c.evidence.map((e) => `${pathOf.get(e.source)} ${e.locator}`)]));
    };
    expect(summary([other, report])).toEqual(summary([report, other]));
  });
});
