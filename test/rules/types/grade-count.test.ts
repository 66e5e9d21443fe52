import { ruleTable } from '../table.js';
import { TABLE, UNGRADED } from '../../judgement-tables.js';

// an inspectorate's news release that counts the grades itself, with no table
const PROSE = [
  'PEEL 2023: An inspection of Northshire Police',
  '',
  'The inspectorate graded the force across five areas of policing and found it was \u2018good\u2019 in three areas and \u2018adequate\u2019 in two areas.',
].join('\n');

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
