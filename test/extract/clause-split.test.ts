import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/document.js';
import { voiceClauses } from '../../src/extract/clause-split.js';
import { extractClaims } from '../../src/extract/claims.js';
import { lex, text } from '../helpers.js';

const clauses = (sentence: string, inSpeech = false) => {
  const doc = makeDoc(text(sentence));
  return voiceClauses(doc, [0, doc.text.length], lex, inSpeech, []).map(([s, e]) => doc.text.slice(s, e));
};

describe('clauses in their own voice', () => {
  it('splits off a speaker who joins a finding', () => {
    expect(clauses('The report found no serious failures and council bosses stress that no child is at risk.')).toEqual([
      'The report found no serious failures',
      'council bosses stress that no child is at risk.',
    ]);
  });

  it('splits off a pledge joined to the writer\u2019s account', () => {
    expect(clauses('The school joined the Northshire Trust a week after the report and leaders there have pledged to turn it around.')).toEqual([
      'The school joined the Northshire Trust a week after the report',
      'leaders there have pledged to turn it around.',
    ]);
  });

  it('splits off the finding a speaker\u2019s act follows', () => {
    expect(clauses('Northshire\u2019s social care boss has apologised after inspectors condemned the service as inadequate.')).toEqual([
      'Northshire\u2019s social care boss has apologised',
      'after inspectors condemned the service as inadequate.',
    ]);
  });

  it('splits off what the report says inside a speaker\u2019s words', () => {
    expect(clauses('We must make sure every child is safe from harm, as the report notes, even potential harm.', true)).toEqual([
      'We must make sure every child is safe from harm',
      'as the report notes, even potential harm.',
    ]);
  });

  it('keeps a finding whole', () => {
    const finding = 'Inspectors said children waited too long and prospects for improvement were also inadequate.';
    expect(clauses(finding)).toEqual([finding]);
    const after = 'Services were rated inadequate after inspectors found children at risk.';
    expect(clauses(after)).toEqual([after]);
  });
});

describe('clauses in a draft', () => {
  it('checks the finding and leaves the speaker\u2019s clause unchecked, saying whose it is', () => {
    const { claims, doc } = extractClaims(text('The report did not find any serious failures and council chiefs stress the ruling does not mean any children are at risk.'), lex);
    const read = claims.map((c) => ({ kind: c.kind, text: doc.text.slice(c.start, c.end), why: c.why?.kind }));
    expect(read).toEqual([
      { kind: 'claim', text: 'The report did not find any serious failures', why: undefined },
      { kind: 'statement', text: 'council chiefs stress the ruling does not mean any children are at risk.', why: 'speaker' },
    ]);
  });

  it('does not check a quote in a clause that only answers the report', () => {
    const { claims } = extractClaims(text('Northshire Council has told the Gazette it is acting.\n\nIt \u201Cfully accepts\u201D the inspectors\u2019 findings and is making it \u201Ca top priority to act on every recommendation\u201D.'), lex);
    expect(claims.filter((c) => c.kind === 'quote')).toEqual([]);
    expect(claims.at(-1)?.why).toEqual({ kind: 'stance', stance: 'response', cue: 'fully accepts' });
  });
});
