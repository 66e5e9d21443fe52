import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/claims.js';
import { findFacts, mayStateYearOrDate } from '../../src/extract/facts.js';
import { makeDoc, tokensIn } from '../../src/ingest/document.js';
import { profileAreas, resolveArea } from '../../src/layout/areas.js';
import { words } from '../../src/ingest/tokens.js';
import { buildSourceModel } from '../../src/align/source-model.js';
import { lex, source, text } from '../helpers.js';

const claimsOf = (body: string) => {
  const { claims, doc } = extractClaims(text(body), lex);
  return claims.map((c) => ({ kind: c.kind, text: doc.text.slice(c.start, c.end), start: c.start, why: c.why, attribution: c.attribution }));
};

const gradesOf = (sentence: string) => {
  const doc = makeDoc(text(sentence));
  return findFacts({ tokens: tokensIn(doc, 0, sentence.length), text: sentence }, lex).flatMap((f) => (f.value.type === 'rating' ? [f.value.mention] : []));
};

describe('speakers', () => {
  it('gives a paragraph after "X, cabinet member, said:" to the speaker, and the next quoted paragraph too', () => {
    const body = 'Northshire was inspected in March.\n\nCouncillor Ann Lee, cabinet member for children and families, said:\n\n\u201CThis is a proud day for our staff.\u201D\n\n\u201CWe will keep improving services for every family in the borough.\u201D';
    const spoken = claimsOf(body).filter((c) => c.text.includes('proud day') || c.text.includes('keep improving'));
    expect(spoken.length).toBeGreaterThanOrEqual(1);
    expect(spoken.every((c) => c.kind === 'statement' && c.why?.kind === 'speaker' && c.why.name === 'Councillor Ann Lee')).toBe(true);
  });

  it('checks a grade in the writer\u2019s introduction of a speaker, never one in the speaker\u2019s words', () => {
    const claims = claimsOf('Ann Lee, chair of the Northshire Safeguarding Children Board, which was also judged to \u2018require improvement\u2019, said: \u201CWe were rated good last time and we will be again.\u201D');
    const facts = claims.filter((c) => c.kind === 'fact').map((c) => c.text);
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatch(/judged to \u2018require improvement\u2019$/);
  });

  it('names the speaker by role and name, never by a word of the quote', () => {
    const whyOf = (body: string) => claimsOf(body).find((c) => c.kind === 'statement')?.why;
    expect(whyOf('Chief executive Dana Marsh said: \u201CWe accept the findings in full.\u201D')).toEqual({ kind: 'speaker', name: 'Chief executive Dana Marsh', role: 'Chief executive' });
    expect(whyOf('The prison\u2019s governor said: \u201CWe are already turning things around.\u201D')).toEqual({ kind: 'speaker', name: 'the speaker' });
  });

  it('names a speaker given in the possessive by the whole phrase, not the place', () => {
    const [c] = claimsOf('Northshire\u2019s child protection boss has apologised for the delays.');
    expect(c?.why).toEqual({ kind: 'speaker', name: 'Northshire\u2019s child protection boss', role: 'boss' });
  });

  it('names a speaker whose introduction quotes a word by their name, not by the "we" of the quote after the colon', () => {
    const claims = claimsOf('Ann Lee, independent chair of the Northshire Board, which was also judged to \u2018require improvement\u2019, said: \u201CWe accept every finding and will act on them.\u201D');
    expect(claims.find((c) => c.kind === 'statement')?.why).toEqual({ kind: 'speaker', name: 'Ann Lee' });
  });

  it('reads reported speech without quotation marks as the speaker\u2019s', () => {
    const [c] = claimsOf('Sir Tom Reed said during that period some families waited too long for help.');
    expect(c).toMatchObject({ kind: 'statement', why: { kind: 'speaker', name: 'Sir Tom Reed' } });
  });

  it('still checks what a speaker says the report found', () => {
    const c = claimsOf('The director said: \u201CAs the report notes, most children are seen quickly.\u201D').find((x) => x.text.includes('most children'));
    expect(c?.kind).toBe('claim');
  });

  it('does not take a passive verb\u2019s subject for a speaker', () => {
    const [c] = claimsOf('Northshire Police have been congratulated on their handling of victims of crime.');
    expect(c?.kind).toBe('claim');
  });
});

