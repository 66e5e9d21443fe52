import { describe, expect, it } from 'vitest';
import { effectiveVerdict, needsAttention, withDecisions } from '../../src/review/apply.js';
import { defaultExportPath, exportFormat, exportFormatIds } from '../../src/review/export.js';
import { matchDecisions, normalizeForMatch, toReviewFile } from '../../src/review/match.js';
import type { Decision } from '../../src/review/store.js';
import { formatJson } from '../../src/report/json.js';
import { claimOf, draftText, localNewsClaims, resultOf } from '../tui/fixture.js';

const decide = (claimText: string, start: number, extra: Partial<Decision> = {}): Decision => ({ claimText, start, status: 'accepted', ...extra });

describe('matching saved decisions to claims', () => {
  const claims = localNewsClaims();
  const byId = (id: string) => claims.find((c) => c.id === id)!;

  it('finds a claim by its exact text', () => {
    const f8 = byId('f8');
    const m = matchDecisions([decide(f8.text, f8.span.start)], claims);
    expect(m.matches).toEqual([expect.objectContaining({ claimId: 'f8', how: 'exact' })]);
    expect(m.orphans).toEqual([]);
  });

  it('still finds it after text was added above it', () => {
    const edited = 'UPDATED 12 January: corrected the councillor’s title.\n' + draftText;
    const moved = claimOf({ id: 'f8', text: 'took place over three weeks', kind: 'fact', verdict: 'contradictory', reasons: [] }, edited);
    const m = matchDecisions([decide('took place over three weeks', 371)], [moved]);
    expect(moved.span.start).not.toBe(371);
    expect(m.byClaim.get('f8')?.start).toBe(371);
  });

  it('gives each of two claims with the same text the decision saved nearest to it', () => {
    // "in 2019" stands twice in the local news article
    const first = draftText.indexOf('in 2019');
    const second = draftText.indexOf('in 2019', first + 1);
    const twice = [
      { id: 'a', text: 'in 2019', span: { start: first } },
      { id: 'b', text: 'in 2019', span: { start: second } },
    ];
    const m = matchDecisions([decide('in 2019', second + 5, { note: 'second' }), decide('in 2019', first - 3, { note: 'first' })], twice);
    expect(m.byClaim.get('a')?.note).toBe('first');
    expect(m.byClaim.get('b')?.note).toBe('second');
  });

  it('keeps a decision when the claim was edited a little, matched by similarity', () => {
    const q14 = byId('q14');
    const saved = decide('Staff describe leaders as approachable, visible, and supportive.', q14.span.start + 12);
    const m = matchDecisions([saved], claims);
    expect(m.matches).toEqual([expect.objectContaining({ claimId: 'q14', how: 'similar' })]);
    expect(m.matches[0]!.similarity).toBeGreaterThan(0.8);
  });

  it('ignores quote style and spacing', () => {
    expect(normalizeForMatch('Children’s  services\n“good”')).toBe(normalizeForMatch("Children's services \"good\""));
    const f2 = byId('f2');
    const m = matchDecisions([decide("Children's services in Lewisham have been judged as good", f2.span.start)], claims);
    expect(m.byClaim.has('f2')).toBe(true);
  });

  it('among similar claims picks the nearest, not the most alike', () => {
    const near = { id: 'near', text: 'The council is very proud of its social workers.', span: { start: 900 } };
    const far = { id: 'far', text: 'The council is proud of its social worker!', span: { start: 100 } };
    const m = matchDecisions([decide('The council is proud of its social worker.', 880)], [far, near]);
    expect([...m.byClaim.keys()]).toEqual(['near']);
  });

  it('reports a decision whose claim was rewritten beyond recognition, instead of dropping it', () => {
    const gone = decide('Lewisham’s children’s services are now rated outstanding', 120, { reason: 'from the 2025 letter' });
    const m = matchDecisions([gone, decide(byId('f4').text, byId('f4').span.start)], claims);
    expect(m.orphans).toEqual([gone]);
    expect(m.byClaim.size).toBe(1);
  });

  it('matches each claim at most once', () => {
    const f4 = byId('f4');
    const m = matchDecisions([decide(f4.text, f4.span.start, { note: 'one' }), decide(f4.text, f4.span.start, { note: 'two' })], claims);
    expect(m.byClaim.get('f4')?.note).toBe('one');
    expect(m.orphans.map((d) => d.note)).toEqual(['two']);
  });

  it('writes decisions back re-anchored to the current claims, orphans after them', () => {
    const f8 = byId('f8');
    const old = decide('took place over 3 weeks', 300, { status: 'rewrite' });
    const orphan = decide('a sentence that is gone', 5);
    const m = matchDecisions([old, orphan], claims, { minSimilarity: 0.6 });
    const file = toReviewFile('d.txt', claims, m.byClaim, m.orphans);
    expect(file.decisions).toEqual([{ claimText: f8.text, start: f8.span.start, status: 'rewrite' }, orphan]);
  });
});

