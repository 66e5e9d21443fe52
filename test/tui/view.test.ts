import { describe, expect, it } from 'vitest';
import { lineText, truncate, wrap } from '../../src/tui/text.js';
import { detailLines, diffSegs, fullLocator, layout, listRows } from '../../src/tui/view.js';
import { localNewsClaims, manyClaims, passage, PARA_63 } from './fixture.js';

const texts = (lines: ReturnType<typeof wrap>) => lines.map(lineText);

describe('wrapping', () => {
  it('breaks at spaces within the width and indents every line', () => {
    const lines = texts(wrap([{ text: 'Staff describe leaders as approachable, visible and supportive.' }], 24, 2));
    expect(lines).toEqual(['  Staff describe leaders', '  as approachable,', '  visible and', '  supportive.']);
    expect(lines.every((l) => l.length <= 24)).toBe(true);
  });

  it('breaks a word longer than the line, and keeps styles on their words', () => {
    const lines = wrap([{ text: 'see ' }, { text: 'https://reports.ofsted.gov.uk/provider/44/80591', style: { color: 'blue' } }], 20);
    expect(texts(lines)).toEqual(['see', 'https://reports.ofst', 'ed.gov.uk/provider/4', '4/80591']);
    expect(lines[1]![0]!.style).toEqual({ color: 'blue' });
  });

  it('never breaks a word that runs across styled segments', () => {
    const bold = { bold: true };
    const lines = wrap([{ text: 'rated as ‘requires ' }, { text: '»improvement«', style: bold }, { text: '’, Lewisham has' }], 20);
    expect(texts(lines)).toEqual(['rated as ‘requires', '»improvement«’,', 'Lewisham has']);
    expect(lines[1]).toEqual([{ text: '»improvement«', style: bold }, { text: '’,' }]);
  });

  it('starts a new line at a line break', () => {
    expect(texts(wrap([{ text: 'Judgement\tGrade\nOverall effectiveness\tGood' }], 80))).toEqual(['Judgement Grade', 'Overall effectiveness Good']);
  });

  it('cuts with an ellipsis', () => {
    expect(truncate('Inspection of Lewisham local authority', 12)).toBe('Inspection …');
    expect(truncate('short', 12)).toBe('short');
  });
});

describe('layout', () => {
  it('stacks the panes in 80×24 and fills the screen but for one line', () => {
    const l = layout({ columns: 80, rows: 24 });
    expect(l.stacked).toBe(true);
    expect(l.tooSmall).toBe(false);
    expect(l.headerRows + l.listHeight + l.detailHeight + 1).toBe(23);
    expect(l.listRows).toBeGreaterThanOrEqual(5);
  });

  it('puts them side by side on a wide terminal', () => {
    const l = layout({ columns: 160, rows: 50 });
    expect(l.stacked).toBe(false);
    expect(l.listWidth + 2 + l.detailWidth + 4).toBe(160);
    expect(l.headerRows + l.listHeight + 1).toBe(49);
  });

  it('says when the terminal is too small', () => {
    expect(layout({ columns: 30, rows: 24 }).tooSmall).toBe(true);
  });
});

describe('list rows', () => {
  it('builds only the rows in the window', () => {
    const claims = manyClaims(300);
    const visible = claims.map((_, i) => i);
    const rows = listRows(claims, visible, {}, 150, 145, 8, 78);
    expect(rows.map((r) => r.claimIndex)).toEqual([145, 146, 147, 148, 149, 150, 151, 152]);
    expect(rows.filter((r) => r.selected).map((r) => r.claimIndex)).toEqual([150]);
  });

  it('has a letter for the verdict and a mark for the decision, and fits the width', () => {
    const claims = localNewsClaims();
    const rows = listRows(claims, [3, 5], { f8: { claimText: 'x', start: 0, status: 'overridden', verdict: 'paraphrased', note: 'n' } }, 0, 0, 5, 78);
    expect(rows[0]).toMatchObject({ badge: '[C]', mark: '→P*', locator: expect.stringMatching(/^ Inspection dates/) });
    expect(rows[1]).toMatchObject({ badge: '[V]', mark: '   ', text: expect.stringMatching(/^“Staff describe leaders/) });
    for (const r of rows) expect((r.cursor + r.badge + ' ' + r.mark + ' ' + r.text + r.locator).length).toBe(78);
  });
});

describe('detail', () => {
  const claims = localNewsClaims();
  const byId = (id: string) => claims.find((c) => c.id === id)!;
  const all = (id: string, width = 76) => texts(detailLines(byId(id), undefined, width)).join('\n');

  it('shows the claim in its draft sentence, the evidence paragraph and its locator', () => {
    const text = all('q14', 1000);
    expect(text).toContain('»Staff describe leaders as approachable, visible and supportive.«');
    expect(text).toContain('Best evidence S1 · para 63 · match 1.00');
    expect(text).toContain(PARA_63);
  });

  it('marks words only in the draft and only in the source', () => {
    expect(diffSegs(byId('f8').diff!).map((s) => s.text).join('')).toBe('took place {+over three weeks+} [-4 to 15 December 2023-]');
    expect(all('f8', 200)).toContain('Difference [-only in source-] {+only in draft+}');
  });

  it('gives the reasons with rule ids, and the other passages', () => {
    const text = all('c10', 200);
    expect(text).toContain('i match/paraphrase Says what the summary says in other words.');
    expect(text).toContain('Other passages (1)');
    expect(text).toContain('2. S1 · para 63, section “The impact of leaders on social work practice with children and families” · match 0.33');
    expect(all('f8', 200)).toContain("✗ dates/duration The source's dates (4 to 15 December 2023) span 12 days");
  });

  it('says when nothing in the source supports a claim', () => {
    expect(all('c19')).toContain('No passage of the source supports this.');
  });

  it('adds section and page to a locator that does not say them', () => {
    const ev = passage(PARA_63, 'para 63', 1, { paragraph: 63, section: 'Leaders' });
    ev.span = { ...ev.span, page: 9 };
    expect(fullLocator(ev)).toBe('para 63, section “Leaders”, p. 9');
    expect(fullLocator({ ...ev, locator: 'para 63, p. 9', section: undefined })).toBe('para 63, p. 9');
  });

  it('wraps every line to the pane', () => {
    for (const c of claims) for (const line of detailLines(c, undefined, 40)) expect(lineText(line).length).toBeLessThanOrEqual(40);
  });
});
