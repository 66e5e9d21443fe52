import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { rules, text } from '../helpers.js';

// a judgement table and findings in the shape of a 2015 Ofsted report (words written for the test)
const REPORT = [
  'Inspection of services for children in need of help and protection, children looked after and care leavers',
  '',
  'The overall judgement is that children\u2019s services require improvement.',
  '',
  '1. Children who need help and protection',
  'Requires improvement',
  '2. Children looked after and achieving permanence',
  'Good',
  '2.1 Adoption performance',
  'Good',
  '2.2 Experiences and progress of care leavers',
  'Good',
  '',
  'Inspectors saw good evidence of improvement across all service areas.',
  'Leaders do not have the capacity to improve the quality of teaching.',
].join('\n');

const verdictOf = (claim: string) => {
  const claims = check([text(claim)], [text(REPORT, 'source.txt')], { rules }).documents[0]!.claims.filter((c) => c.kind !== 'statement');
  return claims.map((c) => ({ verdict: c.verdict, rule: c.reasons.find((r) => r.rule.startsWith('match/'))?.rule, evidence: c.evidence.length, message: c.reasons[0]?.message ?? '' }));
};

describe('a claim in the draft\u2019s words', () => {
  it('is verbatim when it holds a sentence of the report word for word inside its frame', () => {
    expect(verdictOf('Ofsted inspectors saw good evidence of improvement across all service areas, as they stated.')).toContainEqual(expect.objectContaining({ verdict: 'verbatim', rule: 'match/verbatim', evidence: 1 }));
  });

  it('is verbatim when it names the overall judgement a heading states, and leads into the list under it', () => {
    // a 2017 report's overall judgement as its heading, then its judgement list (words written for the test)
    const headed = ['Northshire Borough Council', '', 'Inspection of services for children in need of help and protection, children looked after and care leavers', '', 'Inspection dates: 9 January to 2 February 2017', '', 'Children\u2019s services in Northshire require improvement to be good', '', '1. Children who need help and protection', '', 'Good', '', '2. Adoption performance', '', 'Requires improvement', ''].join('\n');
    const judged = (draft: string) => check([text(draft)], [text(headed, 'source.txt')], { rules }).documents[0]!.claims.find((c) => c.text.startsWith('The overall'))?.verdict;
    expect(judged('The overall conclusion by Ofsted that children\u2019s services in Northshire require improvement to be good comes from these areas:\n\n\u2022 Adoption performance - Requires improvement\n')).toBe('verbatim');
    // words after the sentence that lead into no list are the writer\u2019s own claim
    expect(judged('The overall conclusion by Ofsted that children\u2019s services in Northshire require improvement to be good comes from visits to every school.')).not.toBe('verbatim');
  });

  it('does not take the names of the overall judgement as frame for a sentence that states no grade', () => {
    expect(verdictOf('The overall conclusion of Ofsted was that leaders do not have the capacity to improve the quality of teaching.')[0]?.verdict).not.toBe('verbatim');
  });

  it('is paraphrased when a clause of it joins several judgement rows', () => {
    const judged = verdictOf('After a long inspection, Ofsted judged the council good on adoption performance and the experiences and progress of care leavers \u2013 a change nobody expected.');
    expect(judged[0]).toMatchObject({ verdict: 'paraphrased', rule: 'match/paraphrase' });
    expect(judged[0]!.evidence).toBeGreaterThan(1);
    expect(judged[0]!.message).toContain("the rest of the sentence is the draft's own");
  });

  it('keeps the polarity of words a negation is not about', () => {
    expect(verdictOf('Inspectors said leaders at the school do not have the capacity to improve teaching.')[0]?.verdict).toBe('paraphrased');
  });
});

describe('an inspector\u2019s reported speech around their quoted words', () => {
  const judged = (sentence: string) =>
    check([text(sentence)], [text(REPORT, 'source.txt')], { rules }).documents[0]!.claims.filter((c) => c.kind === 'claim').map((c) => ({ verdict: c.verdict, message: c.reasons[0]?.message ?? '' }));

  it('is verbatim when the quoted words are the report\u2019s, though the words around them are the writer\u2019s', () => {
    const [c] = judged('Lead inspector Ann Pryor said the borough had shown \u201Cgood evidence of improvement\u201D in every part of the service.');
    expect(c).toMatchObject({ verdict: 'verbatim' });
    expect(c!.message).toMatch(/^Given as the words of Ann Pryor, Lead inspector, who speaks for the inspection, so checked against the report: the quoted words are word for word/);
  });

  it('is judged by its own words when the quote is not the report\u2019s', () => {
    const [c] = judged('Lead inspector Ann Pryor said the borough had shown \u201Cremarkable leadership\u201D in every part of the service.');
    expect(c?.verdict).not.toBe('verbatim');
  });

  it('is a councillor\u2019s own, and not checked, however it quotes the report', () => {
    const out = check([text('Councillor Ann Pryor said the borough had shown \u201Cgood evidence of improvement\u201D in every part of the service.')], [text(REPORT, 'source.txt')], { rules }).documents[0]!.claims;
    expect(out.every((c) => c.verdict === 'unchecked')).toBe(true);
  });
});

describe('a short claim with a figure', () => {
  // a statistics bulletin's sentence (Office for National Statistics, Crown copyright)
  const BULLETIN = 'The UK unemployment rate was estimated at 4.5%, 0.6 percentage points higher than a year earlier.';
  const judged = (claim: string) => check([text(claim)], [text(BULLETIN, 'source.txt')], { rules }).documents[0]!.claims.filter((c) => c.kind !== 'statement');
  it('counts the figure as something the source found, not as too general to check', () => {
    expect(judged('The bulletin said the unemployment rate rose to 4.5%.')[0]).toMatchObject({ verdict: 'paraphrased' });
    expect(judged('The bulletin said the unemployment rate rose.')[0]).toMatchObject({ verdict: 'unsupported' });
  });
});
