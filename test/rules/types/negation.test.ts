import { ruleTable } from '../table.js';

// sentences from the seed report and a 2024 Ofsted report (Crown copyright, OGL v3.0)
const ON_CALL = 'However, the on-call manager does not consistently record oversight of decisions to understand the rationale for actions taken.';
const VISITS = 'Most visits to children are purposeful and well recorded.';
const LEAVERS = 'Care leavers are prepared for independence well and are allocated their PA at the age of 17 and a half.';
const TIMESCALES = 'They do not always include timescales, making it difficult to assess the progress made.';
const PLO = 'Initial public law outline meetings have not happened quickly enough.';
const CAPACITY = 'Leaders do not have the capacity to improve the quality of teaching.';
// a shortfall ("needs to be more explicit") is read as "not explicit enough" (a 2024 Ofsted report)
const CONTINGENCY = 'However, contingency planning in child protection plans needs to be more explicit.';
const NO_FAILURES = 'There are no widespread or serious failures that leave children at risk of harm.';

ruleTable('negation', {
  valid: [
    { claim: 'Inspectors found that the on-call manager does not consistently record oversight of decisions to understand the rationale for actions taken.', source: ON_CALL, verdict: 'paraphrased' },
    { claim: 'Ofsted said most visits to children are purposeful and well recorded.', source: VISITS, verdict: 'verbatim' },
    { claim: 'Inspectors found care leavers are prepared for independence well and are allocated their PA at the age of 17 and a half.', source: LEAVERS, verdict: 'verbatim' },
    { claim: 'Inspectors said plans do not always include timescales, making it difficult to assess the progress made.', source: TIMESCALES, verdict: 'paraphrased' },
    { claim: 'Ofsted found initial public law outline meetings have not happened quickly enough.', source: PLO, verdict: 'verbatim' },
    // the negation is about 'capacity'; 'teaching', further on in both, keeps the same polarity
    { claim: 'Inspectors said leaders at the school do not have the capacity to improve teaching.', source: CAPACITY, verdict: 'paraphrased' },
    // a misquote negated by the draft's sentence around it, as the report negates it
    { claim: 'Inspectors found no "widespread or serious failure that leaves children at risk of harm".', source: NO_FAILURES, verdict: 'paraphrased' },
    { claim: 'Inspectors found that contingency planning in child protection plans is not explicit enough.', source: CONTINGENCY, verdict: 'paraphrased' },
  ],
  invalid: [
    {
      claim: 'Inspectors found "widespread or serious failure that leaves children at risk of harm".',
      source: NO_FAILURES,
      verdict: 'contradictory',
      messageId: 'dropped',
      span: 'widespread or serious failure that leaves children at risk of harm',
    },
    {
      claim: 'Inspectors found that the on-call manager consistently records oversight of decisions to understand the rationale for actions taken.',
      source: ON_CALL,
      verdict: 'contradictory',
      messageId: 'dropped',
      span: 'Inspectors found that the on-call manager consistently records oversight of decisions to understand the rationale for actions taken',
    },
    { claim: 'Ofsted said most visits to children are not purposeful and well recorded.', source: VISITS, verdict: 'contradictory', messageId: 'added', span: 'not' },
    {
      claim: 'Inspectors found that contingency planning in child protection plans is explicit.',
      source: CONTINGENCY,
      verdict: 'contradictory',
      messageId: 'dropped',
      span: 'Inspectors found that contingency planning in child protection plans is explicit',
    },
    { claim: 'Inspectors found care leavers are never prepared for independence well and are allocated their PA at the age of 17 and a half.', source: LEAVERS, verdict: 'contradictory', messageId: 'added', span: 'never' },
    {
      claim: 'Inspectors said plans always include timescales, making it difficult to assess the progress made.',
      source: TIMESCALES,
      verdict: 'contradictory',
      messageId: 'dropped',
      span: 'Inspectors said plans always include timescales, making it difficult to assess the progress made',
    },
    {
      claim: "Inspectors found newly qualified social workers aren't well supported with regular supervision and joint working.",
      source: 'Newly qualified social workers are well supported with regular supervision and joint working.',
      verdict: 'contradictory',
      messageId: 'added',
      span: "aren't",
    },
  ],
});
