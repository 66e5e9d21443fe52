import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { applyFixes, quoteFixes } from '../../src/fix/apply.js';
import { rules, source, text } from '../helpers.js';

const fixed = (draft: string) => {
  const result = check([text(draft)], [source()], { rules });
  return applyFixes(draft, quoteFixes(result.documents[0]!.claims));
};
const quoteVerdicts = (draft: string) =>
  check([text(draft)], [source()], { rules }).documents[0]!.claims.filter((c) => c.kind === 'quote').map((c) => c.verdict);

describe("fixing a misquote to the source's words", () => {
  it('replaces changed words and keeps the quotation marks and the punctuation after the quote', () => {
    const draft = 'Ofsted found that \u201Cstaff say leaders are approachable, visible and supportive\u201D.\n';
    expect(quoteVerdicts(draft)).toEqual(['paraphrased']);
    const after = fixed(draft);
    expect(after).toBe('Ofsted found that \u201Cstaff describe leaders as approachable, visible and supportive\u201D.\n');
    expect(quoteVerdicts(after)).toEqual(['verbatim']);
  });

  it('keeps an ellipsis and leaves out what it leaves out', () => {
    const draft = 'Inspectors said: \u201CStaff describe the leaders as approachable \u2026 and supportive.\u201D';
    const after = fixed(draft);
    expect(after).toBe('Inspectors said: \u201CStaff describe leaders as approachable \u2026 and supportive.\u201D');
    expect(quoteVerdicts(after)).toEqual(['verbatim']);
  });

  it("keeps the writer's [insertion] and takes the source's '&' and '(DCS)'", () => {
    const draft =
      'The report said \u201Ca determined focus by the experienced Executive Director [Mr Smith] for Children and Young People and his highly effective leadership team has driven widespread improvements in services\u201D.';
    const after = fixed(draft);
    expect(after).toContain('Executive Director [Mr Smith] for Children & Young People (DCS) and his');
    expect(after.startsWith('The report said \u201Ca determined')).toBe(true);
    expect(quoteVerdicts(after)).toEqual(['verbatim']);
  });

  it('leaves verbatim quotes, claims in own words and unfound quotes alone', () => {
    const draft =
      'Ofsted said \u201CStaff describe leaders as approachable, visible and supportive.\u201D Leaders were praised. They called it \u201Ca triumph of municipal gardening\u201D.\n';
    expect(fixed(draft)).toBe(draft);
  });
});
