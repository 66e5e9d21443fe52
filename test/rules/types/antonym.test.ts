import { ruleTable } from '../table.js';

// sentences from the seed report and a 2024 Ofsted report (Crown copyright, OGL v3.0)
const CONTACTS = 'Contacts and referrals are managed within a timely and effective system, ensuring that those with the highest level of need and concern are given priority.';
const OVERSIGHT = 'Calderdale Council, through the corporate leadership team, maintains effective oversight of children’s service delivery.';
const PLANS = 'Outcome measures are clear, and plans are effective in ensuring positive change for children.';
const STRONG = 'Guidance for children who are growing up and moving into adulthood is strong, with early planning setting out young people’s support needs.';
const SAFE = 'Social workers are alert to risks that unaccompanied children face and spend time providing reassurance that supports their mental well-being and helps them to keep safe.';

ruleTable('antonyms', {
  valid: [
    { claim: 'Inspectors said contacts and referrals are managed within a timely and effective system, ensuring that those with the highest level of need are given priority.', source: CONTACTS, verdict: 'paraphrased' },
    { claim: 'Ofsted found the council maintains effective oversight of children’s service delivery through the corporate leadership team.', source: OVERSIGHT, verdict: 'paraphrased' },
    { claim: 'Inspectors said outcome measures are clear, and plans are effective in ensuring positive change for children.', source: PLANS, verdict: 'verbatim' },
    { claim: 'Ofsted said guidance for children who are growing up and moving into adulthood is strong, with early planning setting out their support needs.', source: STRONG, verdict: 'paraphrased' },
    { claim: 'Inspectors found social workers are alert to risks that unaccompanied children face and provide reassurance that helps them to keep safe.', source: SAFE, verdict: 'paraphrased' },
  ],
  invalid: [
    { claim: 'Inspectors said contacts and referrals are managed within a delayed and effective system, ensuring that those with the highest level of need are given priority.', source: CONTACTS, verdict: 'contradictory', messageId: 'opposite', span: 'delayed' },
    { claim: 'Ofsted found the council maintains ineffective oversight of children’s service delivery through the corporate leadership team.', source: OVERSIGHT, verdict: 'contradictory', messageId: 'opposite', span: 'ineffective' },
    { claim: 'Inspectors said outcome measures are unclear, and plans are effective in ensuring positive change for children.', source: PLANS, verdict: 'contradictory', messageId: 'opposite', span: 'unclear' },
    { claim: 'Ofsted said guidance for children who are growing up and moving into adulthood is weak, with early planning setting out their support needs.', source: STRONG, verdict: 'contradictory', messageId: 'opposite', span: 'weak' },
    { claim: 'Inspectors found social workers are alert to risks that unaccompanied children face and provide reassurance that leaves them unsafe.', source: SAFE.replace('keep safe', 'feel safe'), verdict: 'contradictory', messageId: 'opposite', span: 'unsafe' },
  ],
});

// change of quality (improved / deteriorated) and of pace (swiftly / slowly): a 2024 Ofsted report's
// sentences (Crown copyright) and one in the manner of an audit report
const ALLOCATED = 'Children and families are swiftly allocated to social workers once the decision is made that a child and family assessment is needed.';
const TIMELINESS = 'The timeliness of initial health assessments in Northshire has improved since the last inspection.';
ruleTable('antonyms', {
  valid: [
    { claim: 'Inspectors said children and families are swiftly allocated to social workers once it is decided that a child and family assessment is needed.', source: ALLOCATED, verdict: 'paraphrased' },
    { claim: 'The report said the timeliness of initial health assessments in Northshire has improved since the last inspection.', source: TIMELINESS, verdict: 'verbatim' },
  ],
  invalid: [
    { claim: 'Inspectors said children and families are slowly allocated to social workers once it is decided that a child and family assessment is needed.', source: ALLOCATED, verdict: 'contradictory', messageId: 'opposite', span: 'slowly' },
    { claim: 'The report said the timeliness of initial health assessments in Northshire has deteriorated since the last inspection.', source: TIMELINESS, verdict: 'contradictory', messageId: 'opposite', span: 'deteriorated' },
    { claim: 'The report said the timeliness of initial health assessments in Northshire has declined since the last inspection.', source: TIMELINESS, verdict: 'contradictory', messageId: 'opposite', span: 'declined' },
  ],
});
