import { describe } from 'vitest';
import { profileCase } from './profile-case.js';

// a statistics bulletin names no inspectorate: the generic profile, with dates and no grades
describe('the generic profile', () => {
  profileCase('generic', undefined, {
    report: [
      'Labour market overview, UK: October 2020',
      'Release date: 13 October 2020',
      'The employment rate fell on the quarter, and the unemployment rate rose to 4.5%.',
      'Payrolled employees were down by 673,000 compared with March.',
    ].join('\n\n'),
    published: '2020-10-13',
    grades: [],
  });
});
