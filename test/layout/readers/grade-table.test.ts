import { describe, expect, it } from 'vitest';
import { readGradeTables } from '../../../src/layout/readers/grade-table.js';
import { contextOf } from './reader-helpers.js';

const rows = (text: string, profile?: string) => readGradeTables(contextOf(text, profile)).map((r) => [r.subject, r.hit.scale.names[r.hit.level - 1]]);

describe('grade tables', () => {
  it('reads tab-separated rows whose label wraps onto the next line', () => {
    const text = 'Judgement\tGrade\n\nThe impact of leaders on social work\tRequires improvement to be good\n\npractice with children and families\n\nThe experiences and progress of care\tGood\n\nleavers\n\nOverall effectiveness\tRequires improvement to be good\n\nSince the last inspection, leaders have improved services. Children are safer.\n';
    expect(rows(text)).toEqual([
      ['The impact of leaders on social work practice with children and families', 'requires improvement to be good'],
      ['The experiences and progress of care leavers', 'good'],
      ['Overall effectiveness', 'requires improvement to be good'],
    ]);
    const table = readGradeTables(contextOf(text));
    expect(table[1]!.at).toEqual({ kind: 'table-row', table: 'judgements', row: 2 });
    expect(text.slice(table[1]!.span.start, table[1]!.span.end)).toBe('Good');
  });

  it('reads a grade printed before its label, and a grade split over two lines', () => {
    const text = 'Judgement\tGrade\n\nThe experiences and progress of children who need help\tRequires improvement\n\nand protection\tto be good\n\nRequires improvement to be good Overall effectiveness\n\nStrong leadership has led to improvements since the last inspection.\n';
    expect(rows(text)).toEqual([
      ['The experiences and progress of children who need help and protection', 'requires improvement to be good'],
      ['Overall effectiveness', 'requires improvement to be good'],
    ]);
  });

  it('reads the 2014 layout: numbered rows, "Requires" above and "Improvement" after the label', () => {
    const text = 'The judgements on areas of the service that contribute to overall effectiveness are:\n\nRequires\n\n1. Children who need help and protection Improvement\n\n2. Children looked after and achieving\tGood\n\npermanence\n\n2.1 Adoption performance\tNot Judged\n\nRequires 2.2 Experiences and progress of care leavers Improvement\n\n1 Ofsted produces this report under its power to combine reports in accordance with section 152 of the Education and Inspections Act 2006.\n';
    expect(rows(text)).toEqual([
      ['Children who need help and protection', 'requires improvement to be good'],
      ['Children looked after and achieving permanence', 'good'],
      ['Experiences and progress of care leavers', 'requires improvement to be good'],
    ]);
  });

  it('reads a table flattened into one line', () => {
    const text = 'Children who need help and protection Good Children looked after and achieving permanence Requires improvement Adoption performance Good Leadership, management and governance Inadequate\n';
    expect(rows(text).map((r) => r[1])).toEqual(['good', 'requires improvement to be good', 'good', 'inadequate']);
    expect(rows(text)[3]![0]).toBe('Leadership, management and governance');
  });

  it('takes no grade from a grid of grade column headings, nor from prose that opens with a grade word', () => {
    expect(rows('Outstanding\tGood\tAdequate\tRequires improvement\tInadequate\n\nPreventing crime\t\t\tX\n', 'hmicfrs-peel')).toEqual([]);
    expect(rows('9.\tGood-quality legal planning meetings are comprehensive, clearly identifying\n\nthe threshold decision and the next steps that are needed.\n')).toEqual([]);
    expect(rows('Good use is made of family group conferences\n\nto explore family-based care.\n')).toEqual([]);
  });

  it('does not take a headline run on into the first row as part of its label', () => {
    const text = 'Children’s services in Redbridge are inadequate 1. Children who need help and protection\n\nInadequate\n\n2. Children looked after and achieving permanence\n\nGood\n\n3. Leadership, management and governance\n\nInadequate\n';
    expect(rows(text)).toEqual([
      ['Children who need help and protection', 'inadequate'],
      ['Children looked after and achieving permanence', 'good'],
      ['Leadership, management and governance', 'inadequate'],
    ]);
  });
});
