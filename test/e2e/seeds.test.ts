import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { ROOT, rules, seed, source } from '../helpers.js';
import type { ClaimResult } from '../../src/types.js';

const checkSeed = (name: string) => check([seed(`drafts/${name}`)], [source()], { rules }).documents[0]!;
const find = (claims: ClaimResult[], text: string) => {
  const c = claims.find((x) => x.text.includes(text));
  if (!c) throw new Error(`no claim with '${text}'`);
  return c;
};

describe('seed drafts against the seed report', () => {
  it('local news: the three-week inspection contradicts the dates, 2015 is unsupported, quotes verbatim', () => {
    const { claims } = checkSeed('local-news-2024.txt');
    expect(find(claims, 'took place over three weeks')).toMatchObject({ verdict: 'contradictory', kind: 'fact' });
    expect(find(claims, 'took place over three weeks').evidence[0]!.text).toBe('Inspection dates: 4 to 15 December 2023');
    expect(find(claims, 'in the previous inspection in 2015').verdict).toBe('unsupported');
    expect(find(claims, 'since it was judged as requiring improvement').verdict).toBe('unsupported');
    expect(find(claims, 'in December last year').verdict).toBe('paraphrased');
    expect(find(claims, 'social workers carefully consider').verdict).toBe('verbatim');
    expect(find(claims, 'all five inspection criteria').verdict).toBe('paraphrased');
  });

  it('recruitment site: the misquote is paraphrased, judgement names verbatim, the 2019 rating unsupported', () => {
    const { claims } = checkSeed('recruitment-site-news-2024.txt');
    expect(find(claims, 'A determined focus by the experienced Executive Director').verdict).toBe('paraphrased');
    expect(find(claims, 'Children and young people now benefit').verdict).toBe('verbatim');
    expect(find(claims, 'The experiences and progress of care leavers')).toMatchObject({ verdict: 'verbatim' });
    expect(find(claims, 'requires improvement').verdict).toBe('unsupported');
    expect(find(claims, 'Outstanding').verdict).not.toBe('contradictory');
  });

  it('Lewisham 2025: a later focused visit, so its findings are unsupported by the 2023 report', () => {
    const doc = checkSeed('lewisham-council-news-2025.txt');
    expect(doc.notices.map((n) => n.rule)).toContain('dates/laterEvent');
    expect(find(doc.claims, 'Following their visit in December 2023').verdict).toBe('paraphrased');
    expect(find(doc.claims, 'workers write poignant records').verdict).toBe('unsupported');
    expect(find(doc.claims, 'are now understood exceptionally well').verdict).toBe('unsupported');
  });

  it('Lambeth: a draft about another council gets a notice and nothing supported', () => {
    const doc = checkSeed('lambeth-council-news-2025.txt');
    expect(doc.notices[0]!.message).toMatch(/about Lambeth; the source is about Lewisham/);
    expect(doc.claims.filter((c) => c.verdict === 'verbatim' || c.verdict === 'paraphrased')).toEqual([]);
  });
});

describe('the seed report checked against itself', () => {
  it('every sentence, quoted back, is verbatim and no rule fires a contradiction', async () => {
    const { buildSourceModel } = await import('../../src/align/source-model.js');
    const { lex } = await import('../helpers.js');
    const report = source();
    const model = buildSourceModel('S1', report, lex);
    const sentences = model.passages.map((p) => report.text.slice(p.start, p.end).replace(/\s+/g, ' '));
    const quoted = sentences.map((s) => `The report said: \u201C${s}\u201D`).join('\n\n');
    const claims = check([{ path: 'self.txt', text: quoted, format: 'text' }], [report], { rules }).documents[0]!.claims;
    const quotes = claims.filter((c) => c.kind === 'quote');
    expect(quotes).toHaveLength(sentences.length);
    expect(quotes.filter((c) => c.verdict !== 'verbatim').map((c) => c.text)).toEqual([]);
    const plain = check([{ path: 'plain.txt', text: sentences.join('\n\n'), format: 'text' }], [report], { rules }).documents[0]!.claims;
    expect(plain.filter((c) => c.verdict === 'contradictory').map((c) => c.text)).toEqual([]);
  });
});

