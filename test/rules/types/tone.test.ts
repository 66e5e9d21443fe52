import { describe, expect, it } from 'vitest';
import { check } from '../../../src/check.js';
import { ruleTable } from '../table.js';
import { rules, text } from '../../helpers.js';

// Report pages in the layout of each inspectorate's reports (Crown copyright, OGL v3.0), with the
// grades changed to cover each level of each scale; the draft sentences are our own.
const childrens = (overall: string, protection = 'Requires improvement to be good', earlier = '') =>
  [
    "Inspection of Northshire local authority children's services",
    '',
    'Judgement\tGrade',
    'The impact of leaders on social work practice with children and families\tGood',
    `The experiences and progress of children who need help and protection\t${protection}`,
    'The experiences and progress of children in care\tGood',
    'The experiences and progress of care leavers\tGood',
    `Overall effectiveness\t${overall}`,
    ...(earlier ? ['', `Since the last inspection in March 2019, when the council's children's services were judged to be ${earlier} overall, leaders have changed how social workers are supported.`] : []),
  ].join('\n');
const school = (grade: string) => `School inspection report\n\nOverall effectiveness: ${grade}\n\nThis school ${grade === 'Requires improvement' ? 'requires improvement' : `is ${/^[aeiou]/i.test(grade) ? 'an' : 'a'} ${grade.toLowerCase()} school`}.`;
const SCHOOL_AREAS = 'School inspection report\n\nOverall effectiveness: Inadequate\nThe quality of education: Inadequate\nBehaviour and attitudes: Good\nPersonal development: Requires improvement\nLeadership and management: Inadequate';
const CQC = [
  'Care Quality Commission',
  '',
  'Northfield Hospital',
  '',
  'Overall rating for this service: Inadequate',
  '',
  'Are services safe? Inadequate',
  'Are services effective? Requires improvement',
  'Are services caring? Good',
  'Are services responsive? Requires improvement',
  'Are services well-led? Inadequate',
].join('\n');
const PEEL = [
  'PEEL: Police effectiveness, efficiency and legitimacy 2023',
  '',
  "An inspection of Northshire Constabulary by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)",
  '',
  'Investigating crime\tOutstanding',
  'Protecting vulnerable people\tGood',
  'Responding to the public\tAdequate',
  'Managing offenders\tRequires improvement',
  'Preventing crime\tInadequate',
].join('\n');
const PRISON = 'Report on an unannounced inspection of HMP Northmoor\n\nby HM Chief Inspector of Prisons\n\nSafety: poor\nRespect: reasonably good\nPurposeful activity: not sufficiently good\nPreparation for release: good';

