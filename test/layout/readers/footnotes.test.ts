import { describe, expect, it } from 'vitest';
import { footnoteNumberAlone, footnoteRunOn, hasMark } from '../../../src/layout/readers/footnotes.js';
import { segmentSource } from '../../../src/layout/source.js';
import { lex } from '../../helpers.js';

// the opening of a 2015 single inspection framework report (Crown copyright), with its footnotes
const OPENING = [
  'Review of the effectiveness of the Local Safeguarding Children Board1',
  'It is Ofsted’s expectation that, as a minimum, all children and young people receive good help, care and protection.2',
  '1',
  'Ofsted produces this report under its power to combine reports in accordance with section 152 of the Education and Inspections Act 2006.',
  '2 A full description of what the inspection judgements mean can be found at the end of this report.',
  'Executive summary',
  'Children are safe and well cared for.',
].join('\n\n') + '\n';

describe('footnotes', () => {
  it('knows a footnote mark, a number alone and a note run on after its number', () => {
    expect(hasMark('Local Safeguarding Children Board1', 1)).toBe(true);
    expect(hasMark('care and protection.2', 2)).toBe(true);
    expect(hasMark('in 2015 there were 12 visits', 1)).toBe(false);
    expect(footnoteNumberAlone('1')).toBe(1);
    expect(footnoteNumberAlone('1. Children')).toBeUndefined();
    expect(footnoteRunOn('2 A full description of what the judgements mean', 'protection.2')).toBe(2);
    expect(footnoteRunOn('2 A full description of what the judgements mean', 'no mark here')).toBeUndefined();
  });

  it('makes each note a passage of its own footnote, and the number no section heading', () => {
    const blocks = segmentSource(OPENING, lex);
    const notes = blocks.filter((b) => b.locator.startsWith('footnote'));
    expect(notes.map((b) => [b.locator, OPENING.slice(b.start, b.start + 20)])).toEqual([
      ['footnote 1', 'Ofsted produces this'],
      ['footnote 2', '2 A full description'],
    ]);
    expect(blocks.find((b) => OPENING.slice(b.start, b.end).startsWith('Children are safe'))!.section).toBe('Executive summary');
    expect(blocks.some((b) => b.locator === "heading '1'")).toBe(false);
  });
});
