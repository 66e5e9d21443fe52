import { describe } from 'vitest';
import { profileCase } from './profile-case.js';

// the opening of an HM Inspectorate of Prisons report: the healthy prison tests scored on its own scale (made-up prison)
describe('the hmi-prisons profile', () => {
  profileCase('hmi-prisons', 'prisons-4', {
    report: [
      'Report on an unannounced inspection of HMP Northshire',
      'by HM Chief Inspector of Prisons',
      'Inspection dates: 4 to 15 September 2023',
      'Outcomes for prisoners',
      'Safety\tPoor',
      'Respect\tNot sufficiently good',
      'Purposeful activity\tPoor',
      'Preparation for release\tReasonably good',
      'Too many prisoners spent most of the day locked in their cells.',
    ].join('\n\n'),
    subject: 'HMP Northshire',
    inspection: { start: '2023-09-04', end: '2023-09-15' },
    grades: [
      ['Safety', 'Poor', 4],
      ['Respect', 'Not sufficiently good', 3],
      ['Purposeful activity', 'Poor', 4],
      ['Preparation for release', 'Reasonably good', 2],
    ],
  });
});
