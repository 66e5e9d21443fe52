import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/claims.js';
import { voiceTracker } from '../../src/extract/voices.js';
import { lex, text } from '../helpers.js';

const claimsOf = (body: string, inspectors: string[] = []) => {
  const { claims, doc } = extractClaims(text(body), lex, Infinity, inspectors);
  return claims.map((c) => ({ kind: c.kind, text: doc.text.slice(c.start, c.end), why: c.why, attribution: c.attribution }));
};

/** The claims whose text holds `words`. */
const about = (body: string, words: string, inspectors: string[] = []) => claimsOf(body, inspectors).filter((c) => c.text.includes(words));

/** Whether every claim holding `words` is checked against the report as an inspector's words. */
const reportVoice = (body: string, words: string, inspectors: string[] = []) => {
  const found = about(body, words, inspectors);
  return found.length > 0 && found.every((c) => c.kind !== 'statement' && c.attribution.kind === 'source' && c.attribution.speaker !== undefined);
};

/** Whether every claim holding `words` is left unchecked as a speaker's own words. */
const ownVoice = (body: string, words: string) => {
  const found = about(body, words);
  return found.length > 0 && found.every((c) => c.kind === 'statement' && c.why?.kind === 'speaker');
};

describe('an inspector speaks for the report', () => {
  it('reads a role, a name and "said:" before a quote as the report\u2019s voice', () => {
    const body = 'Northshire Academy was judged inadequate.\n\nLead inspector Priya Oduya said: \u201CPupils\u2019 behaviour in lessons is often poor.\u201D';
    expect(reportVoice(body, 'behaviour in lessons')).toBe(true);
    const [quote] = about(body, 'behaviour in lessons');
    expect(quote?.attribution).toEqual({ kind: 'source', cue: 'Lead inspector', speaker: 'Priya Oduya' });
  });

  it('reads "In her report, <inspectorate> inspector NAME said:" as the report\u2019s voice', () => {
    expect(reportVoice('In her report, Ofsted inspector Carol Pennick said: \u201CGovernors do not hold leaders to account.\u201D', 'hold leaders to account')).toBe(true);
  });

  it('reads a title of the inspectorate before the name ("His Majesty\u2019s Inspector of Prisons")', () => {
    const body = 'His Majesty\u2019s Chief Inspector of Prisons Daniel Roath said the jail had too few officers on the wings at night.';
    expect(reportVoice(body, 'too few officers')).toBe(true);
    expect(about(body, 'too few officers')[0]?.attribution).toMatchObject({ cue: 'His Majesty\u2019s Chief Inspector of Prisons', speaker: 'Daniel Roath' });
  });

  it('reads an appositive role after the name ("NAME, the lead inspector, said")', () => {
    expect(reportVoice('Grace Whitley, the lead inspector, said the school\u2019s leaders had acted quickly on safeguarding.', 'acted quickly')).toBe(true);
  });

  it('reads a role the inspectorate owns ("the watchdog\u2019s chief", "an Ofsted spokesperson") as its voice', () => {
    expect(reportVoice('An Ofsted spokesperson said the home had not kept proper records of restraint.', 'proper records')).toBe(true);
  });

  it('carries the role to a later paragraph that names the inspector only by surname', () => {
    const body = 'Ofsted inspector Tom Hesketh said: \u201CAttendance has risen sharply this year.\u201D\n\nMr Hesketh said leaders had tackled persistent absence with determination.';
    expect(reportVoice(body, 'persistent absence')).toBe(true);
  });

  it('carries the role to a later "he said" or "she added"', () => {
    const body = 'Lead inspector Nadia Forde said the trust had improved its maternity care.\n\nShe said midwives now reviewed every high-risk pregnancy within a day.';
    expect(reportVoice(body, 'high-risk pregnancy')).toBe(true);
    const quoted = 'HMI Owen Pryce said the college\u2019s apprenticeships were well planned.\n\n\u201CEmployers value the training highly,\u201D he added.';
    expect(reportVoice(quoted, 'value the training')).toBe(true);
  });

  it('carries the role to a quote that goes on into the next paragraph', () => {
    const body = 'The lead inspector, Ruth Ambler, wrote: \u201CChildren wait too long for their first assessment.\n\n\u201CManagers do not check that plans are followed.\u201D';
    expect(reportVoice(body, 'first assessment')).toBe(true);
    expect(reportVoice(body, 'plans are followed')).toBe(true);
  });

  it('reads a person the source names as its inspector as the report\u2019s voice wherever the draft names them', () => {
    expect(reportVoice('Alan Kerrigan said the home\u2019s staff knew each child well.', 'knew each child', ['Alan Kerrigan'])).toBe(true);
    expect(ownVoice('Alan Kerrigan said the home\u2019s staff knew each child well.', 'knew each child')).toBe(true);
  });
});

