import { describe, expect, it } from 'vitest';
import { readJudgementLists } from '../../../src/layout/readers/judgement-list.js';
import { contextOf } from './reader-helpers.js';

const items = (text: string) => readJudgementLists(contextOf(text)).map((g) => [g.subject, g.hit.scale.names[g.hit.level - 1], g.at]);

// the opening of a 2015 single inspection framework report (Crown copyright) as a text whose lines were all run together
const RUN_TOGETHER =
  'The judgements on areas of the service that contribute to overall effectiveness are: 1. Children who need help and protection Good 2. Children looked after and achieving permanence Good 2.1 Adoption performance Good 2.2 Experiences and progress of care leavers Good 3. Leadership, management and governance Outstanding 1 Ofsted produces this report under its power to combine reports in accordance with section 152 of the Education and Inspections Act 2006.';

describe('judgement lists run into a line', () => {
  it('reads every numbered item as a grade with its label, the last one too', () => {
    expect(items(RUN_TOGETHER)).toEqual([
      ['Children who need help and protection', 'good', { kind: 'table-row', table: 'judgements', row: 1 }],
      ['Children looked after and achieving permanence', 'good', { kind: 'table-row', table: 'judgements', row: 2 }],
      ['Adoption performance', 'good', { kind: 'table-row', table: 'judgements', row: 3 }],
      ['Experiences and progress of care leavers', 'good', { kind: 'table-row', table: 'judgements', row: 4 }],
      ['Leadership, management and governance', 'outstanding', { kind: 'table-row', table: 'judgements', row: 5 }],
    ]);
  });

  it('takes nothing from numbered paragraphs that merely use grade words', () => {
    expect(items('1. Social workers know children well. Good practice is shared. 2. Managers check plans. Good use is made of data. 3. Leaders act quickly.')).toEqual([]);
    expect(items('1. Children who need help and protection Good 2. Adoption performance Good')).toEqual([]);
  });
});
