import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { normalize } from '../../src/ingest/normalize.js';
import { indexPositions, lineColumn } from '../../src/ingest/positions.js';
import { rules, source } from '../helpers.js';
import type { Span } from '../../src/types.js';

const SEED = 20261123;
const report = source();

// pieces that stress offsets: CRLF and CR, astral characters, combining marks, right-to-left
// text, NBSP, zero-width characters, curly quotes, and words the pipeline reacts to
const PIECES = [
  'Ofsted said ', '\u201C', '\u201D', '"', "'", '\u2018', '\u2019', ' ', '\r\n', '\n', '\r', '\n\n', '\u00A0', '\u200B', '\u00AD',
  '\u{1F600}', 'e\u0301', '\u05E9\u05DC\u05D5\u05DD', 'inspectors', 'Staff describe leaders as approachable, visible and supportive.',
  'took place over three weeks', 'in 2015', 'rated Good', '...', '\u2026', '[the council]', '- ', '12. ', 'Lewisham', '\t', 'Good',
];
const draftText = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));

function expectSpan(text: string, span: Span, shown: string) {
  expect(text.slice(span.start, span.end)).toBe(shown);
  const positions = indexPositions(text);
  expect(lineColumn(positions, span.start)).toEqual({ line: span.line, column: span.column });
  expect(lineColumn(positions, span.end)).toEqual({ line: span.endLine, column: span.endColumn });
}

describe('spans point at the exact words', () => {
  it('for claims, their context and their evidence, whatever the draft holds', () => {
    fc.assert(
      fc.property(draftText, (text) => {
        const result = check([{ path: 'd.txt', text, format: 'text' }], [report], { rules });
        for (const c of result.documents[0]!.claims) {
          expectSpan(text, c.span, c.text);
          if (c.context) expectSpan(text, c.context.span, c.context.text);
          for (const e of c.evidence) expectSpan(report.text, e.span, e.text);
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  }, 30_000); // real work: many whole checks
});

describe('normalisation', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), draftText, (a, b) => {
        const once = normalize(a + b).text;
        expect(normalize(once).text).toBe(once);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('maps every folded character back inside the original', () => {
    fc.assert(
      fc.property(draftText, (text) => {
        const norm = normalize(text);
        for (let i = 0; i < norm.text.length; i++) {
          expect(norm.starts[i]!).toBeLessThan(norm.ends[i]!);
          expect(norm.ends[i]!).toBeLessThanOrEqual(text.length);
        }
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