describe('everyone else speaks for themselves', () => {
  it.each([
    ['a councillor', 'Councillor Ruth Bellamy said: \u201CWe have already started to put things right for families.\u201D', 'put things right'],
    ['a director', 'The council\u2019s director of children\u2019s services, Mark Oyelaran, said the findings would be acted on at once.', 'acted on at once'],
    ['an MP', 'Local MP Jenny Catterall said: \u201CThese children have been let down for far too long.\u201D', 'let down'],
    ['a campaigner', 'Campaigner Liam Dorsey said parents had warned the council about the service for years.', 'warned the council'],
    ['a chief executive of the council', 'Chief executive of the council Sandra Pym said: \u201CWe accept every recommendation in the report.\u201D', 'accept every recommendation'],
    ['a parent', 'One parent, Kerry Mold, said: \u201CMy son is finally happy to go to school in the mornings.\u201D', 'happy to go to school'],
  ])('keeps %s\u2019s words their own', (_who, body, words) => {
    expect(ownVoice(body, words)).toBe(true);
  });

  it('keeps a councillor\u2019s later "he said" his own, after an inspector spoke earlier', () => {
    const body = 'Lead inspector Nadia Forde said the service was improving.\n\nCouncillor Peter Vance said: \u201CWe are proud of our staff.\u201D\n\nHe said the council would hire twenty more social workers.';
    expect(ownVoice(body, 'twenty more social workers')).toBe(true);
  });

  it('keeps a "he said" after a paragraph about someone else in a role from the inspector', () => {
    const body = 'Lead inspector Nadia Forde said the service was improving.\n\nThe council\u2019s director, Omar Fell, is to step down in the spring.\n\nHe said he was sorry for the delays families had faced.';
    expect(ownVoice(body, 'sorry for the delays')).toBe(true);
  });

  it('gives a speaker\u2019s role to the reason', () => {
    const [c] = about('Councillor Ruth Bellamy said: \u201CWe have already started to put things right for families.\u201D', 'put things right');
    expect(c?.why).toEqual({ kind: 'speaker', name: 'Councillor Ruth Bellamy', role: 'Councillor' });
  });
});

describe('voiceTracker', () => {
  it('gives a surname or pronoun the voice named before it, and the source\u2019s inspectors theirs', () => {
    const { resolve } = voiceTracker(['Helen Marsh']);
    expect(resolve({ kind: 'speaker', name: 'Dr Marsh' })).toEqual({ kind: 'source', cue: 'inspector', speaker: 'Helen Marsh' });
    expect(resolve({ kind: 'speaker', name: 'she' })).toEqual({ kind: 'source', cue: 'inspector', speaker: 'Helen Marsh' });
    expect(resolve({ kind: 'speaker', name: 'Councillor Jo Pike', role: 'Councillor' })).toEqual({ kind: 'speaker', name: 'Councillor Jo Pike', role: 'Councillor' });
    expect(resolve({ kind: 'speaker', name: 'Ms Pike' })).toEqual({ kind: 'speaker', name: 'Councillor Jo Pike', role: 'Councillor' });
    expect(resolve({ kind: 'speaker', name: 'he' })).toEqual({ kind: 'speaker', name: 'Councillor Jo Pike', role: 'Councillor' });
  });

  it('leaves a pronoun as it is when no one was named before it', () => {
    expect(voiceTracker().resolve({ kind: 'speaker', name: 'He' })).toEqual({ kind: 'speaker', name: 'He' });
  });

  it('does not take a pronoun for the last speaker after a paragraph that names someone else by role', () => {
    const voices = voiceTracker(['Helen Marsh']);
    voices.resolve({ kind: 'speaker', name: 'Ms Marsh' });
    voices.endParagraph(false);
    voices.endParagraph(true);
    expect(voices.resolve({ kind: 'speaker', name: 'she' })).toEqual({ kind: 'speaker', name: 'she' });
  });
});

describe('naming the speaker', () => {
  it('names a speaker by their own name, not another name earlier in the sentence', () => {
    const body = 'Ofsted inspector Tom Hesketh said the school had improved.\n\nOn a visit to Northshire Academy last week, Mr Hesketh said pupils now read widely.';
    expect(reportVoice(body, 'read widely')).toBe(true);
  });
});

describe('a speech that names others', () => {
  it('keeps a later "she said" the inspector\u2019s when her quoted paragraph named a director', () => {
    const body = 'Lead inspector Nadia Forde said: \u201CThe service has improved.\n\n\u201CThe director and councillors now know what happens to children.\u201D\n\nShe said managers had checked every plan this year.';
    expect(reportVoice(body, 'checked every plan')).toBe(true);
  });
});

describe('a speaker named before their role', () => {
  it('is named by their own name, not the body their role is in', () => {
    const body = 'Inspectors rated the council inadequate.\n\nPriya Oduya, independent chair of Northshire Safeguarding Children Board, said: \u201CWe accept every finding.\u201D';
    const [said] = about(body, 'accept every finding');
    expect(said?.why).toMatchObject({ kind: 'speaker', name: 'Priya Oduya' });
  });
});
