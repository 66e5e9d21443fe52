import { describe, expect, it } from 'vitest';
import { profileAreas, resolveArea } from '../../src/layout/areas.js';
import { words } from '../../src/ingest/tokens.js';

// Each profile's area table meets the report's own judgement names (as the layout reads them off a
// ratings table) and the names a reporter uses for the same thing at one id.
const cases: Record<string, Array<{ report: string; press: string[]; id: string }>> = {
  cqc: [
    { report: 'Are services safe?', press: ['rated inadequate for safety', 'patient safety'], id: 'safe' },
    { report: 'Is the service effective?', press: ['good for effectiveness'], id: 'effective' },
    { report: 'Are services caring?', press: ['outstanding for being caring'], id: 'caring' },
    { report: 'Are services responsive to people’s needs?', press: ['requires improvement for responsiveness'], id: 'responsive' },
    { report: 'Is the service well-led?', press: ['well led', 'its leadership'], id: 'well-led' },
  ],
  'hmicfrs-peel': [
    { report: 'Investigating crime', press: ['good at investigating crime'], id: 'investigating' },
    { report: 'Protecting vulnerable people', press: ['adequate at protecting vulnerable people'], id: 'vulnerable' },
    { report: 'Recording data about crime', press: ['crime recording'], id: 'recording' },
    { report: 'Engaging with and treating the public with fairness and respect', press: ['treating the public fairly'], id: 'fairness' },
  ],
  'hmi-prisons': [
    { report: 'Purposeful activity', press: ['time out of cell'], id: 'purposeful-activity' },
    { report: 'Resettlement', press: ['preparing prisoners for release'], id: 'rehabilitation' },
    { report: 'Rehabilitation and release planning', press: ['rehabilitation'], id: 'rehabilitation' },
  ],
  'ofsted-schools': [
    { report: 'Quality of teaching, learning and assessment', press: ['teaching'], id: 'quality-of-education' },
    { report: 'The quality of education', press: ['the curriculum'], id: 'quality-of-education' },
    { report: 'Personal development, behaviour and welfare', press: ['pupils’ welfare'], id: 'personal-development' },
    { report: 'Effectiveness of leadership and management', press: ['the headteacher’s leadership'], id: 'leadership' },
    { report: 'Outcomes for pupils', press: ['exam results'], id: 'outcomes' },
  ],
};

describe.each(Object.entries(cases))('the %s area table', (profile, rows) => {
  const areas = profileAreas(profile);
  it.each(rows)('reads "$report" and the press names for it as $id', ({ report, press, id }) => {
    expect(resolveArea(words(report), areas, 'report')?.id).toBe(id);
    for (const p of press) expect(resolveArea(words(p), areas, 'press')?.id).toBe(id);
  });
});

describe('area tables kept apart', () => {
  it('reads a name only through its own profile\u2019s table', () => {
    expect(resolveArea(words('Are services caring?'), profileAreas('ofsted-children'), 'report')).toBeUndefined();
    expect(resolveArea(words('Children looked after and achieving permanence'), profileAreas('cqc'), 'report')).toBeUndefined();
  });
});