describe('stances', () => {
  it('leaves a plan unchecked but still checks the grade in it', () => {
    const out = claimsOf('The fostering service, which was rated good, is to be expanded next year.');
    expect(out.map((c) => [c.kind, c.why?.kind])).toEqual([
      ['statement', 'stance'],
      ['fact', undefined],
    ]);
    expect(out[1]!.text).toBe('was rated good');
  });
});

describe('headlines', () => {
  it('makes the first line a headline statement even without a blank line after it', () => {
    const out = claimsOf('Big changes promised for Northshire care services\nThe council has promised to recruit forty new social workers this year.');
    expect(out[0]).toMatchObject({ kind: 'statement', why: { kind: 'headline' } });
  });

  it('checks the grade a headline states, and nothing else in it', () => {
    const headline = 'Northshire children\u2019s services rated Good by inspectors';
    const out = claimsOf(`${headline}\n\nThe report was published on Tuesday.`);
    expect(out.filter((c) => c.kind === 'fact' && c.start < headline.length).map((c) => c.text)).toEqual(['Northshire children\u2019s services rated Good']);
    // the body's sentence is checked in full: its day of publication is a fact of its own
    expect(out.filter((c) => c.kind === 'fact' && c.start > headline.length).map((c) => c.text)).toEqual(['The report was published on Tuesday']);
  });

  it('reads a scare-quoted sub-heading as the writer\u2019s words, not a quote of the report', () => {
    const out = claimsOf('The inspection found many problems in the service.\n\n\u2018Serious concerns\u2019\n\nInspectors visited in May.');
    expect(out.find((c) => c.text.includes('Serious concerns'))).toMatchObject({ kind: 'statement', why: { kind: 'headline' } });
  });
});

describe('a reprint double-spaced as it was reflowed', () => {
  it('reads a sentence wrapped over a blank line as one sentence', () => {
    const out = claimsOf('Care cuts hit Northshire\n\nPoor planning from the top down led to serious failings in\n\nNorthshire council\u2019s children\u2019s services, Ofsted has found. Inspectors said leaders were\n\nnot aware of the delays.\n');
    expect(out.filter((c) => c.kind === 'claim').map((c) => c.text)).toEqual([
      'Poor planning from the top down led to serious failings in\n\nNorthshire council\u2019s children\u2019s services, Ofsted has found.',
      'Inspectors said leaders were\n\nnot aware of the delays.',
    ]);
  });

  it('keeps paragraphs apart where a sentence could end: a headline, a heading, a finished paragraph', () => {
    const out = claimsOf('Care cuts hit Northshire\n\nInspectors found the service was slow to act. Leaders have a plan\n\nThe council said it would hire staff.\n');
    expect(out.map((c) => c.text)).toContain('Leaders have a plan');
  });
});

