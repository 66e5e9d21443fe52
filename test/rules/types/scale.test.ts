import { ruleTable } from '../table.js';

// sentences from the seed report and a 2024 Ofsted report (Crown copyright, OGL v3.0)
const ASSESSMENTS = 'Most assessments of children’s needs are thorough, timely and informed by history, partner agency information and the voices of children and families.';
const STABILITY = 'Placement stability is positive, and most children remain in their foster homes long term and are settled.';
const SCHOOL = 'There are a small number of children who are not in registered school provision.';
const PAS = 'Pathway advisers clearly know their young people well and have regular contact with them in line with their changing needs.';
const ADOPTERS = 'Prospective adopters report being well prepared for their adoption journey.';

ruleTable('quantities', {
  valid: [
    { claim: 'Inspectors found most assessments of children’s needs are thorough, timely and informed by history, partner agency information and the voices of children and families.', source: ASSESSMENTS, verdict: 'verbatim' },
    { claim: 'Ofsted said placement stability is positive, and most children remain in their foster homes long term and are settled.', source: STABILITY, verdict: 'verbatim' },
    { claim: 'Inspectors noted a small number of children are not in registered school provision.', source: SCHOOL, verdict: 'paraphrased' },
    { claim: 'Inspectors found the majority of assessments of children’s needs are thorough, timely and informed by history, partner agency information and the voices of children and families.', source: ASSESSMENTS, verdict: 'paraphrased' },
    { claim: 'Ofsted said placement stability is positive, and children remain in their foster homes long term and are settled.', source: STABILITY, verdict: 'paraphrased' },
  ],
  invalid: [
    { claim: 'Inspectors found all assessments of children’s needs are thorough, timely and informed by history, partner agency information and the voices of children and families.', source: ASSESSMENTS, verdict: 'contradictory', messageId: 'overstated', span: 'all' },
    { claim: 'Ofsted said placement stability is positive, and all children remain in their foster homes long term and are settled.', source: STABILITY, verdict: 'contradictory', messageId: 'overstated', span: 'all' },
    { claim: 'Inspectors noted many children are not in registered school provision.', source: SCHOOL, verdict: 'contradictory', messageId: 'overstated', span: 'many' },
    { claim: 'Inspectors found few assessments of children’s needs are thorough, timely and informed by history, partner agency information and the voices of children and families.', source: ASSESSMENTS, verdict: 'contradictory', messageId: 'understated', span: 'few' },
    { claim: 'Ofsted said placement stability is positive, and some children remain in their foster homes long term and are settled.', source: STABILITY, verdict: 'contradictory', messageId: 'understated', span: 'some' },
  ],
});

ruleTable('intensity', {
  valid: [
    { claim: 'Inspectors found pathway advisers clearly know their young people well and have regular contact with them in line with their changing needs.', source: PAS, verdict: 'verbatim' },
    { claim: 'Ofsted said prospective adopters report being well prepared for their adoption journey.', source: ADOPTERS, verdict: 'verbatim' },
    { claim: 'Inspectors said workers capture the voice of the child well in early help assessments.', source: 'Workers capture the voice of the child well in early help assessments.', verdict: 'verbatim' },
    { claim: 'Ofsted said the local authority designated officer service is effective in managing allegations made about professionals.', source: 'The local authority designated officer service is effective in managing allegations made about professionals who may pose a risk to children.', verdict: 'paraphrased' },
    { claim: 'Inspectors found children at risk of exploitation benefit from a prompt and highly effective response from the Safe Space service.', source: "Children who are potentially at risk of exploitation benefit from a prompt and highly effective response from the 'Safe Space' service.", verdict: 'paraphrased' },
  ],
  invalid: [
    { claim: 'Inspectors found pathway advisers clearly know their young people exceptionally well and have regular contact with them in line with their changing needs.', source: PAS, verdict: 'contradictory', messageId: 'overstated', span: 'exceptionally well' },
    { claim: 'Ofsted said prospective adopters report being extremely well prepared for their adoption journey.', source: ADOPTERS, verdict: 'contradictory', messageId: 'overstated', span: 'extremely well' },
    { claim: 'Inspectors said workers capture the voice of the child very well in early help assessments.', source: 'Workers capture the voice of the child well in early help assessments.', verdict: 'contradictory', messageId: 'overstated', span: 'very well' },
    { claim: 'Ofsted said the local authority designated officer service is exemplary in managing allegations made about professionals.', source: 'The local authority designated officer service is effective in managing allegations made about professionals who may pose a risk to children.', verdict: 'contradictory', messageId: 'overstated', span: 'exemplary' },
    { claim: 'Inspectors found children at risk of exploitation benefit from a prompt and effective response from the Safe Space service.', source: "Children who are potentially at risk of exploitation benefit from a prompt and highly effective response from the 'Safe Space' service.", verdict: 'contradictory', messageId: 'understated', span: 'effective' },
  ],
});

