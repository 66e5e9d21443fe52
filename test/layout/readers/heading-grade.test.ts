import { describe, expect, it } from 'vitest';
import { readHeadingGrades } from '../../../src/layout/readers/heading-grade.js';
import { contextOf } from './reader-helpers.js';

const headings = (text: string) => readHeadingGrades(contextOf(text)).map((h) => [h.subject, h.hit.level, h.at.kind]);

describe('graded headings', () => {
  it('reads "Heading: grade", dropping the heading’s own verb', () => {
    expect(headings('The experiences and progress of children in care: good\n\n27. Children come into care when they need to.\n')).toEqual([['The experiences and progress of children in care', 2, 'heading']]);
    expect(headings('The impact of leaders on social work practice with children and families is: outstanding\n\nLeaders are ambitious.\n')).toEqual([['The impact of leaders on social work practice with children and families', 1, 'heading']]);
  });

  it('reads a grade standing on the line below its heading', () => {
    expect(headings('Experiences and progress of care leavers\n\nRequires improvement to be good\n\nSummary\n')).toEqual([['Experiences and progress of care leavers', 3, 'heading']]);
  });

  it('reads no grade from a sentence with a colon', () => {
    expect(headings('Inspectors found that this was the case in most areas: good work is being done to keep children safe in the borough and beyond.\n')).toEqual([]);
  });
});
