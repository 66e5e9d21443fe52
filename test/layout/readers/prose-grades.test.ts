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

  it('reads a headline run on into the first judgement of the list after it', () => {
    const ctx = contextOf('Ofsted report\n\nChildren’s services in Redbridge are inadequate 1. Children who need help and protection\n\nInadequate\n');
    const [g] = readProseGrades(ctx);
    expect(g).toMatchObject({ overall: true });
    expect(ctx.doc.text.slice(g!.span.start, g!.span.end)).toBe('inadequate');
  });

  it('reads a headline whose last word a page break put in a block of its own', () => {
    expect(grades('Report published: 1 May 2017\n\nChildren’s services in Sefton require improvement to be\n\ngood\n\n1. Children who need help and protection Good\n')).toEqual([
      { term: 'requires improvement to be good', overall: true, year: undefined },
    ]);
  });

  it('reads an earlier overall grade given as "a judgement of …" or to "they", with the judgement as its subject', () => {
    expect(grades('Intro.\n\nThis is a re-inspection of children’s services in Bury, following a judgement of inadequate for overall effectiveness in 2013. Services have improved.\n')).toEqual([
      { term: 'inadequate', overall: true, year: 2013 },
    ]);
    const [past] = readProseGrades(contextOf('Intro.\n\nThis is a re-inspection of children’s services in Bury, after they were judged to be inadequate in 2014. Progress was slow.\n'));
    expect(past).toMatchObject({ overall: true, year: 2014, subject: 'they' });
  });

  it('reads a school report grading the school as a whole, run on into its first finding or not', () => {
    const school = (text: string) => readProseGrades(contextOf(text, 'ofsted-schools')).map((g) => [g.hit.scale.names[g.hit.level - 1], g.overall]);
    expect(school('Summary of key findings\n\nThis is a good school Leaders have improved teaching since the last inspection.\n')).toEqual([['good', true]]);
    expect(school('Summary of key findings\n\nThis school requires improvement. Pupils make slow progress.\n')).toEqual([['requires improvement', true]]);
    expect(school('Summary\n\nThis is a good start. The school has much to do.\n')).toEqual([]);
  });
});
