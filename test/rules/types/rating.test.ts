import { ruleTable } from '../table.js';
import { REINSPECTION, TABLE, UNGRADED } from '../../judgement-tables.js';

ruleTable('grades', {
  valid: [
    { claim: "Children's services were rated good by Ofsted.", source: TABLE, verdict: 'paraphrased', messageId: 'matches' },
    { claim: "Inspectors judged the council's children's services as good.", source: TABLE, verdict: 'paraphrased', messageId: 'matches' },
    { claim: 'The experiences and progress of children in care were judged as requiring improvement.', source: TABLE, verdict: 'paraphrased', messageId: 'matches' },
    { claim: 'Ofsted gave the service a good rating overall.', source: TABLE, verdict: 'paraphrased', messageId: 'matches' },
    { claim: 'The experiences and progress of care leavers were rated good.', source: TABLE, verdict: 'paraphrased', messageId: 'matches' },
  ],
  invalid: [
    { claim: "Children's services were rated outstanding by Ofsted.", source: TABLE, verdict: 'contradictory', messageId: 'overstated', span: "Children's services were rated outstanding" },
    { claim: "Inspectors judged the council's children's services as inadequate.", source: TABLE, verdict: 'contradictory', messageId: 'understated', span: "Inspectors judged the council's children's services as inadequate" },
    { claim: 'The experiences and progress of children in care were judged as good.', source: TABLE, verdict: 'contradictory', messageId: 'overstated', span: 'The experiences and progress of children in care were judged as good' },
    { claim: 'The service was judged as requiring improvement in 2015.', source: TABLE, verdict: 'unsupported', messageId: 'unstated', span: 'The service was judged as requiring improvement' },
    { claim: 'The council was rated good by inspectors.', source: UNGRADED, verdict: 'unsupported', messageId: 'unstated', span: 'The council was rated good' },
    // an end of the scale is weighed on the report's own scale
    { claim: "Inspectors gave the council's children's services the lowest rating.", source: TABLE, verdict: 'contradictory', messageId: 'understated', span: "Inspectors gave the council's children's services the lowest rating" },
  ],
});

// word for word only when the draft quotes this inspection's grade of the subject as the report names it
ruleTable('grades', {
  valid: [
    { claim: "Ofsted rated the service 'requires improvement to be good'.", source: REINSPECTION, verdict: 'verbatim', messageId: 'matches' },
    { claim: "The experiences and progress of children in care were rated 'requires improvement to be good'.", source: REINSPECTION, verdict: 'verbatim', messageId: 'matches' },
    { claim: "Services for children in care were rated 'requires improvement to be good'.", source: REINSPECTION, verdict: 'paraphrased', messageId: 'matches' },
    { claim: "The previous inspection in 2019 had classed services as 'inadequate'.", source: REINSPECTION, verdict: 'paraphrased', messageId: 'matches' },
    // the sentence's year dates the other grade, in its own clause, not the grade given now
    { claim: 'Northshire Council, which was given the lowest grade in 2019, is now rated as requiring improvement overall.', source: REINSPECTION, verdict: 'paraphrased', messageId: 'matches' },
  ],
  invalid: [],
});
