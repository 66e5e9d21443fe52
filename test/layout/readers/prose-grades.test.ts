import { describe, expect, it } from 'vitest';
import { readProseGrades } from '../../../src/layout/readers/prose-grades.js';
import { contextOf } from './reader-helpers.js';

const grades = (text: string) => readProseGrades(contextOf(text)).map((g) => ({ term: g.hit.scale.names[g.hit.level - 1], overall: g.overall, year: g.year }));

describe('prose grade statements', () => {
  it('reads "The overall judgement is that …" with its footnote mark', () => {
    expect(grades('Blackpool Borough Council\n\nThe overall judgement is that children’s services require improvement.2\n')).toEqual([{ term: 'requires improvement to be good', overall: true, year: undefined }]);
    expect(grades('The overall judgement is that children’s services are good\n')).toEqual([{ term: 'good', overall: true, year: undefined }]);
  });

  it('reads a headline line, and "require improvement to be good" whole', () => {
    expect(grades('Children’s services in Havering require improvement to be good\n\n1. Children who need help and protection\tGood\n')).toEqual([{ term: 'requires improvement to be good', overall: true, year: undefined }]);
  });

  it('reads a grade given to an earlier inspection, with its year', () => {
    expect(grades('Intro.\n\nSince the last Ofsted inspection in November 2018, when the council’s children’s services were judged to be inadequate overall, leadership has improved services. Children are safer now than they were.\n')).toEqual([
      { term: 'inadequate', overall: true, year: 2018 },
    ]);
    expect(grades('Intro.\n\nThe local authority’s fostering service was inspected in July 2012 and was judged to be good. It has improved.\n')).toEqual([{ term: 'good', overall: false, year: 2012 }]);
  });

  it('takes no grade from a sentence that only uses a grade word', () => {
    expect(grades('Intro.\n\nChildren receive good support from social workers who know them well. Good progress has been made in 2019.\n')).toEqual([]);
  });
});
