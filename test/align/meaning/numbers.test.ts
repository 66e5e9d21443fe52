import { describe, expect, it } from 'vitest';
import { numberConflict, quantities } from '../../../src/align/meaning/numbers.js';
import { THRESHOLDS } from '../../../src/judge/policy.js';
import { lex } from '../../helpers.js';

const pack = lex.numbers!.pack;
const q = (text: string) => quantities(text, pack).map(({ unit, value, approx, counted, from }) => ({ unit, value: Math.round(value * 10) / 10, approx, ...(counted ? { counted } : {}), ...(from !== undefined ? { from } : {}) }));
const tolerance = { about: THRESHOLDS.numberAbout, below: THRESHOLDS.numberBelow, belowRound: THRESHOLDS.numberBelowRound };
const conflict = (claim: string, source: string) => numberConflict(quantities(claim, pack), quantities(source, pack), tolerance) !== undefined;

describe('number forms', () => {
  it.each([
    ['The unemployment rate was estimated at 4.5%.', { unit: 'percent', value: 4.5, approx: 'exact' }],
    // a share names the whole it is of
    ['Around 24 per cent of children were seen within timescales.', { unit: 'percent', value: 24, approx: 'about', counted: 'children' }],
    ['Nearly a third of care leavers are not in education.', { unit: 'percent', value: 33.3, approx: 'below', counted: 'care' }],
    ['One in four children waited too long for an assessment.', { unit: 'percent', value: 25, approx: 'about', counted: 'children' }],
    ['The council overspent by £46m.', { unit: 'money', value: 46e6, approx: 'exact' }],
    ['Spending reached more than £1.2 billion.', { unit: 'money', value: 1.2e9, approx: 'above' }],
    ['A small team of three practitioners responds when children go missing.', { unit: 'count', value: 3, approx: 'exact', counted: 'practition' }],
    ['Caseloads were cut from 400 to 60 cases.', { unit: 'count', value: 60, approx: 'exact', counted: 'case', from: 400 }],
  ])('%s', (text, expected) => expect(q(text)).toContainEqual(expected));

  // each text is read with a pattern of only the pack's phrases it holds: these must still be met
  // in any case, spacing or line break the case-blind pattern allows, and not inside other words
  it.each([
    ['THREE IN FOUR CHILDREN WAITED.', [{ unit: 'percent', value: 75, approx: 'about', counted: 'children' }]],
    ['Nearly  a\nthird of care leavers left.', [{ unit: 'percent', value: 33.3, approx: 'below', counted: 'care' }]],
    ['Someone said the often-cited figures were wrong.', []],
    ['Some 12 social workers and a dozen managers met inspectors.', [{ unit: 'count', value: 12, approx: 'about', counted: 'social' }, { unit: 'count', value: 12, approx: 'exact', counted: 'manag' }]],
  ])('finds the phrases of "%s" as the whole pattern does', (text, expected) => expect(q(text)).toEqual(expected));

  it("finds a pack's number word beyond ASCII in any case", () => {
    const german = { words: { zwölf: 12 }, fractions: {}, approximators: {}, deltas: [], shares: {} };
    expect(quantities('ZWÖLF Kinder warteten.', german).map((x) => [x.unit, x.value])).toEqual([['count', 12]]);
  });

  it('reads a year as a year, not a count', () => expect(q('Leaders have made improvements since the last inspection in 2019.')).toEqual([{ unit: 'year', value: 2019, approx: 'exact' }]));
});

describe('quantifiers as shares (a claim\'s only)', () => {
  const claimShare = (claim: string, source: string) => numberConflict(quantities(claim, pack, true), quantities(source, pack), tolerance) !== undefined;
  it.each([
    ['Most care leavers were in education.', '42% of care leavers were in education.', true],
    ['Most care leavers were in education.', '64% of care leavers were in education.', false],
    ['Almost all children were seen alone.', '96% of children were seen alone.', false],
    ['Almost all children were seen alone.', '71% of children were seen alone.', true],
    ['A minority of care leavers were in education.', '42% of care leavers were in education.', false],
    // another whole, or no whole named: nothing to compare
    ['Most care leavers were in education.', '42% of referrals were re-referrals.', false],
    ['Most of it was spent on agency staff.', '42% of the budget was spent on agency staff.', false],
  ])('%s / %s', (claim, source, expected) => expect(claimShare(claim, source)).toBe(expected));

  it('reads no quantifier in the source', () => expect(quantities('Most care leavers were in education.', pack)).toEqual([]));
});

describe('comparing numbers', () => {
  it.each([
    // claim, source, contradictory?
    ['Nearly a third of children were affected.', '24% of children were affected.', true],
    ['Nearly a third of children were affected.', '31% of children were affected.', false],
    ['Around a quarter of referrals were re-referrals.', '26% of referrals were re-referrals.', false],
    ['The rate grew to 4.5%.', 'The unemployment rate was 4.5%.', false],
    ['The rate grew to 4.8%.', 'The unemployment rate was 4.5%.', true],
    ['More than 400 children were on plans.', '438 children were on plans.', false],
    ['More than 400 children were on plans.', '380 children were on plans.', true],
    ['The overspend was £46m.', 'The overspend was £45.8 million.', false],
    ['The overspend was £40m.', 'The overspend was £46m.', true],
    ['A team of five practitioners responds.', 'A small team of three practitioners responds.', true],
    // different things counted are not a conflict
    ['Five social workers left.', 'Three managers joined.', false],
    ['Places were cut from 400 to 60.', 'Places were cut from 400 to 340.', true],
    // shares of different wholes are not a conflict
    ['Nearly a third of referrals were re-referrals.', '24% of assessments were late.', false],
    // a change's size against a change from one figure to another
    ['The council cut its places from 400 to 60.', 'The council cut 60 of its 400 places.', true],
    ['The council cut 60 of its 400 places.', 'Places were cut from 400 to 340.', false],
    ['Spending was cut by £5m.', 'The budget was £40m.', false],
    // "nearly" before a fraction in words reaches a fifth below it
    ['Nearly half of care leavers were in work.', '42% of care leavers were in work.', false],
    ['Nearly half of care leavers were in work.', '38% of care leavers were in work.', true],
  ])('%s / %s', (claim, source, expected) => expect(conflict(claim, source)).toBe(expected));
});
