import { describe } from 'vitest';
import { profileCase } from './profile-case.js';

// the opening of a CQC hospital report, as the regulator prints its ratings (Crown copyright style; made-up trust)
describe('the cqc profile', () => {
  profileCase('cqc', 'cqc-4', {
    report: [
      'Northshire Hospitals NHS Foundation Trust',
      'Inspection report',
      'Date of inspection visit: 7 March 2023 to 9 March 2023',
      'Date of publication: 14 June 2023',
      'Ratings',
      'Overall rating for this location\tRequires improvement',
      'Are services safe?\tInadequate',
      'Are services effective?\tGood',
      'Are services caring?\tGood',
      'Are services responsive?\tRequires improvement',
      'Are services well-led?\tRequires improvement',
      'The Care Quality Commission found that staff did not always complete risk assessments.',
    ].join('\n\n'),
    inspection: { start: '2023-03-07', end: '2023-03-09' },
    published: '2023-06-14',
    grades: [
      ['Are services safe', 'Inadequate', 4],
      ['Are services effective', 'Good', 2],
      ['Are services caring', 'Good', 2],
      ['Are services responsive', 'Requires improvement', 3],
      ['Are services well-led', 'Requires improvement', 3],
    ],
    overall: 'Requires improvement',
  });
});
