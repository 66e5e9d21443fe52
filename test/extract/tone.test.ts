import { describe, expect, it } from 'vitest';
import { makeDoc } from '../../src/ingest/document.js';
import { readTone, sourceNames } from '../../src/extract/tone.js';
import { lex } from '../helpers.js';

/** Each tone word of a sentence: its words, polarity or change, emphasis, what it is about and who does it. */
function hits(sentence: string) {
  const doc = makeDoc({ path: 'draft.txt', text: sentence, format: 'text' });
  return { doc, hits: readTone(doc.tokens, doc.text, lex.tone!, sourceNames(lex)) };
}

function read(sentence: string) {
  const { doc, hits: found } = hits(sentence);
  const words = (from: number, to: number) => doc.tokens.slice(from, to).map((t) => t.word).join(' ');
  return found.map((h) => ({
    words: words(h.from, h.to),
    tone: `${h.term.kind === 'change' ? 'change ' : ''}${h.term.strong ? 'strong ' : ''}${h.term.sign}`,
    about: h.target.kind === 'document' ? 'the report' : h.target.narrowed ? `part: ${h.target.extent.join(' ')}` : h.target.words.join(' '),
    by: h.agent,
  }));
}

describe('tone words and what they are about', () => {
  it('reads a passive verb as about its subject, and "by" as who did it', () => {
    expect(read('The academy has been slated by inspectors.')).toEqual([{ words: 'slated', tone: 'strong negative', about: 'academy', by: 'source' }]);
    expect(read('The nursery was praised by parents.')).toEqual([{ words: 'praised', tone: 'positive', about: 'nursery', by: 'other' }]);
  });

  it('reads an active verb as about its object, and the words before it as who did it', () => {
    expect(read('Inspectors praised the council.')).toEqual([{ words: 'praised', tone: 'positive', about: 'council', by: 'source' }]);
    expect(read('Residents criticised the council.')).toEqual([{ words: 'criticised', tone: 'negative', about: 'council', by: 'other' }]);
  });

  it('makes a word emphatic with an intensifier before it', () => {
    expect(read('The trust was heavily criticised by the regulator.')).toEqual([{ words: 'heavily criticised', tone: 'strong negative', about: 'trust', by: 'source' }]);
  });

  it('reads a describing word as about the report after it, a complement, or the subject of its copula', () => {
    expect(read('It was a glowing inspection report.')[0]).toMatchObject({ words: 'glowing', about: 'the report' });
    expect(read('Ofsted found failings in the fostering service.')[0]).toMatchObject({ words: 'failings', tone: 'negative', about: 'fostering service' });
    expect(read('The report concluded that teaching is not good enough.')[0]).toMatchObject({ words: 'not good enough', about: 'teaching' });
  });

  it('keeps a phrase that a qualifier narrows as a part, with the words that name it', () => {
    expect(read('Services for disabled children were criticised.')[0]).toMatchObject({ about: 'part: services for disabled children' });
    expect(read("Inspectors hailed the force's work on tackling burglary.")[0]).toMatchObject({ about: "part: the force's work on tackling burglary" });
  });

  it('reads a denial as nothing, and "no longer" before a censure as a change for the better', () => {
    expect(read('The school was not criticised by inspectors.')).toEqual([]);
    expect(read('Inspectors said the home is no longer failing.')).toEqual([{ words: 'no longer failing', tone: 'change positive', about: 'home', by: 'unstated' }]);
  });

  it('reads a change with what it is about', () => {
    expect(read('Inspectors recognised improvements to the adoption service.')[0]).toMatchObject({ tone: 'change positive', about: 'adoption service' });
  });

  it('leaves out a tone word that dates the claim or is about some of what is graded', () => {
    expect(read('The head resigned a week after the damning report.')).toEqual([]);
    expect(read('Inspectors saw examples of poor care.')).toEqual([]);
  });

  it('reads the inspection a tone word’s clause is about', () => {
    expect(hits('The council, which had been slated by inspectors in 2015, is now rated good.').hits[0]?.when).toEqual({ year: 2015 });
    expect(hits('The service had previously been criticised by inspectors.').hits[0]?.when).toBe('previous');
    expect(hits('In 2019 the service was slated by inspectors.').hits[0]).toMatchObject({ when: { year: 2019 }, target: { head: 'service' } });
    expect(hits('The service was praised by inspectors.').hits[0]?.when).toBe('this inspection');
  });

  it('reads a phrase within one stretch of text, not across a quotation mark', () => {
    expect(read('Ofsted found “serious” failings in the service.').map((h) => h.words)).toEqual(['failings']);
  });
});
