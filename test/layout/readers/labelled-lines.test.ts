import { describe, expect, it } from 'vitest';
import { readDates } from '../../../src/layout/readers/dates.js';
import { readLabelledLines } from '../../../src/layout/readers/labelled-lines.js';
import { lex } from '../../helpers.js';
import { contextOf } from './reader-helpers.js';

const dates = (text: string) => {
  const d = readDates(readLabelledLines(contextOf(text)), lex);
  return { inspection: d.inspection && [d.inspection.start, d.inspection.end], published: d.published?.date };
};

describe('labelled lines and the dates they give', () => {
  it('reads the labels of the opening page', () => {
    const lines = readLabelledLines(contextOf('Inspection dates: 5 to 16 December 2022\n\nLead inspector: A Person, His Majesty’s Inspector\n'));
    expect(lines.map((l) => l.label)).toEqual(['Inspection dates', 'Lead inspector']);
    expect(lines[1]!.at).toEqual({ kind: 'label', text: 'Lead inspector' });
  });

  it('reads inspection dates in every form the reports print them', () => {
    expect(dates('Inspection dates: 5 to 16 December 2022\n').inspection).toEqual(['2022-12-05', '2022-12-16']);
    expect(dates('Inspection dates: 31 October to 11 November 2022\n').inspection).toEqual(['2022-10-31', '2022-11-11']);
    expect(dates('Inspection dates: 02 March 2020 to 13 March 2020\n').inspection).toEqual(['2020-03-02', '2020-03-13']);
    expect(dates('Inspection date: 2 July 2014 – 23 July 2014\n').inspection).toEqual(['2014-07-02', '2014-07-23']);
  });

  it('reads two labels run together on one line', () => {
    expect(dates('Inspection date: 4 July 2016–28 July 2016 Report published: 20 September 2016\n')).toEqual({ inspection: ['2016-07-04', '2016-07-28'], published: '2016-09-20' });
  });

  it('takes no dates from a sentence', () => {
    expect(dates('The service improved after the visit: it was inspected on 4 May 2019 and again later.\n')).toEqual({ inspection: undefined, published: undefined });
  });

  it('reads a label with its value on the next line, and a date label printed without its colon', () => {
    expect(dates('Contact:\n\nEmail A Person\n\nRelease date:\n\n9 June 2021\n\nNext release:\n\n14 July 2021\n').published).toBe('2021-06-09');
    // no year on the dates line: the year of the publication that follows it
    expect(dates('Inspection dates 6-17 November\nPublished: 12 January 2010\n')).toEqual({ inspection: ['2009-11-06', '2009-11-17'], published: '2010-01-12' });
  });
});
