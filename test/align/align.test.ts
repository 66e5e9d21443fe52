import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { retrieve, similarity, topScores } from '../../src/align/align.js';
import { buildSourceModel } from '../../src/align/source-model.js';
import { makeDoc } from '../../src/ingest/document.js';
import { check } from '../../src/check.js';
import { lex, rules, source, text } from '../helpers.js';

const run = (draft: string) => check([text(draft)], [source()], { rules }).documents[0]!.claims;

const northshire = text(
  [
    "Northshire children's services inspection",
    '',
    'Judgement  Grade',
    '1. Children who need help and protection  Good',
    '2. Children looked after and achieving permanence  Good',
    '2.1 Adoption performance  Good',
    '2.2 Experiences and progress of care leavers  Requires improvement',
    '3. Leadership, management and governance  Good',
    '',
    'Summary',
    '',
    'Leaders know their services well. Social workers visit children often and listen to them.',
    '',
  ].join('\n'),
  'report.txt',
);
const claimed = (draft: string) => check([text(draft)], [northshire], { rules }).documents[0]!.claims.filter((c) => c.kind === 'claim');

describe('alignment of quotes with the seed report', () => {
  it('finds a quote with an ellipsis and a bracketed insertion verbatim', () => {
    const [quote] = run('Ofsted said: \u201CThe pace of change has been purposeful \u2026 leading to better outcomes for [the borough\u2019s] children.\u201D').filter((c) => c.kind === 'quote');
    expect(quote).toMatchObject({ verdict: 'verbatim' });
    expect(quote!.evidence[0]!.locator).toBe('summary, paragraph 1');
  });

  it('finds a quote whose words run over a page break in the source', () => {
    const [quote] = run('Inspectors said \u201CStrategy discussions are attended by relevant multi-agency partners, who share information to inform the analysis of risk.\u201D').filter((c) => c.kind === 'quote');
    expect(quote).toMatchObject({ verdict: 'verbatim' });
    expect(quote!.evidence[0]!.locator).toBe('para 5');
  });

  it('labels a near-verbatim misquote paraphrased with the word diff', () => {
    const [quote] = run(
      'Ofsted said: \u201CA determined focus by the experienced Executive Director for Children and Young People and his highly effective leadership team has driven widespread improvements in services since the last inspection in 2019.\u201D',
    ).filter((c) => c.kind === 'quote');
    expect(quote!.verdict).toBe('paraphrased');
    expect(quote!.reasons[0]!.message).toMatch(/^Misquote/);
    const changed = quote!.diff!.filter((d) => d.op !== 'equal');
    expect(changed).toEqual([
      { op: 'delete', text: '&' },
      { op: 'insert', text: 'and' },
      { op: 'delete', text: 'DCS' },
    ]);
  });

  it('says plainly when a quote is not in the source at all', () => {
    const [quote] = run('Inspectors highlighted that \u201Cworkers write poignant records, full of care, kindness and comfort.\u201D').filter((c) => c.kind === 'quote');
    expect(quote!.verdict).toBe('unsupported');
    expect(quote!.reasons[0]!.message).toMatch(/not in the source/);
  });

  it('every sentence of the report, quoted back, comes out verbatim with its own locator', () => {
    const report = source().text;
    const sentences = ['Consent is appropriately considered and over-ridden.', 'Pathway plans are of good quality.', 'Staff describe leaders as approachable, visible and supportive.'];
    for (const s of sentences) expect(report).toContain(s);
    const claims = run(sentences.map((s) => `Ofsted said \u201C${s}\u201D`).join('\n\n')).filter((c) => c.kind === 'quote');
    expect(claims.map((c) => [c.verdict, c.evidence[0]!.locator])).toEqual([
      ['verbatim', 'para 2'],
      ['verbatim', 'para 38'],
      ['verbatim', 'para 63'],
    ]);
  });

  it('compares an elided misquote piece by piece: the words either side of the ellipsis are not neighbours in the source', () => {
    const report = text(
      'Summary\n\nStrong leadership, an ambitious and well-articulated vision, a new practice model and robust governance arrangements are leading to improved outcomes for children in need of help and protection.\n',
      'report.txt',
    );
    const [quote] = check(
      [text('Inspectors said: \u201CStrong leadership, an ambitious and well-articulated vision\u2026and robust governance arrangements are leading to improved outcomes for children in need of protection.\u201D')],
      [report],
      { rules },
    ).documents[0]!.claims.filter((c) => c.kind === 'quote');
    // "well" of "well-articulated" is no degree, and "robust" modifies governance on both sides
    expect(quote!.verdict).toBe('paraphrased');
    expect(quote!.reasons[0]!.rule).toBe('match/misquote');
  });

  it('supports a claim that lists the report\'s judgement areas from the rows together, and not a list the rows do not hold', () => {
    const [listed] = claimed('The areas inspected were children who need help and protection, adoption performance, experiences and progress of care leavers and leadership, management and governance.');
    expect(listed!.verdict).toBe('paraphrased');
    expect(listed!.evidence.length).toBeGreaterThan(2);
    const [other] = claimed('The areas inspected were school attendance, youth justice, housing repairs and the recruitment of foster carers.');
    expect(other!.verdict).toBe('unsupported');
  });

  it('supports a long sentence by the clause the report carries and names that clause, but not when the clause is negated', () => {
    const [joined] = claimed('Inspectors said social workers visit children often and listen to them, a sign that the restorative practice model piloted by the trust has bedded in.');
    expect(joined!.verdict).toBe('paraphrased');
    expect(joined!.reasons[0]!.message).toContain("'Inspectors said social workers visit children often and listen to them' carries 100%");
    const [negated] = claimed('Inspectors said social workers do not visit children often or listen to them, a sign that the new practice model brought in last spring has failed.');
    expect(negated!.verdict).not.toBe('paraphrased');
  });
});

