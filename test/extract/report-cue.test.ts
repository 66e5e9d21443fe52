import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/claims.js';
import { lexicon } from '../../src/rules/lexicon.js';
import { loadRuleSet } from '../../src/rules/load.js';

const lex = lexicon(loadRuleSet());
const claimOf = (text: string) => extractClaims({ path: 'draft.txt', text, format: 'text' }, lex).claims.find((c) => c.kind === 'claim');

describe('report cue', () => {
  it('marks a background sentence with no tie to the report', () => {
    expect(claimOf('The county council has been asked to explain its spending on agency staff.\n')?.uncued).toBe(true);
  });
  it('keeps a sentence that names the inspectors', () => {
    expect(claimOf('Inspectors criticised the slow pace of change in the fostering team.\n')?.uncued).toBeUndefined();
  });
  it('keeps a sentence with a figure', () => {
    expect(claimOf('The service now employs 86 more social workers than a year before.\n')?.uncued).toBeUndefined();
  });
});
