import { ruleTable } from '../table.js';

// a 2024 Ofsted judgement table (Crown copyright, OGL v3.0), for a made-up council
const TABLE = [
  "Inspection of Northshire local authority children's services",
  '',
  'Judgement\tGrade',
  'The impact of leaders on social work practice with children and families\tGood',
  'The experiences and progress of children who need help and protection\tGood',
  'The experiences and progress of children in care\tRequires improvement to be good',
  'The experiences and progress of care leavers\tGood',
  'Overall effectiveness\tGood',
].join('\n');
// an inspectorate's news release that counts the grades itself, with no table
const PROSE = [
  'PEEL 2023: An inspection of Northshire Police',
  '',
  'The inspectorate graded the force across five areas of policing and found it was \u2018good\u2019 in three areas and \u2018adequate\u2019 in two areas.',
].join('\n');
const UNGRADED = 'Leaders have made improvements since the last inspection in 2019.';

ruleTable('grade-counts', {
  valid: [
    { claim: "Inspectors gave the council three 'good' grades.", source: TABLE, verdict: 'paraphrased', messageId: 'countMatches' },
    // the overall judgement counts when the draft's number takes it in
    { claim: "Inspectors gave the council four 'good' judgements.", source: TABLE, verdict: 'paraphrased', messageId: 'countMatches' },
    { claim: 'The council was rated good in three areas.', source: TABLE, verdict: 'paraphrased', messageId: 'countMatches' },
    { claim: "It received one 'requires improvement to be good' grade.", source: TABLE, verdict: 'paraphrased', messageId: 'countMatches' },
    { claim: "The force received three 'good' grades and two 'adequate' grades.", source: PROSE, verdict: 'paraphrased', messageId: 'countMatches' },
  ],
  invalid: [
    { claim: "Inspectors gave the council two 'good' grades.", source: TABLE, verdict: 'contradictory', messageId: 'countDiffers', span: "Inspectors gave the council two 'good' grades" },
    { claim: "The force received one 'adequate' grade.", source: PROSE, verdict: 'contradictory', messageId: 'countDiffers', span: "The force received one 'adequate' grade" },
    { claim: "The force received six 'outstanding' grades.", source: UNGRADED, verdict: 'unsupported', messageId: 'unstated', span: "The force received six 'outstanding' grades" },
  ],
});
