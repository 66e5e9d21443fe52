import { describe } from 'vitest';
import { profileCase } from './profile-case.js';

// the opening of a 2015 single inspection framework report, as a PDF's text layer gives it: the
// overall judgement in prose, the judgement list one label and one grade per line (made-up council)
describe('the ofsted-children profile', () => {
  profileCase('ofsted-children', 'ofsted-4', {
    report: [
      'Northshire Borough Council',
      'Inspection of services for children in need of help and protection, children looked after and care leavers',
      'Inspection date: 2 March 2015 – 24 March 2015',
      'Report published: 12 May 2015',
      'The overall judgement is that children’s services require improvement',
      'The judgements on areas of the service that contribute to overall effectiveness are:',
      '1. Children who need help and protection\nRequires improvement',
      '2. Children looked after and achieving permanence\nGood',
      '3. Leadership, management and governance\nRequires improvement',
      'Since the local authority was judged inadequate in 2012, leaders have improved services.',
    ].join('\n\n'),
    subject: 'Northshire Borough Council',
    inspection: { start: '2015-03-02', end: '2015-03-24' },
    published: '2015-05-12',
    grades: [
      ['Children who need help and protection', 'Requires improvement to be good', 3],
      ['Children looked after and achieving permanence', 'Good', 2],
      ['Leadership, management and governance', 'Requires improvement to be good', 3],
    ],
    overall: 'Requires improvement to be good',
  });
});
