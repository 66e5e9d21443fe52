import { describe } from 'vitest';
import { profileCase } from './profile-case.js';

// the opening of an HMICFRS PEEL report: its judgments on the five-point scale with "adequate" (made-up force)
describe('the hmicfrs-peel profile', () => {
  profileCase('hmicfrs-peel', 'peel-5', {
    report: [
      'PEEL 2023–25: An inspection of Northshire Constabulary',
      'His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services',
      'Our judgments',
      'Investigating crime\tGood',
      'Protecting vulnerable people\tAdequate',
      'Responding to the public\tRequires improvement',
      'Preventing crime\tOutstanding',
      'The force has improved how it records crime since our last inspection.',
    ].join('\n\n'),
    subject: 'Northshire Constabulary',
    grades: [
      ['Investigating crime', 'Good', 2],
      ['Protecting vulnerable people', 'Adequate', 3],
      ['Responding to the public', 'Requires improvement', 4],
      ['Preventing crime', 'Outstanding', 1],
    ],
  });
});