// quantity: some < most < almost all < all (a 2024 Ofsted report, Crown copyright)
const SEEN_ALONE = 'Almost all children are seen alone by their social workers, and their views are recorded.';
const VISITS = 'Most children in care are visited regularly by their social workers, who know them well.';
ruleTable('quantities', {
  valid: [
    { claim: 'Inspectors found nearly all children are seen alone by their social workers, and their views are recorded.', source: SEEN_ALONE, verdict: 'paraphrased' },
    { claim: 'Inspectors found virtually all children are seen alone by their social workers, and their views are recorded.', source: SEEN_ALONE, verdict: 'paraphrased' },
    { claim: 'Inspectors found the vast majority of children are seen alone by their social workers, and their views are recorded.', source: SEEN_ALONE, verdict: 'paraphrased' },
    { claim: 'Ofsted said the majority of children in care are visited regularly by their social workers, who know them well.', source: VISITS, verdict: 'paraphrased' },
  ],
  invalid: [
    { claim: 'Inspectors found all children are seen alone by their social workers, and their views are recorded.', source: SEEN_ALONE, verdict: 'contradictory', messageId: 'overstated', span: 'all' },
    { claim: 'Inspectors found most children are seen alone by their social workers, and their views are recorded.', source: SEEN_ALONE, verdict: 'contradictory', messageId: 'understated', span: 'most' },
    { claim: 'Ofsted said almost all children in care are visited regularly by their social workers, who know them well.', source: VISITS, verdict: 'contradictory', messageId: 'overstated', span: 'almost all' },
    { claim: 'Ofsted said some children in care are visited regularly by their social workers, who know them well.', source: VISITS, verdict: 'contradictory', messageId: 'understated', span: 'some' },
  ],
});

// intensity: an intensifier before a word the report gives bare, or bare where the report strengthens it
// (sentences of a 2024 Ofsted report, Crown copyright, the last adapted)
const THOROUGH = 'Most assessments are thorough in their exploration of children’s needs.';
const CARERS = 'Assessments of family members as potential kinship carers are carried out promptly and to a high standard.';
const PLACEMENT = 'Detailed placement plans are swiftly put in place and are highly responsive to children’s needs.';
ruleTable('intensity', {
  valid: [
    { claim: 'Inspectors found most assessments are thorough in their exploration of children’s needs.', source: THOROUGH, verdict: 'verbatim' },
    { claim: 'Ofsted said placement plans are swiftly put in place and are highly responsive to children’s needs.', source: PLACEMENT, verdict: 'paraphrased' },
  ],
  invalid: [
    { claim: 'Inspectors found most assessments are exceptionally thorough in their exploration of children’s needs.', source: THOROUGH, verdict: 'contradictory', messageId: 'overstated', span: 'exceptionally thorough' },
    { claim: 'Inspectors found most assessments are very thorough in their exploration of children’s needs.', source: THOROUGH, verdict: 'contradictory', messageId: 'overstated', span: 'very thorough' },
    { claim: 'Ofsted said assessments of family members as kinship carers are carried out extremely promptly and to a high standard.', source: CARERS, verdict: 'contradictory', messageId: 'overstated', span: 'extremely promptly' },
    { claim: 'Ofsted said placement plans are swiftly put in place and are responsive to children’s needs.', source: PLACEMENT, verdict: 'contradictory', messageId: 'understated', span: 'responsive' },
  ],
});

// change: which way an amount moved (sentences in the manner of a statistics release, invented places)
const REREFERRALS = 'The proportion of re-referrals in Northshire has decreased since the last inspection.';
const WAITING = 'Fewer children in Westvale are waiting for an assessment than a year earlier.';
const AGENCY = 'The council now spends £40m more on agency social workers than it did before the review.';
ruleTable('change', {
  valid: [
    { claim: 'The report said the proportion of re-referrals in Northshire has fallen since the last inspection.', source: REREFERRALS, verdict: 'paraphrased' },
    { claim: 'The report said the proportion of re-referrals in Northshire has dropped since the last inspection.', source: REREFERRALS, verdict: 'paraphrased' },
    { claim: 'The report said the council now spends £40m more on agency social workers than it did before the review.', source: AGENCY, verdict: 'verbatim' },
  ],
  invalid: [
    { claim: 'The report said the proportion of re-referrals in Northshire has increased since the last inspection.', source: REREFERRALS, verdict: 'contradictory', messageId: 'overstated', span: 'increased' },
    { claim: 'The report said the proportion of re-referrals in Northshire has risen since the last inspection.', source: REREFERRALS, verdict: 'contradictory', messageId: 'overstated', span: 'risen' },
    { claim: 'The report said more children in Westvale are waiting for an assessment than a year earlier.', source: WAITING, verdict: 'contradictory', messageId: 'overstated', span: 'more' },
    // "£40m less" where the report says £40m more
    { claim: 'The report said the council now spends £40m less on agency social workers than it did before the review.', source: AGENCY, verdict: 'contradictory', messageId: 'understated', span: 'less' },
  ],
});

// frequency: how often (a 2024 Ofsted report, Crown copyright)
const PANEL = 'A weekly entry-to-care panel helps to identify resources to support families.';
const TRACKING = 'There is a comprehensive and regular system of management oversight for these children through monthly tracking meetings.';
ruleTable('frequency', {
  valid: [
    { claim: 'Inspectors found a weekly entry-to-care panel helps to identify resources to support families.', source: PANEL, verdict: 'verbatim' },
    { claim: 'Ofsted said management oversight of these children is regular, through monthly tracking meetings.', source: TRACKING, verdict: 'paraphrased' },
  ],
  invalid: [
    { claim: 'Inspectors found a monthly entry-to-care panel helps to identify resources to support families.', source: PANEL, verdict: 'contradictory', messageId: 'understated', span: 'monthly' },
    { claim: 'Ofsted said management oversight of these children is regular, through weekly tracking meetings.', source: TRACKING, verdict: 'contradictory', messageId: 'overstated', span: 'weekly' },
    { claim: 'Ofsted said management oversight of these children is regular, through annual tracking meetings.', source: TRACKING, verdict: 'contradictory', messageId: 'understated', span: 'annual' },
  ],
});
