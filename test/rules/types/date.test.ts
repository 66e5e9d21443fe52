import { ruleTable } from '../table.js';

// the opening of a 2024 Ofsted report (Crown copyright, OGL v3.0)
const REPORT = [
  'Inspection of Calderdale local authority children’s services',
  '',
  'Inspection dates: 19 to 23 February 2024',
  '',
  'Since the last inspection of Calderdale local authority children’s services in 2018, leaders have continued to maintain and, in most areas, improve practice.',
].join('\n');
const PUBLISHED = REPORT.replace('Inspection dates: 19 to 23 February 2024', 'Inspection dates: 19 to 23 February 2024\n\nDate of publication: 4 April 2024');

ruleTable('dates', {
  valid: [
    { claim: 'The inspection took place over five days.', source: REPORT, verdict: 'paraphrased', messageId: 'durationMatches' },
    { claim: 'Inspectors visited in February 2024.', source: REPORT, verdict: 'paraphrased', messageId: 'dateMatches' },
    { claim: 'Leaders have improved practice since the last inspection in 2018.', source: REPORT, verdict: 'paraphrased', messageId: 'yearMatches' },
    { claim: 'Inspectors were in Calderdale on 21 February 2024.', source: REPORT, verdict: 'paraphrased', messageId: 'dateMatches' },
    { claim: 'The inspection lasted one week.', source: REPORT, verdict: 'paraphrased', messageId: 'durationMatches' },
    { claim: 'The Ofsted report published today praises leaders.', source: PUBLISHED, verdict: 'paraphrased', messageId: 'publishedToday' },
  ],
  invalid: [
    { claim: 'The inspection took place over three weeks.', source: REPORT, verdict: 'contradictory', messageId: 'duration', span: 'The inspection took place over three weeks' },
    { claim: 'Leaders have improved practice since the last inspection in 2015.', source: REPORT, verdict: 'unsupported', messageId: 'unstatedYear', span: 'since the last inspection in 2015' },
    { claim: 'Inspectors visited in March 2024.', source: REPORT, verdict: 'unsupported', messageId: 'unstatedDate', span: 'in March 2024' },
    { claim: 'The inspection took place in February last year.', source: REPORT, verdict: 'unsupported', messageId: 'unresolved', span: 'The inspection took place in February last year' },
    { claim: 'The inspection lasted two weeks.', source: REPORT, verdict: 'contradictory', messageId: 'duration', span: 'The inspection lasted two weeks' },
    { claim: 'The Ofsted report published today praises leaders.', source: REPORT, verdict: 'unsupported', messageId: 'unpublished' },
  ],
});

// a duration is the inspection's length only beside an inspection word, and never time elapsed
ruleTable('dates', {
  valid: [
    { claim: 'Six years on from an inadequate inspection, leaders have improved practice.', source: REPORT, verdict: 'unsupported' },
    { claim: 'Inspectors found that some children waited six months for an assessment.', source: REPORT, verdict: 'unsupported' },
    { claim: 'The council was re-inspected over a week in February 2024.', source: REPORT, verdict: 'paraphrased', messageId: 'dateMatches' },
  ],
  invalid: [
    { claim: 'The process ended in a three-week re-inspection.', source: REPORT, verdict: 'contradictory', messageId: 'duration', span: 'in a three-week' },
  ],
});
