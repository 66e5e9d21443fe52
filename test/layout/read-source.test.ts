import { describe, expect, it } from 'vitest';
import { layout } from '../../src/layout/index.js';
import { lex } from '../helpers.js';

const read = (text: string) => layout('S1', { path: 'report.txt', text, format: 'text' }, lex);

const REPORT = [
  'Inspection of services for children in need of help and protection, children looked after and care leavers',
  'Inspection dates: 3 to 21 March 2016',
  'The overall judgement is that children’s services require improvement',
  '1. Children who need help and protection\tRequires improvement',
  '2. Children looked after and achieving permanence\tGood',
  '3. Leadership, management and governance\tRequires improvement',
  'Executive summary',
  'Since the local authority was judged to be inadequate in 2012, leaders have improved services. Social workers know their children well.',
  '2. Children looked after and achieving permanence: Good',
  'Children in care live in stable homes. Their plans are reviewed often.',
].join('\n\n') + '\n';

describe('readSourceDoc', () => {
  const doc = read(REPORT);

  it('lists a judgement read twice (its table row and its section heading) once, at its row', () => {
    const inCare = doc.grades.filter((g) => g.area === 'children-in-care');
    expect(inCare).toHaveLength(1);
    expect(inCare[0]!.at).toMatchObject({ kind: 'table-row', row: 2 });
  });

  it('gives every grade its area, and the overall grades the judgement as their subject', () => {
    expect(doc.grades.map((g) => [g.area, g.term, g.when])).toEqual([
      ['help-and-protection', 'Requires improvement to be good', 'this inspection'],
      ['children-in-care', 'Good', 'this inspection'],
      ['leadership', 'Requires improvement to be good', 'this inspection'],
      ['overall', 'Requires improvement to be good', 'this inspection'],
      ['overall', 'Inadequate', { year: 2012 }],
    ]);
    expect(doc.grades.filter((g) => g.overall).map((g) => g.subject)).toEqual(['Overall effectiveness', 'Overall effectiveness']);
  });
});
