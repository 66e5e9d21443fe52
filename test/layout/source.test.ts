import { describe, expect, it } from 'vitest';
import { segmentSource } from '../../src/layout/source.js';
import { splitSentences } from '../../src/layout/sentences.js';
import { lex, source } from '../helpers.js';

const report = source().text;
const blocks = segmentSource(report, lex);
const body = (b: { bodyStart: number; end: number }) => report.slice(b.bodyStart, b.end);

describe('segmentSource on the seed report', () => {
  it('reads the judgement table: five judgements, each graded Good', () => {
    const rows = blocks.filter((b) => b.kind === 'judgement');
    expect(rows.map((r) => r.grade?.subject)).toEqual([
      'The impact of leaders on social work practice with children and families',
      'The experiences and progress of children who need help and protection',
      'The experiences and progress of children in care',
      'The experiences and progress of care leavers',
      'Overall effectiveness',
    ]);
    expect(rows.every((r) => r.grade?.term === 'Good')).toBe(true);
    expect(rows[2]!.locator).toBe('judgement table, row 3');
  });

  it('numbers paragraphs and rejoins one split by a page break', () => {
    const para5 = blocks.find((b) => b.paragraph === 5)!;
    expect(para5.locator).toBe('para 5');
    expect(body(para5)).toMatch(/^Children receive an appropriate/);
    expect(body(para5)).toMatch(/multi-agency\s+partners, who share information/);
    expect(blocks.filter((b) => b.paragraph !== undefined)).toHaveLength(63);
  });

  it('gives section headings their grade and bullets their list', () => {
    const heading = blocks.find((b) => b.kind === 'heading' && b.grade && /children in care/.test(b.grade.subject))!;
    expect(heading.grade).toMatchObject({ term: 'good', subject: 'Experiences and progress of children in care' });
    const bullets = blocks.filter((b) => b.kind === 'bullet');
    expect(bullets[1]!.locator).toBe("'What needs to improve?', bullet 2");
    expect(body(bullets[1]!)).toMatch(/^Oversight arrangements to progress permanence/);
  });

  it('marks the title, the dates line and the publisher\u2019s end matter', () => {
    expect(blocks[0]!.kind).toBe('title');
    expect(blocks.find((b) => b.label === 'Inspection dates')).toBeDefined();
    const end = blocks.filter((b) => b.kind === 'boilerplate');
    expect(end.length).toBeGreaterThanOrEqual(5);
    expect(end.some((b) => body(b).includes('Crown copyright'))).toBe(true);
    expect(end.some((b) => b.paragraph !== undefined)).toBe(false);
  });
});

describe('splitSentences', () => {
  it('does not split at abbreviations or initials', () => {
    const text = 'Cllr. J. Smith met Dr. Patel, e.g. at the hub. Then they left.';
    expect(splitSentences(text).map(([s, e]) => text.slice(s, e))).toEqual(['Cllr. J. Smith met Dr. Patel, e.g. at the hub.', 'Then they left.']);
  });

  it('reads initials and abbreviations alike in ASCII and beyond it', () => {
    const split = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));
    expect(split('Ms É. Dupont and Mr. Ó. Briain met the U.K. team. Then they left.')).toEqual(['Ms É. Dupont and Mr. Ó. Briain met the U.K. team.', 'Then they left.']);
    expect(split('They met at the café. Then they left.')).toEqual(['They met at the café.', 'Then they left.']);
    expect(split('They met Zoë. Then they left.')).toEqual(['They met Zoë.', 'Then they left.']);
    expect(split('The plan was agreed. It starts in May.')).toEqual(['The plan was agreed.', 'It starts in May.']);
  });
});

