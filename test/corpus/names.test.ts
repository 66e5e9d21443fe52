import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/document.js';
import { isPlaceWord, mainPlace, openingName, subjectWords } from '../../src/corpus/names.js';
import { lex } from '../helpers.js';

describe('whom a report is about, as the words that name it', () => {
  it('keeps the name and leaves out the words that only say it is a place', () => {
    expect(subjectWords('Royal Borough of Ashford and Kingsmere', lex)).toEqual(['ashford', 'kingsmere']);
    expect(subjectWords('Glenbury Metropolitan Borough Council', lex)).toEqual(['glenbury', 'metropolitan']);
    expect(subjectWords('Elmton-on-Sea city council', lex)).toEqual(['elmton', 'sea']);
    expect(isPlaceWord('royal', lex)).toBe(true);
    expect(isPlaceWord('city', lex)).toBe(true);
    expect(isPlaceWord('kingsmere', lex)).toBe(false);
  });

  it('reads a name on a line of its own above the first line of running text, and no heading or grade below it', () => {
    expect(openingName('Ashford and Kingsmere\nInspection of services for children in need of help and\nprotection\n', lex)).toBe('Ashford and Kingsmere');
    expect(openingName('Inspection of safeguarding and\nlooked after children services\nGlenbury\nInspection dates 13-24 September\n', lex)).toBe('Glenbury');
    const graded = 'London Borough of Northwick Inspection of services for children in need of help and protection\nRequires Improvement\n';
    expect(openingName(graded, lex)).toBeUndefined();
  });

  it('widens the place named next to "council" to the capitalised words beside it', () => {
    const text = 'London Borough of Oak Hollow Inspection of services for children.\nThe council has improved since Oak Hollow Council was last inspected.';
    expect(mainPlace(text, makeDoc({ path: 'r.txt', text, format: 'text' }).tokens, lex)).toBe('Oak Hollow');
  });
});
