import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/ingest/normalize.js';
import { tokenize } from '../../src/ingest/tokens.js';
import { placesOf } from '../../src/judge/places.js';
import { lex } from '../helpers.js';

const places = (body: string) => {
  const norm = normalize(body);
  return placesOf(norm.text, tokenize(norm), lex).map(([name]) => name);
};

describe('placesOf', () => {
  it('reads the name before "City Council", not the word "City"', () => {
    expect(places('Hastings City Council has strengthened its front door. Hastings City Council leaders agree.')).toEqual(['Hastings']);
  });
  it('reads the name before "County Council" and "Borough Council" alike', () => {
    expect(places('Kent County Council and Woking Borough Council signed the plan.').sort()).toEqual(['Kent', 'Woking']);
  });
  it('reads a name after "London Borough of" and before a possessive suffix', () => {
    expect(places('The London Borough of Brent said Brent’s children’s services had improved.')).toEqual(['Brent']);
  });
});
