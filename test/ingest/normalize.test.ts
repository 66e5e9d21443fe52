import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../../src/ingest/normalize.js';
import { indexPositions, toSpan } from '../../src/ingest/positions.js';
import { makeDoc } from '../../src/ingest/document.js';

describe('normalize', () => {
  it('folds curly quotes, dashes, NBSP and zero-width characters but maps back exactly', () => {
    const original = 'Lewisham\u2019s \u201Cgood\u201D\u00A0service \u2013 zero\u200Bwidth';
    const norm = normalize(original);
    expect(norm.text).toBe('Lewisham\'s "good" service - zerowidth');
    const at = norm.text.indexOf('good');
    const [s, e] = toOriginal(norm, at, at + 4);
    expect(original.slice(s, e)).toBe('good');
    const z = norm.text.indexOf('zerowidth');
    const [zs, ze] = toOriginal(norm, z, z + 9);
    expect(original.slice(zs, ze)).toBe('zero\u200Bwidth');
  });

  it('rejoins a word hyphenated across a line end', () => {
    const norm = normalize('the multi-agency protec-\ntion plan');
    expect(norm.text).toBe('the multi-agency protection plan');
  });

  it('is idempotent', () => {
    const once = normalize('A \u2018quoted\u2019 \u2014 text\u2026').text;
    expect(normalize(once).text).toBe(once);
  });

  it('gives tokens whose offsets point at the words in the original, past astral characters and CRLF', () => {
    const original = 'Emoji \u{1F600} first\r\nthen children\u2019s care';
    const doc = makeDoc({ path: 'x', text: original, format: 'text' });
    for (const t of doc.tokens) expect(original.slice(t.start, t.end).toLowerCase().replace('\u2019', "'")).toBe(t.word);
    const care = doc.tokens.find((t) => t.word === 'care')!;
    expect(toSpan(indexPositions(original), care.start, care.end)).toMatchObject({ line: 2, column: 17 });
  });

  it('maps every folded character back when folding makes the text longer than the original', () => {
    // each ellipsis becomes three full stops and each ligature two letters: the maps must grow past the original's length
    const original = 'Wait\u2026 the \uFB01ndings\u2026 and\u2026\u2026 more';
    const norm = normalize(original);
    expect(norm.text).toBe('Wait... the findings... and...... more');
    expect(norm.starts.length).toBe(norm.text.length);
    expect(norm.ends.length).toBe(norm.text.length);
    const at = norm.text.indexOf('findings');
    expect(original.slice(...toOriginal(norm, at, at + 8))).toBe('\uFB01ndings');
    const dots = norm.text.indexOf('......');
    expect(original.slice(...toOriginal(norm, dots, dots + 6))).toBe('\u2026\u2026');
    const more = norm.text.indexOf('more');
    expect(original.slice(...toOriginal(norm, more, more + 4))).toBe('more');
  });
});
