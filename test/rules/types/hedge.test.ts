import { ruleTable } from '../table.js';

// sentences from a 2024 Ofsted report and the seed report (Crown copyright, OGL v3.0)
const DRIFT = 'This is more evident where levels of risk remain static rather than increasing or decreasing, and can lead to drift in progress for some children.';
const SAFETY = 'Written safety plans are developed; however, some could be clearer to ensure that parents are aware of the expectations of them.';
const RISK = 'The local authority designated officer service is effective in managing allegations made about professionals who may pose a risk to children.';
const EXPLOIT = 'Children who are potentially at risk of exploitation benefit from a prompt and highly effective response from the Safe Space service.';
const LONELY = 'For a small number of care leavers, where there is an assessed need for mental well-being support, there is a delay in provision that is likely to add to feelings of loneliness.';

ruleTable('hedges', {
  valid: [
    { claim: 'Inspectors said static levels of risk can lead to drift in progress for some children.', source: DRIFT, verdict: 'paraphrased' },
    { claim: 'Ofsted said some written safety plans could be clearer to ensure that parents are aware of the expectations of them.', source: SAFETY, verdict: 'paraphrased' },
    { claim: 'Inspectors found the designated officer service is effective in managing allegations about professionals who may pose a risk to children.', source: RISK, verdict: 'paraphrased' },
    { claim: 'Ofsted said children potentially at risk of exploitation benefit from a prompt and highly effective response from the Safe Space service.', source: EXPLOIT, verdict: 'paraphrased' },
    { claim: 'Inspectors said for a small number of care leavers a delay in mental well-being support is likely to add to feelings of loneliness.', source: LONELY, verdict: 'paraphrased' },
  ],
  invalid: [
    { claim: 'Inspectors said static levels of risk will lead to drift in progress for some children.', source: DRIFT, verdict: 'contradictory', messageId: 'overstated', span: 'will' },
    { claim: 'Ofsted said some written safety plans will be clearer to ensure that parents are aware of the expectations of them.', source: SAFETY, verdict: 'contradictory', messageId: 'overstated', span: 'will' },
    { claim: 'Inspectors found the designated officer service is effective in managing allegations about professionals who definitely pose a risk to children.', source: RISK, verdict: 'contradictory', messageId: 'overstated', span: 'definitely' },
    { claim: 'Ofsted said children at risk of exploitation will benefit from a prompt and highly effective response from the Safe Space service.', source: EXPLOIT, verdict: 'contradictory', messageId: 'overstated', span: 'will' },
    { claim: 'Inspectors said for a small number of care leavers a delay in mental well-being support causes feelings of loneliness.', source: LONELY, verdict: 'contradictory', messageId: 'overstated', span: 'causes' },
  ],
});

// certainty: helps / may / associated with < likely < will / causes / proves (a 2024 Ofsted report,
// Crown copyright, and a sentence in the manner of a statistics release)
const TRAUMA = 'Dedicated in-house emergency fostering placements are kept available for children who enter care out of hours. This helps reduce the trauma of coming into care.';
const BOTH = 'Over the year the number of redundancies rose, and the unemployment rate in Northshire increased to 4.5%.';
const ABSENCE = 'Persistent absence from school is associated with poorer outcomes at age 16 for children in need in Northshire.';
ruleTable('hedges', {
  valid: [
    { claim: 'Ofsted said emergency fostering placements kept available out of hours help to reduce the trauma of coming into care.', source: TRAUMA, verdict: 'paraphrased' },
    { claim: 'The report said persistent absence from school is linked to poorer outcomes at age 16 for children in need in Northshire.', source: ABSENCE, verdict: 'paraphrased' },
    { claim: 'The report said redundancies rose, and the unemployment rate in Northshire increased to 4.5%.', source: BOTH, verdict: 'paraphrased' },
  ],
  invalid: [
    { claim: 'Ofsted said emergency fostering placements kept available out of hours prove that the trauma of coming into care is reduced.', source: TRAUMA, verdict: 'contradictory', messageId: 'overstated', span: 'prove that' },
    { claim: 'Ofsted said keeping emergency fostering placements available out of hours ensures the trauma of coming into care is reduced.', source: TRAUMA, verdict: 'contradictory', messageId: 'overstated', span: 'ensures' },
    { claim: 'The report said persistent absence from school causes poorer outcomes at age 16 for children in need in Northshire.', source: ABSENCE, verdict: 'contradictory', messageId: 'overstated', span: 'causes' },
    // a cause where the source says only that both happened
    { claim: 'The report said the rise in redundancies led to the unemployment rate in Northshire increasing to 4.5%.', source: BOTH, verdict: 'unsupported', messageId: 'causeUnstated', span: 'led to' },
  ],
});