ruleTable('tone', {
  valid: [
    // Ofsted children's services: the overall judgement, and an area the sentence names
    { claim: 'Northshire’s children’s services have been praised by Ofsted inspectors.', source: childrens('Good'), verdict: 'paraphrased', messageId: 'agrees' },
    { claim: 'Inspectors gave the council a glowing report.', source: childrens('Outstanding'), verdict: 'paraphrased', messageId: 'agrees' },
    { claim: 'Support for children in need of help and protection was criticised by inspectors.', source: childrens('Good'), verdict: 'paraphrased', messageId: 'agrees' },
    { claim: 'The council received a damning verdict from inspectors.', source: childrens('Inadequate', 'Inadequate'), verdict: 'paraphrased', messageId: 'agrees' },
    // a change since the last inspection, against the earlier grade the report states
    { claim: 'Ofsted found that children’s services in Northshire have improved.', source: childrens('Good', undefined, 'inadequate'), verdict: 'paraphrased', messageId: 'improved' },
    { claim: 'Ofsted found that children’s services in Northshire have improved since 2019.', source: childrens('Good', undefined, 'inadequate'), verdict: 'paraphrased', messageId: 'improved' },
    // a clause about an earlier inspection is weighed against that inspection's grade, not this one's
    { claim: 'In 2019 the council’s children’s services were slated by inspectors.', source: childrens('Good', undefined, 'inadequate'), verdict: 'paraphrased', messageId: 'agrees' },
    { claim: 'Inspectors said the council is no longer failing children in care.', source: childrens('Good', undefined, 'inadequate'), verdict: 'paraphrased', messageId: 'improved' },
    // Ofsted schools
    { claim: 'The academy was heavily criticised by Ofsted.', source: school('Inadequate'), verdict: 'paraphrased', messageId: 'agrees' },
    { claim: 'Inspectors hailed the primary school as a beacon for the town.', source: school('Outstanding'), verdict: 'paraphrased', messageId: 'agrees' },
    // what a school is praised for is what the praise is about; grade words that are no grade on the report's scale are its tone
    { claim: "The school was praised by inspectors for pupils' behaviour.", source: SCHOOL_AREAS, verdict: 'paraphrased', messageId: 'agrees' },
    { claim: 'Inspectors found that teaching is not good enough.', source: SCHOOL_AREAS, verdict: 'paraphrased', messageId: 'agrees', span: 'teaching is not good enough' },
    // a mild word the way a mixed grade leans
    { claim: 'The school has been criticised by inspectors.', source: school('Requires improvement'), verdict: 'paraphrased', messageId: 'agrees' },
    // CQC: the overall rating, and a key question by its press name
    { claim: 'The hospital was slated by the Care Quality Commission.', source: CQC, verdict: 'paraphrased', messageId: 'agrees' },
    { claim: 'Inspectors criticised safety on the wards.', source: CQC, verdict: 'paraphrased', messageId: 'agrees' },
    // PEEL: graded areas only
    { claim: 'Inspectors praised investigations by the force.', source: PEEL, verdict: 'paraphrased', messageId: 'agrees' },
    // prisons: the healthy prison tests
    { claim: 'Inspectors condemned safety at the jail.', source: PRISON, verdict: 'paraphrased', messageId: 'agrees' },
  ],
  invalid: [
    // the opposite polarity, where the grade or the word is emphatic
    { claim: 'Children’s services in Northshire have been slated by inspectors.', source: childrens('Good'), verdict: 'contradictory', messageId: 'disagrees', span: 'Children’s services in Northshire have been slated' },
    { claim: 'Inspectors praised the school.', source: school('Inadequate'), verdict: 'contradictory', messageId: 'disagrees', span: 'praised the school' },
    { claim: 'The hospital has been praised by inspectors.', source: CQC, verdict: 'contradictory', messageId: 'disagrees', span: 'The hospital has been praised' },
    { claim: 'Inspectors hailed the force’s work on preventing crime.', source: PEEL, verdict: 'contradictory', messageId: 'disagrees' },
    { claim: 'Inspectors praised safety at the jail.', source: PRISON, verdict: 'contradictory', messageId: 'disagrees', span: 'praised safety' },
    // a change the other way from the grade the report gives
    { claim: 'Ofsted found that children’s services in Northshire have improved.', source: childrens('Inadequate', 'Inadequate', 'good'), verdict: 'contradictory', messageId: 'worsened' },
    // a mixed grade settles no emphatic word either way: unsupported, never contradictory
    { claim: 'The school was slated by inspectors.', source: school('Requires improvement'), verdict: 'unsupported', messageId: 'mixed' },
    { claim: 'The school was hailed by inspectors.', source: school('Requires improvement'), verdict: 'unsupported', messageId: 'mixed' },
    { claim: 'Inspectors praised the force for responding to the public.', source: PEEL, verdict: 'unsupported', messageId: 'mixed' },
    { claim: 'Inspectors praised purposeful activity at the prison.', source: PRISON, verdict: 'unsupported', messageId: 'mixed' },
    // a mild word against a grade that is not emphatic either: not borne out, not contradicted
    { claim: 'Ofsted said behaviour at the school was poor.', source: SCHOOL_AREAS, verdict: 'unsupported', messageId: 'opposed', span: 'behaviour at the school was poor' },
  ],
});

describe('tone: what is not weighed', () => {
  const toneReasons = (draft: string, report: string) =>
    check([text(draft)], [text(report, 'source.txt')], { rules })
      .documents[0]!.claims.map((c) => ({ verdict: c.verdict, tone: c.reasons.filter((r) => r.rule.startsWith('tone/')).map((r) => r.rule) }));

  it('reads a denied tone word as saying nothing it can weigh', () => {
    for (const draft of ['The school was not criticised by inspectors.', 'Inspectors never praised the school.']) {
      expect(toneReasons(draft, school('Inadequate')).flatMap((c) => c.tone), draft).toEqual([]);
    }
  });

  it('leaves a councillor’s own praise unchecked, however the report grades the service', () => {
    const claims = toneReasons('Councillor Ann Reed, cabinet member for children, said: “We are delighted that our staff have been praised.”', childrens('Inadequate', 'Inadequate'));
    expect(claims.every((c) => c.verdict !== 'contradictory' && c.tone.length === 0)).toBe(true);
  });

  it('weighs no one else’s praise or censure, nor a part the report does not grade', () => {
    expect(toneReasons('Parents praised the school after inspectors visited.', school('Inadequate')).flatMap((c) => c.tone)).toEqual([]);
    expect(toneReasons('Inspectors praised the headteacher for her energy.', school('Inadequate')).flatMap((c) => c.tone)).toEqual([]);
    expect(toneReasons('Services for disabled children were also praised by inspectors.', childrens('Inadequate', 'Inadequate')).flatMap((c) => c.tone)).toEqual([]);
    expect(toneReasons('Inspectors found examples of poor care in the service.', childrens('Outstanding')).flatMap((c) => c.tone)).toEqual([]);
  });

  it('weighs no praise or censure in a sentence that names neither the inspectors nor their report', () => {
    expect(toneReasons('The school has been heavily criticised.', school('Good')).flatMap((c) => c.tone)).toEqual([]);
    expect(toneReasons('The school was praised by inspectors for its welcoming atmosphere.', SCHOOL_AREAS).flatMap((c) => c.tone)).toEqual([]);
  });

  it('reads a damning report as the time of a claim, not its claim, after "after"', () => {
    expect(toneReasons('The school joined a new trust days after the damning Ofsted report.', school('Good')).flatMap((c) => c.tone)).toEqual([]);
  });

  it('weighs no change where the report states no earlier grade', () => {
    expect(toneReasons('Ofsted found that children’s services in Northshire have improved.', childrens('Good')).flatMap((c) => c.tone)).toEqual([]);
  });
});
