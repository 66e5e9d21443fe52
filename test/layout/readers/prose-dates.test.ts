import { describe, expect, it } from 'vitest';
import { readProseDates } from '../../../src/layout/readers/prose-dates.js';
import { lex } from '../../helpers.js';
import { contextOf } from './reader-helpers.js';

const read = (text: string, published?: string) => {
  const d = readProseDates(contextOf(text), lex, published);
  return { inspection: d.inspection && [d.inspection.start, d.inspection.end], visits: d.visits.map((v) => v.date) };
};

describe('inspection dates stated in a sentence', () => {
  it('reads a range, taking a missing year from the publication after it', () => {
    expect(read('Summary\n\nInspectors visited the local authority between 4 and 15 December and met children and staff.\n', '2018-02-02')).toEqual({ inspection: ['2017-12-04', '2017-12-15'], visits: [] });
    expect(read('Summary\n\nThe inspection took place from 28 February\nto 11 March 2022.\n').inspection).toEqual(['2022-02-28', '2022-03-11']);
  });

  it('reads the days of a visit', () => {
    expect(read('This visit was carried out on 3 and 4 May 2019 by two inspectors.\n').visits).toEqual(['2019-05-03', '2019-05-04']);
  });

  it('takes no dates from a sentence that is not about the inspection', () => {
    expect(read('Summary\n\nThe number of children in care rose between 1 and 31 March 2021.\n')).toEqual({ inspection: undefined, visits: [] });
  });
});
