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

// every number form against sentences in the manner of an audit or statistics release (invented
// councils and figures): what each counts, and how far each hedge reaches
const LEAVERS = 'Northshire reported that 42% of care leavers aged 19 to 21 were in education, employment or training.';
const REREFERRALS = 'In the year, 24% of referrals to children’s social care in Northshire were re-referrals within 12 months.';
const OVERSPEND = 'The council’s overspend on children’s services reached £46.2 million by the end of the year.';
const HIGH_NEEDS = 'Spending on support for pupils with high needs across the region rose to £1.2 billion.';
const REFERRALS = 'The front door service in Westvale received 438 referrals from the police last quarter.';
const RATE = 'The proportion of children seen within timescales in Westvale was 4.47% below the regional average.';
const PLANS = 'The number of children on child protection plans in Northshire fell from 512 to 430 over two years.';
const PLACES = 'The council cut 60 of its 400 residential places for children with disabilities.';
const STAFF = 'Northshire employs 40 social workers and 12 team managers in its assessment service.';

ruleTable('numbers', {
  valid: [
    // percentages, and fractions in words within the hedge they carry
    { claim: 'Nearly half of care leavers aged 19 to 21 were in education, employment or training, the report found.', source: LEAVERS, verdict: 'paraphrased' },
    { claim: 'The report found that around 40% of care leavers aged 19 to 21 were in education, employment or training.', source: LEAVERS, verdict: 'paraphrased' },
    { claim: 'The report found that 42 per cent of care leavers aged 19 to 21 were in education, employment or training.', source: LEAVERS, verdict: 'paraphrased' },
    // a quantifier as a share of the same whole
    { claim: 'The report found that a minority of care leavers aged 19 to 21 were in education, employment or training.', source: LEAVERS, verdict: 'paraphrased' },
    { claim: 'One in four referrals to children’s social care in Northshire were re-referrals within 12 months, the report said.', source: REREFERRALS, verdict: 'paraphrased' },
    { claim: 'Almost a quarter of referrals to children’s social care in Northshire were re-referrals within 12 months, the report said.', source: REREFERRALS, verdict: 'paraphrased' },
    // money, rounded as written
    { claim: 'The report said the council’s overspend on children’s services reached £46m by the end of the year.', source: OVERSPEND, verdict: 'paraphrased' },
    { claim: 'The report said the council’s overspend on children’s services reached nearly £50m by the end of the year.', source: OVERSPEND, verdict: 'paraphrased' },
    { claim: 'The report said spending on support for pupils with high needs across the region rose to £1.2bn.', source: HIGH_NEEDS, verdict: 'paraphrased' },
    // counts with approximators
    { claim: 'The report said the front door service in Westvale received more than 400 referrals from the police last quarter.', source: REFERRALS, verdict: 'paraphrased' },
    { claim: 'The report said the front door service in Westvale received almost 440 referrals from the police last quarter.', source: REFERRALS, verdict: 'paraphrased' },
    { claim: 'The report said the front door service in Westvale received around 450 referrals from the police last quarter.', source: REFERRALS, verdict: 'paraphrased' },
    // rounding: 4.47% is 4.5% to one place and 4% to none
    { claim: 'The proportion of children seen within timescales in Westvale was 4.5% below the regional average, the report said.', source: RATE, verdict: 'paraphrased' },
    { claim: 'The proportion of children seen within timescales in Westvale was 4% below the regional average, the report said.', source: RATE, verdict: 'paraphrased' },
    // changes "from X to Y", and a change's size against them
    { claim: 'The report said the number of children on child protection plans in Northshire fell from 512 to 430 over two years.', source: PLANS, verdict: 'paraphrased' },
    { claim: 'The report said the number of children on child protection plans in Northshire was cut by 82 over two years.', source: PLANS, verdict: 'paraphrased' },
    // a number compared only with one that counts the same thing
    { claim: 'The report said Northshire employs 12 team managers in its assessment service.', source: STAFF, verdict: 'paraphrased' },
  ],
  invalid: [
    { claim: 'More than half of care leavers aged 19 to 21 were in education, employment or training, the report found.', source: LEAVERS, verdict: 'contradictory', messageId: 'different', span: 'More' },
    { claim: 'The report found that most care leavers aged 19 to 21 were in education, employment or training.', source: LEAVERS, verdict: 'contradictory', messageId: 'different', span: 'most' },
    { claim: 'Nearly a third of referrals to children’s social care in Northshire were re-referrals within 12 months, the report said.', source: REREFERRALS, verdict: 'contradictory', messageId: 'different', span: 'Nearly' },
    { claim: 'One in three referrals to children’s social care in Northshire were re-referrals within 12 months, the report said.', source: REREFERRALS, verdict: 'contradictory', messageId: 'different', span: 'One' },
    { claim: 'The report said the council’s overspend on children’s services reached £40m by the end of the year.', source: OVERSPEND, verdict: 'contradictory', messageId: 'different' },
    { claim: 'The report said spending on support for pupils with high needs across the region rose to £1.5 billion.', source: HIGH_NEEDS, verdict: 'contradictory', messageId: 'different' },
    { claim: 'The report said the front door service in Westvale received nearly 500 referrals from the police last quarter.', source: REFERRALS, verdict: 'contradictory', messageId: 'different', span: 'nearly' },
    { claim: 'The report said the front door service in Westvale received fewer than 400 referrals from the police last quarter.', source: REFERRALS, verdict: 'contradictory', messageId: 'different', span: 'fewer' },
    { claim: 'The proportion of children seen within timescales in Westvale was 5% below the regional average, the report said.', source: RATE, verdict: 'contradictory', messageId: 'different' },
    { claim: 'The report said the number of children on child protection plans in Northshire fell from 512 to 340 over two years.', source: PLANS, verdict: 'contradictory', messageId: 'different' },
    // "cut from 400 to 60" where 60 were cut
    { claim: 'The report said the council cut its residential places for children with disabilities from 400 to 60.', source: PLACES, verdict: 'contradictory', messageId: 'different' },
    { claim: 'The report said Northshire employs 30 social workers and 12 team managers in its assessment service.', source: STAFF, verdict: 'contradictory', messageId: 'different', span: '30' },
  ],
});
