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
