import { describe, expect, it } from 'vitest';
import { makeDoc, tokensIn } from '../../src/ingest/document.js';
import { stanceOf } from '../../src/extract/stance.js';
import { lex, text } from '../helpers.js';

const stance = (sentence: string) => {
  const doc = makeDoc(text(sentence));
  const found = stanceOf(tokensIn(doc, 0, doc.text.length), lex, doc.text);
  return found && { kind: found.kind, cue: found.cue };
};

// sentences that do something with the report other than say what it found
const invalid: Array<[string, { kind: string; cue: string }]> = [
  ['It fully accepts the inspectorate\u2019s findings and has drawn up a plan.', { kind: 'response', cue: 'fully accepts' }],
  ['Northshire Council welcomed the recommendations.', { kind: 'response', cue: 'welcomed' }],
  ['The report should be required reading for every councillor in the county.', { kind: 'opinion', cue: 'should' }],
  ['Opposition councillors described the report as a wake-up call for the county.', { kind: 'appraisal', cue: 'described' }],
  ['Campaigners have branded the inspectorate\u2019s verdict a disgrace.', { kind: 'appraisal', cue: 'branded' }],
  ['Northshire council has been called on to explain the failings.', { kind: 'call', cue: 'called on' }],
  ['The opposition group demanded answers from the cabinet member.', { kind: 'call', cue: 'demanded' }],
  ['New advisers are to be given access to every file the council holds.', { kind: 'plan', cue: 'are to be' }],
  ['Leaders at the academy have pledged to turn things around by the summer.', { kind: 'plan', cue: 'pledged to' }],
  ['The cabinet member for children, Cllr Ann Lee, quit the cabinet in May.', { kind: 'event', cue: 'quit' }],
  ['Northshire Partners would like to extend warm congratulations to the fostering team.', { kind: 'tribute', cue: 'would like to extend' }],
];

// findings, even with the same words: the source is the subject, or the response carries a finding
const valid = [
  'Inspectors called for urgent action on the backlog of assessments.',
  'The report calls on leaders to improve supervision.',
  'Inspectors acknowledged the progress made since the last inspection.',
  'Inspectors said the council must improve the quality of plans.',
  'The council welcomed the finding of the visit that services have improved since 2022.',
  'The watchdog is due to publish its report later this month, and a new board is to be set up after the inspection.',
  'Children are to be seen within five days of a referral, the report says.',
  'Northshire Police have been congratulated on their handling of victims of crime.',
  'Staff were thanked by inspectors for their cooperation.',
  'The council was branded inadequate by inspectors last year.',
  'The report described the front door as chaotic.',
  'Ann Lee, who quit in May, was the third director in two years.',
  'Councillors have welcomed the report and its finding that children are safe.',
];

describe('stances: clauses that are not findings', () => {
  it.each(invalid)('%s', (sentence, expected) => {
    expect(stance(sentence)).toEqual(expected);
  });
  it.each(valid)('not a stance: %s', (sentence) => {
    expect(stance(sentence)).toBeUndefined();
  });
});
