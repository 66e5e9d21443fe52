import { describe } from 'vitest';
import { profileCase } from './profile-case.js';

// the opening of an Ofsted school inspection report under the 2019 framework (made-up school)
describe('the ofsted-schools profile', () => {
  profileCase('ofsted-schools', 'ofsted-4', {
    report: [
      'Inspection of Northshire Primary School',
      'Inspection dates: 10 and 11 December 2019',
      'Overall effectiveness\tInadequate',
      'The quality of education\tInadequate',
      'Behaviour and attitudes\tRequires improvement',
      'Personal development\tRequires improvement',
      'Leadership and management\tInadequate',
      'What is it like to attend this school?',
      'Pupils are not well prepared for secondary school. The headteacher has started to make changes.',
    ].join('\n\n'),
    inspection: { start: '2019-12-10', end: '2019-12-11' },
    grades: [
      ['The quality of education', 'Inadequate', 4],
      ['Behaviour and attitudes', 'Requires improvement', 3],
      ['Personal development', 'Requires improvement', 3],
      ['Leadership and management', 'Inadequate', 4],
    ],
    overall: 'Inadequate',
  });
});
