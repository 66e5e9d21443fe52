import { describe, expect, it } from 'vitest';
import { isRecommendationHeading } from '../../../src/layout/readers/recommendations.js';
import { segmentSource } from '../../../src/layout/source.js';
import { lex } from '../../helpers.js';

// a CQC-style report: numbered recommendations, then findings that are not numbered, then end matter
const REPORT = [
  'Summary of findings',
  'Recommendations',
  '1. The trust should ensure that staff complete mandatory training.',
  '2. The trust should review how it records patients’ consent.',
  'Is the service safe?',
  'Staff kept clear records of the medicines they gave. Wards were clean and well maintained.',
  'Managers investigated incidents and shared lessons with the whole team.',
  'Patients told us that staff treated them with kindness and respect.',
  'Our inspection team',
  'The team was led by an inspector and included a specialist adviser.',
  '© Care Quality Commission',
  'Telephone: 03000 616161',
].join('\n\n') + '\n';

describe('numbered recommendation lists', () => {
  it('knows the headings of what a report asks for', () => {
    expect(['Recommendations', 'What needs to improve', 'Areas for priority action', 'Areas for improvement'].every(isRecommendationHeading)).toBe(true);
    expect(isRecommendationHeading('Is the service safe?')).toBe(false);
  });

  it('reads the items as items of their list, and the findings after them as findings, not end matter', () => {
    const blocks = segmentSource(REPORT, lex);
    const items = blocks.filter((b) => b.section === 'Recommendations');
    expect(items.map((b) => [b.kind, b.locator, b.paragraph])).toEqual([
      ['bullet', "'Recommendations', item 1", undefined],
      ['bullet', "'Recommendations', item 2", undefined],
    ]);
    const findings = blocks.filter((b) => b.section === 'Is the service safe?');
    expect(findings).toHaveLength(3);
    expect(findings.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(blocks.filter((b) => b.kind === 'boilerplate').map((b) => REPORT.slice(b.start, b.end))).toEqual(['© Care Quality Commission']);
  });
});
