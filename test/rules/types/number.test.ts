import { ruleTable } from '../table.js';

// a 2024 Ofsted report's judgement table and sentences, and the seed report's (Crown copyright, OGL v3.0)
const TABLE = [
  // a report names itself first: its profile (and so its grade scale) is chosen from its own words
  "Inspection of Northshire local authority children's services",
  '',
  'Judgement\tGrade',
  'The impact of leaders on social work practice with children and families\tGood',
  'The experiences and progress of children who need help and protection\tGood',
  'The experiences and progress of children in care\tGood',
  'The experiences and progress of care leavers\tGood',
  'Overall effectiveness\tGood',
].join('\n');
const PA = 'Care leavers are prepared for independence well and are allocated their PA at the age of 17 and a half.';
const TEAM = 'A small team of three practitioners responds when children go missing from home or care.';
const CASELOADS = 'Most social workers have caseloads of between 15 and 20 children, which allows them to visit children regularly.';

ruleTable('numbers', {
  valid: [
    { claim: "Inspectors judged the service 'Good' across all five key judgements.", source: TABLE, verdict: 'paraphrased', messageId: 'countMatches' },
    { claim: 'Ofsted rated the council good in each of its five judgements.', source: TABLE, verdict: 'paraphrased', messageId: 'countMatches' },
    // a count of some of the judgements, not of all of them: no claim about how many there are
    { claim: 'Ofsted rated leadership good, and the other three judgements were rated good too.', source: TABLE, verdict: 'unsupported' },
    { claim: 'Inspectors rated care leavers and children in care good, an improvement for both categories.', source: TABLE, verdict: 'paraphrased' },
    { claim: 'Inspectors found care leavers are allocated their PA at the age of 17 and a half and are prepared for independence well.', source: PA, verdict: 'paraphrased' },
    { claim: 'Ofsted said a small team of three practitioners responds when children go missing from home or care.', source: TEAM, verdict: 'verbatim' },
    { claim: 'Inspectors found most social workers have caseloads of between 15 and 20 children, which allows them to visit children regularly.', source: CASELOADS, verdict: 'verbatim' },
  ],
  invalid: [
    { claim: "Inspectors judged the service 'Good' across all four key judgements.", source: TABLE, verdict: 'contradictory', messageId: 'count', span: 'across all four key judgements' },
    { claim: 'Ofsted rated the council good in each of its six judgements.', source: TABLE, verdict: 'contradictory', messageId: 'count', span: 'in each of its six judgements' },
    { claim: 'Inspectors found care leavers are allocated their PA at the age of 16 and a half and are prepared for independence well.', source: PA, verdict: 'contradictory', messageId: 'different', span: '16' },
    { claim: 'Ofsted said a small team of five practitioners responds when children go missing from home or care.', source: TEAM, verdict: 'contradictory', messageId: 'different', span: 'five' },
    { claim: 'Inspectors found most social workers have caseloads of between 25 and 30 children, which allows them to visit children regularly.', source: CASELOADS, verdict: 'contradictory', messageId: 'different', span: '25' },
  ],
});