describe('decisions applied to a result', () => {
  const claims = localNewsClaims();
  const result = resultOf(claims);
  const f8 = claims.find((c) => c.id === 'f8')!;
  const f4 = claims.find((c) => c.id === 'f4')!;

  it('attaches each decision to its claim and keeps the tool’s verdict', () => {
    const over = decide(f8.text, f8.span.start, { status: 'overridden', verdict: 'paraphrased' });
    const reviewed = withDecisions(result, result.documents[0]!.path, new Map([['f8', over]]), [], 'x.claimcheck.json');
    const claim = reviewed.documents[0]!.claims.find((c) => c.id === 'f8')!;
    expect(claim.review).toEqual(over);
    expect(claim.verdict).toBe('contradictory');
    expect(reviewed.review).toEqual({ file: 'x.claimcheck.json', decided: 1, orphans: [] });
    expect(JSON.parse(formatJson(reviewed)).documents[0].claims.find((c: { id: string }) => c.id === 'f8').review.verdict).toBe('paraphrased');
  });

  it('says which verdict counts and what still needs attention', () => {
    expect(effectiveVerdict(f8, decide(f8.text, 0, { status: 'overridden', verdict: 'verbatim' }))).toBe('verbatim');
    expect(effectiveVerdict(f8, decide(f8.text, 0))).toBe('contradictory');
    expect(needsAttention(f8, undefined)).toBe(true);
    expect(needsAttention(f8, decide(f8.text, 0))).toBe(false);
    expect(needsAttention(f4, decide(f4.text, 0, { status: 'overridden', verdict: 'paraphrased' }))).toBe(false);
    expect(needsAttention(claims[1]!, decide('x', 0, { status: 'rewrite' }))).toBe(true);
  });
});

describe('export formats', () => {
  const claims = localNewsClaims();
  const f8 = claims.find((c) => c.id === 'f8')!;
  const over: Decision = { claimText: f8.text, start: f8.span.start, status: 'overridden', verdict: 'paraphrased', reason: 'counts the feedback week', note: 'ask Sam' };
  const orphan = decide('a sentence that is gone', 5, { status: 'rewrite' });
  const reviewed = withDecisions(resultOf(claims), resultOf(claims).documents[0]!.path, new Map([['f8', over]]), [orphan], 'd.claimcheck.json');

  it('offers JSON and Markdown, each with its own file name', () => {
    expect(exportFormatIds()).toEqual(['json', 'markdown']);
    expect(defaultExportPath('press/news.txt', exportFormat('markdown')!)).toBe('press/news.txt.review.md');
  });

  it('adds the decisions to the Markdown report', () => {
    const md = exportFormat('markdown')!.format(reviewed);
    expect(md).toContain('# claimcheck report');
    expect(md).toContain('## Review decisions');
    expect(md).toContain(`| seeds/drafts/local-news-2024.txt | ${f8.span.line} | took place over three weeks | contradictory | overridden to paraphrased — counts the feedback week | ask Sam |`);
    expect(md).toContain('- rewrite: “a sentence that is gone”');
  });
});
