import { ruleTable } from '../table.js';

// the opening of a 2024 Ofsted report (Crown copyright, OGL v3.0); the other places are made up
const REPORT = [
  'Inspection of Calderdale local authority children’s services',
  '',
  'Calderdale Council, through the corporate leadership team, maintains effective oversight of children’s service delivery.',
  'Most care leavers are in full-time education, employment or training, and those who are not can access support from the virtual school.',
  'Newly qualified social workers are well supported with regular supervision and joint working.',
].join('\n');
const praised = 'Ofsted praised Calderdale Council. ';

ruleTable('entities', {
  valid: [
    { claim: `${praised}Inspectors said Calderdale Council maintains effective oversight of children’s service delivery.`, source: REPORT, verdict: 'paraphrased' },
    { claim: `${praised}Ofsted said most care leavers are in full-time education, employment or training.`, source: REPORT, verdict: 'paraphrased' },
    { claim: `${praised}Inspectors found newly qualified social workers are well supported with regular supervision and joint working.`, source: REPORT, verdict: 'verbatim' },
    { claim: 'Inspectors said Calderdale Council maintains effective oversight of children’s service delivery through its leadership team.', source: REPORT, verdict: 'paraphrased' },
    { claim: 'The watchdog said newly qualified social workers in Calderdale are well supported with regular supervision.', source: REPORT, verdict: 'paraphrased' },
  ],
  invalid: [
    { claim: `${praised}Inspectors said Northshire Council maintains effective oversight of children’s service delivery.`, source: REPORT, verdict: 'contradictory', messageId: 'otherPlace', span: 'Northshire' },
    { claim: `${praised}Ofsted said most care leavers in Westbury borough are in full-time education, employment or training.`, source: REPORT, verdict: 'contradictory', messageId: 'otherPlace', span: 'Westbury' },
    { claim: `${praised}Inspectors found newly qualified social workers at Eastfield council are well supported with regular supervision and joint working.`, source: REPORT, verdict: 'contradictory', messageId: 'otherPlace', span: 'Eastfield' },
    { claim: 'Northshire Council was praised by Ofsted. Inspectors said newly qualified social workers are well supported with regular supervision and joint working.', source: REPORT, verdict: 'unsupported', messageId: 'otherSubject', span: 'Northshire' },
    { claim: 'Inspectors said Westbury council maintains effective oversight of children’s service delivery.', source: REPORT, verdict: 'unsupported', messageId: 'otherSubject', span: 'Westbury' },
  ],
});

// a council named with "City Council" after it, and a name ending in s given a misplaced possessive
const CITY_REPORT = [
  'Hastings City Council Inspection of services for children in need of help and protection',
  '',
  'Hastings City Council has strengthened its front door, and most children who need help are seen quickly.',
  'Leaders know their services well and have a clear plan for improvement.',
].join('\n');

ruleTable('entities', {
  valid: [
    { claim: 'Inspectors said most children who need help in Hastings are seen quickly.', source: CITY_REPORT, verdict: 'paraphrased' },
    { claim: 'Ofsted said leaders of Hasting’s children’s services know their services well and have a clear plan for improvement.', source: CITY_REPORT, verdict: 'paraphrased' },
  ],
  invalid: [
    { claim: 'Inspectors said Rye council has strengthened its front door.', source: CITY_REPORT, verdict: 'unsupported', messageId: 'otherSubject', span: 'Rye' },
  ],
});

// the inspected services put in a place the report never names: another authority's services
ruleTable('entities', {
  valid: [
    { claim: 'After an Ofsted inspection, children\u2019s services in Hastings have been told to improve how quickly children who need help are seen.', source: CITY_REPORT, verdict: 'paraphrased' },
    // a claim that names the report's own place too compares the two
    { claim: 'Ofsted said children\u2019s services in Hastings see children more quickly than children\u2019s services in Rye.', source: CITY_REPORT, verdict: 'paraphrased' },
  ],
  invalid: [
    { claim: 'There is to be a shake-up of children\u2019s social care services in Sussex after an Ofsted inspection found failings.', source: CITY_REPORT, verdict: 'contradictory', messageId: 'otherServices', span: 'Sussex' },
  ],
});
