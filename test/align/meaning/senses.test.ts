import { describe, expect, it } from 'vitest';
import { meaningMatcher } from '../../../src/align/meaning/senses.js';

const meets = (a: string, b: string) => meaningMatcher([b])(a);

// pairs from the reports' and the press's own wording
describe('WordNet word meaning', () => {
  it.each([
    ['youngsters', 'children'], // "vulnerable youngsters" for "children"
    ['hailed', 'praised'], // a verb two steps under another
    ['transformation', 'transformed'], // derivation across parts of speech
    ['failings', 'failures'],
    ['accelerated', 'rapid'],
    ['criticised', 'criticized'], // British spelling
  ])('%s meets %s', (a, b) => expect(meets(a, b)).toBe(true));

  it.each([
    ['children', 'adults'],
    ['improvement', 'deterioration'],
    ['boys', 'girls'], // siblings under one hypernym are not the same thing
    ['judgment', 'act'], // a noun is not its hypernym
    ['failing', 'out'], // short words carry too many senses
  ])('%s does not meet %s', (a, b) => expect(meets(a, b)).toBe(false));
});