describe('the publisher’s end matter', () => {
  it('starts where the end matter starts, not at the last numbered paragraph', () => {
    const text = [
      '1. Leaders know their services well.',
      '2. Staff are supported by managers.',
      'Our findings on the wards',
      'Wards were clean. Patients told us staff were kind.',
      'Medicines were stored safely and records were accurate.',
      'Staff had completed their mandatory training.',
      '© Crown copyright 2024',
      'You may reuse this information free of charge under the Open Government Licence.',
    ].join('\n\n') + '\n';
    const blocks = segmentSource(text, lex);
    expect(blocks.filter((b) => b.kind === 'boilerplate').map((b) => text.slice(b.start, b.start + 12))).toEqual(['© Crown copy', 'You may reus']);
    expect(blocks.filter((b) => b.section === 'Our findings on the wards' && b.kind === 'paragraph')).toHaveLength(3);
  });
});

describe('segmentSource on a 2015 report as a PDF gives it (one line per block)', () => {
  // the title page of a 2015 single inspection report (Crown copyright, OGL v3.0; made-up council)
  const SIF = [
    'Northshire Borough Council',
    'Inspection of services for children in need of help and',
    'protection, children looked after and care leavers',
    'and',
    'Review of the effectiveness of the Local Safeguarding Children',
    'Board1',
    'Inspection date: 2 March – 24 March 2015',
    'Report published: 12 May 2015',
    'The judgements on areas of the service that contribute to overall effectiveness are:',
    '1. Children who need help and protection',
    'Requires improvement',
    '2. Children looked after and achieving',
    'permanence',
    'Good',
    'The local authority',
    'Leaders know their services well.',
  ].join('\n');
  const sif = segmentSource(SIF, lex);
  it('opens no section at a grade on its own line or at a title tail with a footnote mark', () => {
    const headings = sif.filter((b) => b.kind === 'heading').map((b) => b.locator);
    expect(headings).toEqual(["heading 'The local authority'"]);
    expect(sif.find((b) => SIF.slice(b.start, b.end) === 'Leaders know their services well.')?.locator).toBe("'The local authority', paragraph 1");
  });
});

describe('segmentSource on a report whose PDF text runs its lines together', () => {
  // the opening of a 2017 single inspection report as text extraction joins it (Crown copyright,
  // OGL v3.0; made-up council)
  const RUN_ON = [
    'Northshire Borough Council Inspection of services for children in need of help and protection, children looked after and care leavers and Review of the effectiveness of the Local Safeguarding Children Board1 Inspection date: 9 January to 2 February 2017',
    'Children’s services in Northshire are inadequate 1. Children who need help and protection',
    'Inadequate',
    '2. Children looked after and achieving permanence',
    'Requires improvement',
    '1',
    'Ofsted produces this report under its power to combine reports in accordance with section 152 of the Education and Inspections Act 2006.',
    '1',
    'There are widespread and serious failures in the services provided to children who need help and protection in Northshire.',
  ].join('\n\n');
  const blocks = segmentSource(RUN_ON, lex);
  const text = (b: { bodyStart: number; end: number }) => RUN_ON.slice(b.bodyStart, b.end);
  it('cuts a heading from the first item of the numbered list run on after it', () => {
    const heading = blocks.find((b) => b.kind === 'heading')!;
    expect(text(heading)).toBe('Children’s services in Northshire are inadequate');
    expect(blocks.find((b) => b.paragraph === 1)?.locator).toBe('para 1');
    expect(text(blocks.find((b) => b.paragraph === 1)!)).toBe('Children who need help and protection');
  });
  it('keeps a line whose "1." is not followed by a list together', () => {
    const line = 'Children’s services in Northshire are inadequate 1. Children who need help and protection';
    const alone = segmentSource(`Ofsted report\n\n${line}\n\nInadequate\n`, lex);
    expect(alone.map((b) => `Ofsted report\n\n${line}\n\nInadequate\n`.slice(b.bodyStart, b.end))).toContain(line);
  });
  it('reads a footnote once: its number alone again later is a page number', () => {
    const notes = blocks.filter((b) => b.locator === 'footnote 1').map(text);
    expect(notes).toEqual(['Ofsted produces this report under its power to combine reports in accordance with section 152 of the Education and Inspections Act 2006.']);
  });
});