describe('grade claims in press phrasing', () => {
  it('finds the grade after press verbs and nouns', () => {
    expect(gradesOf('Inspectors classed the fostering service as outstanding.').map((m) => m.term)).toEqual(['outstanding']);
    expect(gradesOf('The regulator handed the trust a \u2018good\u2019 rating for its maternity care.').map((m) => m.term)).toEqual(['good']);
    expect(gradesOf('Services for disabled children are good, inspectors say.').map((m) => m.term)).toEqual(['good']);
  });

  it('leaves a grade word that is no claim', () => {
    expect(gradesOf('The council hopes to become an \u2018Outstanding\u2019 service one day.')).toEqual([]);
    expect(gradesOf('There was good progress in the schools.')).toEqual([]);
  });

  it('reads negation, change and time', () => {
    expect(gradesOf('The service is no longer rated \u2018inadequate\u2019.')[0]).toMatchObject({ negated: true, when: 'this inspection' });
    const change = gradesOf('The council was raised from inadequate to requires improvement.');
    expect(change.map((m) => [m.term, m.when, m.change?.from])).toEqual([
      ['inadequate', 'previous', undefined],
      ['requires improvement', 'this inspection', 'inadequate'],
    ]);
    expect(gradesOf('The service had been judged good at the last inspection.')[0]?.when).toBe('previous');
    expect(gradesOf('The service was rated outstanding in 2012.')[0]?.when).toEqual({ year: 2012 });
  });

  it('tells the older phrase "requires significant improvement" from "requires improvement"', () => {
    const [m] = gradesOf('The school was judged overall to require significant improvement.');
    expect(m?.term).toBe('require significant improvement');
    expect(m?.level).toBe(5);
  });

  it('names the area graded by its press name', () => {
    expect(gradesOf('Care leavers\u2019 services were rated as requiring improvement.')[0]?.subject).toMatchObject({ kind: 'areas', areas: [{ area: 'care-leavers' }] });
    expect(gradesOf('Help and protection was judged good.')[0]?.subject).toMatchObject({ kind: 'areas', areas: [{ area: 'help-and-protection' }] });
  });

  it('reads the subject next to the grade, not from elsewhere in the sentence', () => {
    // the leaders named after the grade are not what was graded
    expect(gradesOf('Inspectors rated the council\u2019s services as \u2018inadequate\u2019 after finding leaders unaware of the risks.')[0]?.subject).not.toMatchObject({ kind: 'areas' });
    // a grade before an area ("with outstanding leadership") grades that area; the first grade the services
    const [first, second] = gradesOf('Services for children in the city have been rated as \u2018Good\u2019 with outstanding leadership, management and governance.');
    expect(first?.subject).toEqual({ kind: 'overall' });
    expect(second?.subject).toMatchObject({ kind: 'areas', areas: [{ area: 'leadership' }] });
    // a relative clause hands the grade back to the noun it stands for
    expect(gradesOf('Praise went to leadership, management and governance, which were classed as outstanding.')[0]?.subject).toMatchObject({ kind: 'areas', areas: [{ area: 'leadership' }] });
    // an area after a comma belongs to another clause
    expect(gradesOf('The county was rated as \u2018requires improvement to be good\u2019, inspectors praising strong leadership.')[0]?.subject).not.toMatchObject({ kind: 'areas' });
  });

  it('covers the areas a grade is given to in its fact, before the grade or after it', () => {
    const factText = (sentence: string) => {
      const doc = makeDoc(text(sentence));
      const f = findFacts({ tokens: tokensIn(doc, 0, sentence.length), text: sentence }, lex).find((x) => x.value.type === 'rating');
      return f && sentence.slice(f.start, f.end);
    };
    expect(factText('Ofsted classed both Leadership, Management and Governance and Adoption Performance as good.')).toBe('Leadership, Management and Governance and Adoption Performance as good');
    expect(factText('Inspectors judged the county to be \u2018good\u2019 in the areas of adoption performance and care leavers.')).toMatch(/good\u2019 in the areas of adoption performance and care leavers$/);
    // a list of areas as the subject: the hyphen in "looked-after" opens no clause, and the first
    // area's whole name is taken in, however far back it starts
    const listed = 'Northshire Council\u2019s services for children in need of help and protection, looked-after children and care leavers, were judged overall to be good.';
    expect(factText(listed)).toMatch(/^(Northshire Council\u2019s services for )?children in need of help and protection, looked-after children and care leavers, were judged overall to be good$/);
  });

  it('reads a quoted grade with its cue further back, the grade a change starts from as the earlier one', () => {
    const [now, before] = gradesOf('Their overall verdict was that children\u2019s services in the borough \u2018require improvement to be good\u2019 \u2013 a step up from \u2018inadequate\u2019, with \u2018good\u2019 ratings for adoption.');
    expect(now).toMatchObject({ term: 'require improvement to be good', when: 'this inspection', subject: { kind: 'overall' } });
    expect(before).toMatchObject({ term: 'inadequate', when: 'previous' });
    // unquoted, the grade words that far from the cue are no claim
    expect(gradesOf('Their overall verdict was that children\u2019s services in the borough had a lot to do and were good at listening.')).toEqual([]);
  });

  it('ends a quoted grade fact on its closing mark, not on an apostrophe inside a word', () => {
    const sentence = 'The verdict was that children\u2019s services \u2018require improvement to be good\u2019, inspectors said.';
    const doc = makeDoc(text(sentence));
    const f = findFacts({ tokens: tokensIn(doc, 0, sentence.length), text: sentence }, lex).find((x) => x.value.type === 'rating');
    expect(f && sentence.slice(f.start, f.end)).toMatch(/good\u2019$/);
  });

  it('reads an end of the scale named without its words, and leaves a comparison with others', () => {
    expect(gradesOf('The council had been given the regulator\u2019s lowest judgement in 2019.')[0]).toMatchObject({ scaleEnd: 'lowest', when: { year: 2019 } });
    expect(gradesOf('The trust was awarded the top rating.')[0]).toMatchObject({ scaleEnd: 'highest' });
    expect(gradesOf('The force was awarded one of the highest grades of any force.')).toEqual([]);
  });

  it('reads a count of grades at one level, before the grade or after it', () => {
    expect(gradesOf('The force received six \u2018outstanding\u2019 grades.')[0]?.count).toBe(6);
    const [good, adequate] = gradesOf('It was found to be \u2018good\u2019 in two areas and \u2018adequate\u2019 in one area.');
    expect([good?.count, adequate?.count]).toEqual([2, 1]);
    expect(gradesOf('The school was rated good.')[0]?.count).toBeUndefined();
    expect(gradesOf('Pupils made good progress in two areas of the curriculum.')).toEqual([]);
  });

  it('reads every area a grade is given to', () => {
    const [m] = gradesOf('Inspectors classed both adoption performance and care leavers as good.');
    expect(m?.subject).toMatchObject({ kind: 'areas', areas: [{ area: 'adoption' }, { area: 'care-leavers' }] });
    const [n] = gradesOf('The authority was judged to be good in the areas of children in care, adoption and care leavers.');
    expect(n?.subject).toMatchObject({ kind: 'areas', areas: [{ area: 'children-in-care' }, { area: 'adoption' }, { area: 'care-leavers' }] });
    // a word that stands for the subject after a clause word hands the grade back to it
    const [both] = gradesOf('Care leaver and fostered children\u2019s services were also found wanting by inspectors last month, with both being handed a judgement of \u201crequires improvement\u201d.');
    expect(both?.subject).toMatchObject({ kind: 'areas', areas: [{ area: 'care-leavers' }, { area: 'children-in-care' }] });
    expect(gradesOf('Its leaders were praised, with a verdict of \u201cgood\u201d overall.')[0]?.subject).not.toMatchObject({ kind: 'areas' });
    expect(gradesOf('The council\u2019s ability to keep children safe was judged inadequate.')[0]?.subject).toMatchObject({ kind: 'areas', areas: [{ area: 'help-and-protection' }] });
  });

  it('keeps an earlier year out of a grade given now, and reads negation a few words back', () => {
    const [lowest, now] = gradesOf('The council, which had the lowest grade in 2015, is now rated as \u2018requires improvement\u2019 overall.');
    expect(lowest).toMatchObject({ scaleEnd: 'lowest', when: { year: 2015 } });
    expect(now?.when).toBe('this inspection');
    expect(gradesOf('Services are no longer judged to be \u201cinadequate\u201d by inspectors.')[0]?.negated).toBe(true);
    expect(gradesOf('The news comes three years after they were rated \u201coutstanding\u201d.')[0]?.when).toBe('previous');
  });
});

