import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { rules, text } from '../helpers.js';

// a report's opening lines in the shape of an Ofsted letter (words written for the test)
const REPORT = [
  'Inspection of Northshire children\u2019s services',
  'Lead inspector: Helen Marsh, His Majesty\u2019s Inspector',
  '',
  'Children are seen quickly when they first need help.',
  'Managers check that plans for children are followed.',
].join('\n');

const reasonsOf = (draft: string) =>
  check([text(draft)], [text(REPORT, 'source.txt')], { rules }).documents[0]!.claims.map((c) => ({ text: c.text, verdict: c.verdict, reason: c.reasons[0]?.message ?? '' }));

describe('why a speaker\u2019s words were or were not checked', () => {
  it('says an inspector\u2019s words were checked as the report\u2019s, and where they were found', () => {
    const [quote] = reasonsOf('Ofsted inspector Sam Tolley said: \u201CChildren are seen quickly when they first need help.\u201D').filter((c) => c.text.includes('seen quickly'));
    expect(quote).toMatchObject({ verdict: 'verbatim' });
    expect(quote!.reason).toMatch(/^Given as the words of Sam Tolley, inspector, who speaks for the inspection, so checked against the report: word for word in the source/);
  });

  it('names a person the report names as its lead inspector, when the draft gives no role', () => {
    const [quote] = reasonsOf('Ms Marsh said: \u201CManagers check that plans for children are followed.\u201D').filter((c) => c.text.includes('plans for children'));
    expect(quote).toMatchObject({ verdict: 'verbatim' });
    expect(quote!.reason).toContain('Helen Marsh, inspector, who speaks for the inspection');
  });

  it('says a councillor\u2019s words are the councillor\u2019s own', () => {
    const [c] = reasonsOf('Councillor Dev Anand said: \u201CWe will open two new family hubs next spring.\u201D');
    expect(c).toMatchObject({ verdict: 'unchecked', reason: "Not checked: the councillor's own words (Councillor Dev Anand), not the report's." });
  });

  it('says a councillor who repeats the report word for word is still not checked, but follows it', () => {
    const [c] = reasonsOf('Councillor Dev Anand said: \u201CChildren are seen quickly when they first need help.\u201D');
    expect(c).toMatchObject({ verdict: 'unchecked' });
    expect(c!.reason).toMatch(/^Not checked as a claim, but it closely follows/);
  });

  it('says whose words they are when the draft gives no role', () => {
    const [c] = reasonsOf('Dev Anand said: \u201CWe will open two new family hubs next spring.\u201D');
    expect(c).toMatchObject({ verdict: 'unchecked', reason: "Not checked: these are Dev Anand's own words, not the report's." });
  });

  it('says what a clause in no one\u2019s voice does instead of reporting a finding', () => {
    const [c] = reasonsOf('Northshire Council has been called on to explain the delays to the families.');
    expect(c).toMatchObject({ verdict: 'unchecked', reason: "Not checked: a call made on someone ('called on'), not what the report found." });
  });
});
