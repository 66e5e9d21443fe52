import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/document.js';
import { readDraftDate } from '../../src/judge/draft-date.js';
import { lex } from '../helpers.js';

const read = (text: string) => readDraftDate(makeDoc({ path: 'draft.txt', text, format: 'text' }), lex);

describe('the draft\'s own date', () => {
  it('reads a dateline on a line of its own, with where it stands', () => {
    const text = 'Fostering service praised by inspectors\n\n3 March 2025\n\nThe council welcomed the report.\n';
    expect(read(text)).toMatchObject({ iso: '2025-03-03', line: 3, how: 'dateline' });
    const found = read(text)!;
    expect(text.slice(found.start, found.end)).toBe('3 March 2025');
  });

  it('reads a dateline with its day name, and month-first dates', () => {
    expect(read('Wednesday 5 November 2025\nThe inspection found much to praise.\n')?.iso).toBe('2025-11-05');
    expect(read('Council news\nJune 4, 2024\nInspectors visited in May.\n')?.iso).toBe('2024-06-04');
  });

  it('reads a labelled date: "Posted:", "published on" after a release number', () => {
    expect(read('Posted: 14 October 2024\n\nInspectors judged the service good.\n')).toMatchObject({ iso: '2024-10-14', how: 'label' });
    expect(read('Care services rated good\n\nPress release 118 - published on 2 July 2025\n\nText.\n')).toMatchObject({ iso: '2025-07-02', how: 'label' });
  });

  it('reads a byline ending in a date', () => {
    expect(read('By Priya Shah, 19 September 2023\n\nThe report was published today.\n')).toMatchObject({ iso: '2023-09-19', how: 'byline' });
  });

  it('reads an ISO day at the head', () => {
    expect(read('2024-11-28\nSchool keeps its good grade\n')).toMatchObject({ iso: '2024-11-28', how: 'dateline' });
  });

  it('reads "today (…)" inside an opening sentence', () => {
    const text = 'Headline\n\nThe inspectorate has today (Monday 8 December 2025) published its report on the trust.\n';
    expect(read(text)).toMatchObject({ iso: '2025-12-08', how: 'today' });
  });

  it('does not take a date inside a sentence for the draft\'s', () => {
    expect(read('Inspectors visited the service on 3 March 2025 and found it improving.\n')).toBeUndefined();
    expect(read('Inspection dates: 12 to 16 May 2025\n')).toBeUndefined();
  });

  it('does not read a date that is not on the calendar', () => {
    expect(read('2025-02-30\nHeadline\n')).toBeUndefined();
  });

  it('looks only at the head of the draft', () => {
    const body = Array.from({ length: 14 }, (_, i) => `Paragraph ${i + 1} of the story.`).join('\n');
    expect(read(`${body}\n5 May 2025\n`)).toBeUndefined();
  });
});