describe('areas', () => {
  const areas = profileAreas('ofsted-children');
  it('maps press names and every framework\u2019s report names to one id', () => {
    expect(resolveArea(words('children in care'), areas, 'press')?.id).toBe('children-in-care');
    expect(resolveArea(words('Children looked after and achieving permanence'), areas, 'report')?.id).toBe('children-in-care');
    expect(resolveArea(words('The experiences and progress of children in care'), areas, 'report')?.id).toBe('children-in-care');
    expect(resolveArea(words('The impact of leaders on social work practice with children and families'), areas, 'report')?.id).toBe('leadership');
    expect(resolveArea(words('the safeguarding board'), areas, 'press')?.id).toBe('safeguarding-board');
  });
});

describe('mayStateYearOrDate', () => {
  const tokensOf = (sentence: string) => tokensIn(makeDoc(text(sentence)), 0, sentence.length);
  it('is true of a sentence with a year or a month and false of one with neither', () => {
    expect(mayStateYearOrDate(tokensOf('The inspection took place from 4 to 15 December 2023.'), lex)).toBe(true);
    expect(mayStateYearOrDate(tokensOf('Leaders have strengthened services since 2019.'), lex)).toBe(true);
    expect(mayStateYearOrDate(tokensOf('Families were visited in March by social workers.'), lex)).toBe(true);
    expect(mayStateYearOrDate(tokensOf('Social workers know their children well.'), lex)).toBe(false);
    // a relative date is neither a year nor a date fact
    expect(mayStateYearOrDate(tokensOf('The council was inspected three weeks ago.'), lex)).toBe(false);
  });
  it('is never false of a passage of the report in which findFacts finds a year or a date', () => {
    const model = buildSourceModel('S1', source(), lex);
    let dated = 0;
    for (const p of model.passages) {
      const when = findFacts({ tokens: p.tokens, text: model.doc.text }, lex).some((f) => f.value.type === 'year' || f.value.type === 'date');
      if (when) dated++;
      if (when) expect(mayStateYearOrDate(p.tokens, lex)).toBe(true);
    }
    expect(dated).toBeGreaterThan(3);
  });
});
