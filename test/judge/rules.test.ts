import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { rules, text } from '../helpers.js';
import { ruleTester } from './rule-tester.js';

const REPORT = [
  'Inspection of Northshire local authority children\u2019s services',
  '',
  'Inspection dates: 4 to 15 December 2023',
  '',
  'Judgement\tGrade',
  'The impact of leaders on social work practice with children and families\tGood',
  'Overall effectiveness\tGood',
  '',
  '- 1. Most children\u2019s assessments are completed in timescales appropriate to their needs.',
  '- 2. Contacts and referrals are managed within a timely and effective system.',
  '- 3. They do not always include timescales, making it difficult to assess progress.',
  '- 4. The needs of children subject to child protection plans are understood well.',
  '- 5. A small team of three practitioners responds when children go missing.',
  '- 6. Leaders have made improvements since the last inspection in 2019.',
].join('\n');

describe('scale: grades', () => {
  ruleTester({
    valid: [{ source: REPORT, claim: 'Northshire children\u2019s services were rated Good by Ofsted.', verdict: 'paraphrased', rule: 'grades/matches' }],
    invalid: [
      { source: REPORT, claim: 'Northshire children\u2019s services were rated Outstanding by Ofsted.', verdict: 'contradictory', rule: 'grades/overstated' },
      { source: REPORT, claim: 'The service was judged inadequate by inspectors.', verdict: 'contradictory', rule: 'grades/understated' },
      { source: REPORT, claim: 'Northshire was judged as requiring improvement in 2015.', verdict: 'unsupported', rule: 'grades/unstated' },
    ],
  });
});

describe('scale: quantities and intensity', () => {
  ruleTester({
    valid: [{ source: REPORT, claim: 'Inspectors said most children\u2019s assessments are completed in timescales appropriate to their needs.', verdict: 'verbatim' }],
    invalid: [
      { source: REPORT, claim: 'Inspectors said all children\u2019s assessments are completed in timescales appropriate to their needs.', verdict: 'contradictory', rule: 'quantities/overstated' },
      { source: REPORT, claim: 'Ofsted found the needs of children subject to child protection plans are understood exceptionally well.', verdict: 'contradictory', rule: 'intensity/overstated' },
    ],
  });
});

describe('negation, antonyms and numbers', () => {
  ruleTester({
    valid: [{ source: REPORT, claim: 'Ofsted said contacts and referrals are managed within a timely and effective system.', verdict: 'verbatim' }],
    invalid: [
      { source: REPORT, claim: 'Inspectors found plans always include timescales, making it difficult to assess progress.', verdict: 'contradictory', rule: 'negation/dropped' },
      { source: REPORT, claim: 'Ofsted said contacts and referrals are managed within a delayed and effective system.', verdict: 'contradictory', rule: 'antonyms' },
      { source: REPORT, claim: 'Inspectors noted a small team of five practitioners responds when children go missing.', verdict: 'contradictory', rule: 'numbers/different' },
    ],
  });
});

describe('dates, durations and counts', () => {
  ruleTester({
    valid: [
      { source: REPORT, claim: 'The inspection took place over two weeks.', verdict: 'paraphrased', rule: 'dates/durationMatches' },
      { source: REPORT, claim: 'Ofsted judged the service as good across both key judgements.', verdict: 'paraphrased', rule: 'numbers/countMatches' },
      { source: REPORT, claim: 'Improvements have been made since the 2019 inspection.', verdict: 'paraphrased' },
    ],
    invalid: [
      { source: REPORT, claim: 'The inspection took place over three weeks.', verdict: 'contradictory', rule: 'dates/duration' },
      { source: REPORT, claim: 'Ofsted judged the service as good across all four key judgements.', verdict: 'contradictory', rule: 'numbers/count' },
      { source: REPORT, claim: 'It was rated poorly in the previous inspection in 2015.', verdict: 'unsupported', rule: 'dates/unstatedYear' },
      { source: REPORT, claim: 'The visit took place in December last year.', verdict: 'unsupported', rule: 'dates/unresolved' },
    ],
  });
});

describe('a reason names the part of the claim that differs', () => {
  const reasonOf = (claim: string) => check([text(claim)], [text(REPORT, 'source.txt')], { rules }).documents[0]!.claims.find((c) => c.verdict === 'contradictory')?.reasons[0];
  it.each([
    ['Inspectors said all children\u2019s assessments are completed in timescales appropriate to their needs.', 'degree', 'Degree: '],
    ['Inspectors found plans always include timescales, making it difficult to assess progress.', 'polarity', 'Polarity: '],
    ['Inspectors noted a small team of five practitioners responds when children go missing.', 'number', 'Number: '],
    ['Inspectors said contacts and referrals are managed within a delayed and effective system.', 'predicate', 'Predicate: '],
    ['Northshire children\u2019s services were rated Outstanding by Ofsted.', 'degree', 'Degree: '],
  ])('%s', (claim, part, lead) => {
    const reason = reasonOf(claim);
    expect(reason).toMatchObject({ part });
    expect(reason!.message.startsWith(lead)).toBe(true);
  });
});
