// Which area a draft's words name (src/layout/areas.ts resolveAreaAt): the earliest, the longest
// there, by a press name or a report name, and a name's possessive as the name.
import { describe, expect, it } from 'vitest';
import { resolveAreaAt, type Area } from '../../src/layout/areas.js';

const areas: Area[] = [
  { id: 'leadership', report: [['the', 'impact', 'of', 'leaders']], press: [['leadership'], ['senior', 'leadership']] },
  { id: 'care-leavers', report: [['care', 'leavers']], press: [['care', 'leavers'], []] },
  { id: 'help', report: [['help', 'and', 'protection']], press: [['help']] },
];
const words = (text: string) => text.split(' ');

describe('resolveAreaAt', () => {
  it('finds the earliest name of any area, by press or report wording', () => {
    expect(resolveAreaAt(words('inspectors praised care leavers support and help'), areas)).toEqual({ id: 'care-leavers', words: 'care leavers', at: 2, length: 2 });
    expect(resolveAreaAt(words('on the impact of leaders'), areas)).toEqual({ id: 'leadership', words: 'the impact of leaders', at: 1, length: 4 });
  });

  it('takes the longest name that starts at the earliest place', () => {
    expect(resolveAreaAt(words('senior leadership was strong'), areas)).toMatchObject({ id: 'leadership', words: 'senior leadership', at: 0, length: 2 });
    expect(resolveAreaAt(words('help and protection were good'), areas)).toMatchObject({ id: 'help', words: 'help and protection', length: 3 });
  });

  it("reads a word's possessive as the word, and nothing else ending in 's as it", () => {
    expect(resolveAreaAt(words("the leadership's grip"), areas)).toMatchObject({ id: 'leadership', at: 1 });
    expect(resolveAreaAt(words("care leavers' views"), areas)).toBeUndefined();
    expect(resolveAreaAt(words('leaderships'), areas)).toBeUndefined();
    expect(resolveAreaAt(words("helpers's"), areas)).toBeUndefined();
  });

  it('is nothing when no name is there, an empty name matching nothing', () => {
    expect(resolveAreaAt(words('the council said'), areas)).toBeUndefined();
    expect(resolveAreaAt([], areas)).toBeUndefined();
  });
});
