import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/extract/quotes.js';
import { extractClaims } from '../../src/extract/claims.js';
import { splitBlocks } from '../../src/layout/blocks.js';
import { lex, seed, text } from '../helpers.js';

const quotesOf = (t: string) => findQuotes(t, splitBlocks(t).map((b) => [b.start, b.end] as [number, number])).map((q) => t.slice(q.start, q.end));

describe('findQuotes', () => {
  it('tells apostrophes from quotation marks', () => {
    expect(quotesOf("Lewisham's and children\u2019s services were rated \u2018Good\u2019 and 'bold'.")).toEqual(['Good', 'bold']);
  });

  it('finds straight and curly double quotes and keeps the full stop inside', () => {
    expect(quotesOf('It said: \u201CStaff describe leaders as approachable.\u201D and "all good," he said.')).toEqual([
      'Staff describe leaders as approachable.',
      'all good',
    ]);
  });

  it('follows a speech over paragraphs that open with a quotation mark', () => {
    const t = 'The mayor said: \u201CFirst part.\n\n\u201CSecond part.\u201D';
    const blocks = splitBlocks(t).map((b) => [b.start, b.end] as [number, number]);
    const qs = findQuotes(t, blocks);
    expect(qs.map((q) => [t.slice(q.start, q.end), q.unclosed, q.continues])).toEqual([
      ['First part.', true, false],
      ['Second part.', false, true],
    ]);
  });
});

describe('extractClaims', () => {
  it('attributes quotes to the source or a speaker, and carries the speaker into the next paragraph', () => {
    const { claims, doc } = extractClaims(seed('drafts/local-news-2024.txt'), lex);
    const quote = claims.find((c) => c.kind === 'quote' && doc.text.slice(c.start, c.end).startsWith('social workers carefully'))!;
    expect(quote.attribution).toMatchObject({ kind: 'source' });
    const speech = claims.filter((c) => c.attribution.kind === 'speaker');
    expect(speech.length).toBeGreaterThanOrEqual(2);
    expect(speech.every((c) => c.attribution.kind === 'speaker' && c.attribution.name.includes('Chris Barnham'))).toBe(true);
    expect(speech.some((c) => doc.text.slice(c.start, c.end).includes('inspection outcome in 2019'))).toBe(true);
  });

  it('reports fact-level claims inside a longer sentence', () => {
    const { claims, doc } = extractClaims(seed('drafts/local-news-2024.txt'), lex);
    const facts = claims.filter((c) => c.kind === 'fact').map((c) => doc.text.slice(c.start, c.end));
    expect(facts).toEqual(
      expect.arrayContaining(['since it was judged as requiring improvement', 'in the previous inspection in 2015', 'took place over three weeks', 'in December last year']),
    );
  });

  it('gives a quoted grade its closing quotation mark, and a possessive none', () => {
    const { claims, doc } = extractClaims(seed('drafts/recruitment-site-news-2024.txt'), lex);
    const facts = claims.filter((c) => c.kind === 'fact').map((c) => doc.text.slice(c.start, c.end));
    expect(facts).toEqual(expect.arrayContaining(['services were rated as \u2018requires improvement\u2019', "Lewisham Children's Services has achieved a \u2018Good\u2019 rating"]));
  });

  it('splits a quote of two source sentences into two quote claims', () => {
    const { claims, doc } = extractClaims(text('Ofsted said: \u201CThe pace of change has been purposeful. Staff describe leaders as approachable.\u201D'), lex);
    expect(claims.filter((c) => c.kind === 'quote').map((c) => doc.text.slice(c.start, c.end))).toEqual([
      'The pace of change has been purposeful.',
      'Staff describe leaders as approachable.',
    ]);
  });

  it("sets the writer's own 'As a …,' framing apart from the claim after it", () => {
    const { claims, doc } = extractClaims(text('As an ethnically diverse borough, Lewisham is recognised for its careful consideration of cultural needs.'), lex);
    expect(claims.map((c) => [c.kind, doc.text.slice(c.start, c.end)])).toEqual([
      ['statement', 'As an ethnically diverse borough'],
      ['claim', 'Lewisham is recognised for its careful consideration of cultural needs.'],
    ]);
  });

  it('treats headlines and first-person statements as statements', () => {
    const { claims } = extractClaims(text('Child services given clean bill of health\nWe are proud of our staff and our work with families.'), lex);
    expect(claims.map((c) => c.kind)).toEqual(['statement', 'statement']);
  });
});
