import { describe, expect, it } from 'vitest';
import { readInspectors } from '../../../src/layout/readers/inspectors.js';
import { lex } from '../../helpers.js';

describe('readInspectors', () => {
  it.each([
    ['a labelled line', 'Inspection dates: 3 to 14 March 2025\nLead inspector: Owen Bracewell\nJudgement', ['Owen Bracewell']],
    ['a labelled line with the title after the name', 'Lead inspector: Farah Quinton, His Majesty\u2019s Inspector', ['Farah Quinton']],
    ['a name before "HMI"', 'Yours sincerely\n\nMorwenna Tate HMI', ['Morwenna Tate']],
    ['a title before the name, in prose', 'His Majesty\u2019s Inspector of Constabulary Idris Fenwick said the force had done well.', ['Idris Fenwick']],
    ['a reporting inspector', 'Reporting inspector Gwen O\u2019Dowd HMI', ['Gwen O\u2019Dowd']],
  ])('reads the inspector named on %s', (_form, source, names) => {
    expect(readInspectors(source, lex)).toEqual(names);
  });

  it.each([
    ['a title with no name after it on its line', 'Lead inspector: Owen Bracewell\nHer Majesty\u2019s Inspector\nJudgement'],
    ['inspectors as the subject of a finding', 'Inspectors found that Children\u2019s Services had improved.'],
    ['a role and a name on different lines', 'Lead inspector\nSummary of findings'],
  ])('reads no one else on %s', (_form, source) => {
    expect(readInspectors(source, lex).filter((n) => n !== 'Owen Bracewell')).toEqual([]);
  });
});
