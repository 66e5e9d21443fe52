import { describe, expect, it } from 'vitest';
import { shippedProfiles } from '../../../src/layout/profile.js';
import { readSubject } from '../../../src/layout/readers/subject.js';
import { contextOf } from './reader-helpers.js';

const subjectOf = (text: string, profile = 'ofsted-children') => readSubject(contextOf(text, profile), shippedProfiles().find((p) => p.id === profile)!.titles);

describe('the report subject', () => {
  it('reads a name run on into the title, after a page number', () => {
    expect(subjectOf('1\n\nBolton Metropolitan Borough Council Re-inspection of services for children in need of help and protection\n\nInspection dates: 4 to 28 May 2016\n')).toBe('Bolton Metropolitan Borough Council');
    expect(subjectOf('Royal Borough of Greenwich Inspection of services for children in need of help and protection, children looked after and care leavers\n')).toBe('Royal Borough of Greenwich');
  });

  it('reads a name on a line of its own before or after the title line', () => {
    expect(subjectOf('Stockton-on-Tees\nInspection of services for children in need of help and\nprotection, children looked after and care leavers\n')).toBe('Stockton-on-Tees');
    expect(subjectOf('Inspection of safeguarding and\nlooked after children services\nHalton\nInspection dates 1-12 March\n')).toBe('Halton');
  });

  it('reads "an inspection of" a police force', () => {
    expect(subjectOf('PEEL 2023/25 – An inspection of Durham Constabulary\n\nOur judgments\n', 'hmicfrs-peel')).toBe('Durham Constabulary');
    expect(subjectOf('Overall summary\n\nThis report is an inspection of Gwent Police, which serves about 600,000 people.\n', 'hmicfrs-peel')).toBe('Gwent Police');
  });

  it('takes no section heading for a name', () => {
    expect(subjectOf('Executive summary\n\nInspection of the service showed that children wait too long.\n')).toBeUndefined();
  });
});