describe('topScores', () => {
  it('keeps the highest scores, ties to the earlier index, as sorting all and taking the first n does', () => {
    const scores = fc.array(fc.constantFrom(0.5, 1, 1.5, 2, 3), { minLength: 1, maxLength: 40 });
    fc.assert(fc.property(scores, fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 1000 }), (values, n, seed) => {
      // the indexes come in any order (the order passages are first touched)
      const indexes = values.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
      const sorted = [...indexes].sort((a, b) => values[b]! - values[a]! || a - b).slice(0, n);
      expect(topScores(indexes, values, n)).toEqual(sorted);
    }), { numRuns: 2000 });
  });
});

describe('retrieve', () => {
  it('ranks the report sentence a claim is drawn from first, and again for the next claim (its scratch scores cleared)', () => {
    const model = buildSourceModel('S1', source(), lex);
    const claim = (s: string) => makeDoc(text(s)).tokens;
    const first = retrieve(model, claim('Children have lasting relationships with their independent reviewing officers, who review care plans regularly.'), lex);
    const again = retrieve(model, claim('Children have lasting relationships with their independent reviewing officers, who review care plans regularly.'), lex);
    expect(again).toEqual(first);
    expect(first[0]!.passages.some((p) => model.doc.text.slice(p.start, p.end).includes('independent reviewing officers, who regularly review'))).toBe(true);
    expect(first.length).toBeLessThanOrEqual(10);
  });
});

describe('similarity', () => {
  // a 2015 report's overall judgement, its grade on a line of its own (Crown copyright, OGL v3.0; made-up council)
  const report = text('Northshire Borough Council\n\nThe overall judgement is that children\u2019s services require\nimprovement\n\nLeaders have improved the help given to families.\n', 'report.txt');
  const model = buildSourceModel('S1', report, lex);
  const coverage = (claim: string, passage: string) => {
    const p = model.passages.find((x) => model.doc.text.slice(x.start, x.end).startsWith(passage))!;
    return similarity(model, makeDoc(text(claim)).tokens, p.tokens, lex).coverage;
  };
  it('meets a change with a change of the same root, never with a grade that names the root', () => {
    expect(coverage('services improved', 'The overall judgement')).toBeLessThan(1);
    expect(coverage('services require improvement', 'The overall judgement')).toBe(1);
    expect(coverage('leaders improved', 'Leaders have improved')).toBe(1);
  });
});
