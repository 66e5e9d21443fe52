import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { rules, text } from '../helpers.js';

// A draft's grade claims are read with every inspectorate's area names and grade words, then
// weighed on the scale and areas of the report they are checked against. The reports here are
// written for the test, in the layouts the inspectorates publish.
const verdictsOf = (draft: string, report: string) =>
  check([text(draft)], [text(report, 'report.txt')], { rules }).documents[0]!.claims
    .filter((c) => c.kind === 'fact')
    .map((c) => [c.text, c.verdict]);

const CQC = `Northgate General Hospital

Inspection report

Date of inspection visit: 14 March 2024 to 16 March 2024
Date of publication: 21 June 2024

Ratings

Overall rating for this location: Requires improvement
Are services safe? Inadequate
Are services effective? Requires improvement
Are services caring? Good
Are services responsive? Requires improvement
Are services well-led? Requires improvement

Our findings

We carried out this unannounced inspection of urgent and emergency care because of concerns about patient safety. The Care Quality Commission found the service did not have enough nursing staff.
`;

const PRISON = `Report on an unannounced inspection of HMP Northmoor

by HM Chief Inspector of Prisons

Our healthy prison test scores were:

Safety: poor
Respect: not sufficiently good
Purposeful activity: poor
Preparation for release: reasonably good

Levels of violence had risen since our last inspection, and most prisoners told us they felt unsafe.
`;

describe('grade claims against a CQC report', () => {
  it('meets each key question by its press name and the overall rating by the overall words', () => {
    expect(verdictsOf('The hospital was rated inadequate for safety.', CQC)).toEqual([['The hospital was rated inadequate for safety', 'paraphrased']]);
    expect(verdictsOf('The watchdog rated the hospital good for being caring.', CQC)).toEqual([['The watchdog rated the hospital good for being caring', 'paraphrased']]);
    expect(verdictsOf('Inspectors rated the hospital outstanding for being well-led.', CQC)).toEqual([['Inspectors rated the hospital outstanding for being well-led', 'contradictory']]);
  });
});

describe('grade claims against a prison report', () => {
  it('reads the healthy prison test words and weighs "good" on the prisons\u2019 scale, above "reasonably good"', () => {
    expect(verdictsOf('Inspectors rated safety at the jail as poor.', PRISON)).toEqual([['Inspectors rated safety at the jail as poor', 'paraphrased']]);
    expect(verdictsOf('Preparation for release was judged good.', PRISON)).toEqual([['Preparation for release was judged good', 'contradictory']]);
    expect(verdictsOf('Respect was rated reasonably good.', PRISON)).toEqual([['Respect was rated reasonably good', 'contradictory']]);
  });
});
