import { describe, expect, it } from 'vitest';
import { words } from '../../src/ingest/tokens.js';
import { PhraseMatcher } from '../../src/rules/phrases.js';

const roles = new PhraseMatcher<string>([
  ['inspector', 'one'],
  ['lead inspector', 'lead'],
  ["his majesty's inspector of constabulary", 'hmic'],
  ['royal borough of', 'place'],
]);

describe('PhraseMatcher', () => {
  it('finds phrases left to right, the longest at each place, without overlaps', () => {
    const seq = words("The lead inspector met His Majesty's Inspector of Constabulary and an inspector.");
    expect(roles.findAll(seq).map((h) => [h.value, seq.slice(h.from, h.to).join(' ')])).toEqual([
      ['lead', 'lead inspector'],
      ['hmic', "his majesty's inspector of constabulary"],
      ['one', 'inspector'],
    ]);
  });

  it('matches at one place only, and not a phrase cut short', () => {
    const seq = words('the royal borough');
    expect(roles.matchAt(seq, 1)).toBeUndefined();
    expect(roles.matchAt(words('a lead inspector'), 1)).toMatchObject({ value: 'lead', from: 1, to: 3 });
    expect(roles.has(seq)).toBe(false);
  });

  it('tells an entry word from a word of a longer entry', () => {
    expect(roles.hasWord('inspector')).toBe(true);
    expect(roles.hasWord('lead')).toBe(false);
    expect(roles.inEntry('borough')).toBe(true);
    expect(roles.inEntry('council')).toBe(false);
  });

  it('says a text may hold an entry only when it holds an entry\'s first word', () => {
    expect(roles.mayOccurIn('the inspectors found')).toBe(true);
    expect(roles.mayOccurIn("his majesty's inspectorate")).toBe(true);
    expect(roles.mayOccurIn('the council said')).toBe(false);
    // never false where a match exists
    for (const text of ['Lead Inspector: Ann Lee', "HIS MAJESTY'S INSPECTOR OF CONSTABULARY", 'in the Royal Borough of Kensington'])
      expect([roles.mayOccurIn(text.toLowerCase()), roles.has(words(text))]).toEqual([true, true]);
  });
});