describe('another council named in one claim', () => {
  it('is contradictory when the passage it matches is about the source\u2019s own council', () => {
    const draft = [
      "Lewisham Council welcomed the report on Lewisham children's services.",
      'Ofsted found that the virtual school run by Lambeth Council provides a high-quality service and is led effectively.',
      'Lewisham Council thanked its staff.',
    ].join('\n\n');
    const doc = check([{ path: 'd.txt', text: draft, format: 'text' }], [source()], { rules }).documents[0]!;
    expect(doc.notices).toEqual([]);
    const claim = find(doc.claims, 'virtual school run by Lambeth');
    expect(claim.verdict).toBe('contradictory');
    expect(claim.reasons[0]).toMatchObject({ rule: 'entities/otherPlace' });
    expect(claim.evidence[0]!.locator).toBe('para 25');
  });
});

describe('a press release the project never saw, against the PDF of the report', () => {
  it('catches the grade, the quantity and both negations, and keeps what is right', async () => {
    const { readInput } = await import('../../src/ingest/read.js');
    const [draft, pdf] = await Promise.all([readInput(`${ROOT}test/fixtures/press-release-with-errors.md`), readInput(`${ROOT}test/fixtures/lewisham-2023-ofsted-report.pdf`)]);
    const { claims } = check([draft], [pdf], { rules }).documents[0]!;
    const rule = (c: ClaimResult) => c.reasons[0]!.rule;
    expect(rule(find(claims, 'have been rated outstanding'))).toBe('grades/overstated');
    expect(find(claims, 'two-week inspection').verdict).toBe('paraphrased');
    const all = find(claims, 'cultural identities in all assessments');
    expect([all.kind, all.verdict, rule(all)]).toEqual(['quote', 'contradictory', 'quantities/overstated']);
    expect(all.diff!.filter((d) => d.op !== 'equal')).toEqual([
      { op: 'delete', text: 'most' },
      { op: 'insert', text: 'all' },
    ]);
    expect(find(claims, 'provides a high-quality service').evidence[0]!.locator).toMatch(/^para 25, p\. \d$/);
    expect(rule(find(claims, 'leaders have not strengthened services'))).toBe('negation/added');
    expect(rule(find(claims, 'management oversight is sufficient'))).toBe('negation/dropped');
    // the words around two quotes say nothing the quotes do not: no claim of their own
    expect(claims.filter((c) => c.text.startsWith('Inspectors said that'))).toEqual([]);
  });
});

describe('a Markdown report and release the project never saw', () => {
  it('reads the pipe table and ## headings, and catches the grade and the quantifier at a quote\u2019s edge', async () => {
    const { readInput } = await import('../../src/ingest/read.js');
    const [draft, report] = await Promise.all([readInput(`${ROOT}test/fixtures/northshire-release.md`), readInput(`${ROOT}test/fixtures/northshire-report.md`)]);
    const { claims } = check([draft], [report], { rules }).documents[0]!;
    const grade = find(claims, 'have been rated Good');
    expect([grade.verdict, grade.reasons[0]!.rule, grade.evidence[0]!.locator]).toEqual(['contradictory', 'grades/overstated', 'judgement table, row 2']);
    const all = find(claims, 'all children in care');
    expect([all.verdict, all.reasons[0]!.rule, all.evidence[0]!.locator]).toEqual(['contradictory', 'quantities/overstated', 'para 1']);
    expect(all.diff!.slice(0, 2)).toEqual([
      { op: 'delete', text: 'Most' },
      { op: 'insert', text: 'all' },
    ]);
    expect(claims.find((c) => c.text === 'took place over five days')).toMatchObject({ kind: 'fact', verdict: 'paraphrased' });
    expect(find(claims, 'too many children wait too long').verdict).toBe('verbatim');
  });
});
