// The text a rule pattern needs before RE2 is run on it (src/rules/required-text.ts): read right
// where it can be, and never a text that a match could lack (RE2 itself is the judge of that).
import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/rules/pattern.js';
import { requiredText } from '../../src/rules/required-text.js';

describe('requiredText', () => {
  it.each([
    ['(?:©|copyright)\\D{0,20}((?:19|20)\\d\\d)', ['©', 'copyright']],
    ['published:?\\s+\\d{0,2}\\s*[A-Za-z]*', ['published']],
    ['©|\\bcopyright\\b', ['©', 'copyright']],
    ['open government licen[cs]e', ['open government licen']],
    ['\\b[\\w.-]+@[\\w-]+\\.[\\w.]+', ['@']],
    ['https?://|\\bwww\\.', ['://', 'www.']],
    ['(?:19|20)\\d\\d published', [' published']],
    ['[[:alpha:]]]x', [']x']],
    ['\\p{Greek}abc', ['abc']],
    ['(?P<n>abc)de', ['de']],
    ['x😀*y', ['x']],
  ])('%s needs one of %j', (source, texts) => {
    expect(requiredText(source)).toEqual(texts);
  });

  it.each(['(.|\\w)*!?', 'a|', '\\d+', 'a*b*', '\\Qab\\E', '(a|\\d)c?'])('%s needs no fixed text', (source) => {
    expect(requiredText(source)).toBeUndefined();
  });

  it('a compiled pattern answers as RE2 does, with or without the text it needs', () => {
    const patterns = ['(?:©|copyright)\\D{0,20}((?:19|20)\\d\\d)', 'published:?\\s+\\d{0,2}\\s*[A-Za-z]*\\s*((?:19|20)\\d\\d)', '\\bstraße\\b', 'kelvin|ſtop', 'ab+c|x(yz)?w'];
    const alphabet = fc.constantFrom(...'abcxyzwKkſsSTOPpublished ©copyright2019-:.ßSSẞ'.split(''), 'kelvin', 'stop', 'published 3 May 2019', 'COPYRIGHT 2020', 'Kelvin', 'STRASSE', 'straße');
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.array(alphabet, { maxLength: 12 }), (source, parts) => {
        const text = parts.join('');
        const re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
        const m = re.matcher(text);
        const want = m.find() ? Array.from({ length: m.groupCount() + 1 }, (_, i) => m.group(i)) : null;
        expect(compilePattern(source).exec(text)).toEqual(want);
        expect(compilePattern(source).test(text)).toBe(want !== null);
      }),
      { numRuns: 3000 },
    );
  });
});
