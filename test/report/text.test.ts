import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { applyGate } from '../../src/report/gate.js';
import { formatText } from '../../src/report/text.js';
import { rules, source, text } from '../helpers.js';

const DRAFT = [
  'Council celebrates its report',
  'Ofsted said: \u201CStaff describe leaders as approachable, visible and supportive.\u201D',
  'The inspection took place over three weeks.',
  'Inspectors called the service \u201Ca beacon for the whole of Europe\u201D.',
  'Ofsted found that \u201Cstaff say leaders are approachable, visible and supportive\u201D.',
  '',
].join('\n');
const result = () => applyGate(check([text(DRAFT)], [source()], { rules }));
const claimLines = (out: string) => out.split('\n').filter((l) => /^ {2}[VPUC-] /.test(l));

describe('text output', () => {
  it('names the source, lists the problems worst first and folds the rest into counts', () => {
    const out = formatText(result(), { color: false });
    expect(out.split('\n')[0]).toBe(`Checked against S1 "Inspection of Lewisham local authority children's services" (${source().path})`);
    const labels = claimLines(out).map((l) => l.slice(2, 17).trim());
    expect(labels).toEqual(['C contradictory', 'U unsupported', 'P misquote']);
    expect(out).toMatch(/^ {2}3 problems above; also 1 verbatim, 1 unchecked \(--all lists every claim\)$/m);
    expect(out).not.toMatch(/Council celebrates/);
  });

  it('--all lists every claim in draft order; --quiet only the problems', () => {
    const all = claimLines(formatText(result(), { color: false, detail: 'all' }));
    expect(all.map((l) => l.slice(2, 3))).toEqual(['-', 'V', 'C', 'U', 'P']);
    const quiet = formatText(result(), { color: false, detail: 'quiet' });
    expect(claimLines(quiet)).toHaveLength(3);
    expect(quiet).not.toMatch(/Checked against|verbatim, |gate /);
  });
});
