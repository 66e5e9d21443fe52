// Table rows as PDF producers lay them out, as pdf.js reports their items (positions from the
// Chromium and WeasyPrint renditions of the seed report, and from an Ofsted PDF's numbered paragraphs).
import { describe, expect, it } from 'vitest';
import { linesWithTableRows, type ItemLine } from '../../src/ingest/pdf-table-rows.js';

const line = (y: number, ...items: Array<[string, number, number]>): ItemLine => ({ y, items: items.map(([str, x, width]) => ({ str, x, y, width, size: 12 })) });
const texts = (lines: ItemLine[]) => linesWithTableRows(lines).map((l) => l.text);

describe('PDF table rows', () => {
  it('cuts a row at a column its plainly separated rows show, and joins a wrapped label (Chromium)', () => {
    expect(
      texts([
        line(612, ['Judgement', 83.6, 56.7], ['Grade', 251.2, 32.7]),
        line(593.3, ['The impact of leaders on social', 36.7, 150.3], ['Good', 192.4, 26.7]),
        line(579.8, ['work practice with children', 36.7, 132.3]),
        line(566.3, ['and families', 36.7, 59]),
        line(547.5, ['Overall effectiveness', 36.7, 101.4], ['Good', 192.4, 26.7]),
        line(519, ['A determined focus by the experienced Executive Director for Children', 33.7, 459.9]),
      ]),
    ).toEqual(['Judgement\tGrade', 'The impact of leaders on social work practice with children and families\tGood', 'Overall effectiveness\tGood', 'A determined focus by the experienced Executive Director for Children']);
  });

  it('puts a cell centred between its label’s two lines into their row (WeasyPrint)', () => {
    expect(
      texts([
        line(615.5, ['Judgement', 66.4, 67.1], ['Grade', 301, 37.2]),
        line(593.9, ['The impact of leaders on social work', 66.4, 202.2]),
        line(586.4, ['Good', 301, 29]),
        line(579, ['practice with children and families', 66.4, 189.7]),
        line(557.4, ['The experiences and progress of children', 66.4, 227.6]),
        line(550, ['Requires improvement', 301, 100]),
        line(542.6, ['who need help and protection', 66.4, 164.9]),
        line(535.2, ['to be good', 301, 50]),
      ]),
    ).toEqual(['Judgement\tGrade', 'The impact of leaders on social work practice with children and families\tGood', 'The experiences and progress of children who need help and protection\tRequires improvement to be good']);
  });

  it('keeps a numbered paragraph whole and stops at a running footer that crosses its column', () => {
    expect(
      texts([
        line(247, ['2.', 70.9, 10.2], ['The vast majority of children referred to the multi-agency', 99.3, 410]),
        line(232.5, ['(MASH) and the emergency duty team receive a timely and appropriate', 99.3, 420]),
        line(218, ['partnership-', 99.3, 60]),
        line(203.5, ['working, with children at the centre.', 99.3, 200]),
        line(40, ['Inspection of a local authority children’s services', 70.9, 250], ['2', 513, 6]),
      ]),
    ).toEqual([
      '2.\tThe vast majority of children referred to the multi-agency (MASH) and the emergency duty team receive a timely and appropriate partnership\uE000working, with children at the centre.',
      'Inspection of a local authority children’s services\t2',
    ]);
  });

  it('leaves prose alone, however its words happen to line up', () => {
    const prose = [line(400, ['Children benefit from creative life-story work and direct', 33.7, 440]), line(385, ['work undertaken by skilled social workers using a range of', 33.7, 445])];
    expect(texts(prose)).toEqual(['Children benefit from creative life-story work and direct', 'work undertaken by skilled social workers using a range of']);
  });
});
