import { ruleTable } from '../table.js';

// the opening of a 2024 Ofsted report (Crown copyright, OGL v3.0)
const REPORT = [
  'Inspection of Calderdale local authority children’s services',
  '',
  'Inspection dates: 19 to 23 February 2024',
  '',
  'Since the last inspection of Calderdale local authority children’s services in 2018, leaders have continued to maintain and, in most areas, improve practice.',
].join('\n');
const PUBLISHED = REPORT.replace('Inspection dates: 19 to 23 February 2024', 'Inspection dates: 19 to 23 February 2024\n\nDate of publication: 4 April 2024');
// the same report had its inspection run in December (for "last month" written in January)
const DECEMBER = REPORT.replace('19 to 23 February 2024', '2 to 6 December 2024');
// an inspection that ran across a month's end
const ACROSS = REPORT.replace('19 to 23 February 2024', '29 January to 2 February 2024');
/** A draft with its own date at its head. */
const posted = (date: string, sentence: string) => `Posted: ${date}\n\n${sentence}`;

ruleTable('dates', {
  valid: [
    { claim: 'The inspection took place over five days.', source: REPORT, verdict: 'paraphrased', messageId: 'durationMatches' },
    { claim: 'Inspectors visited in February 2024.', source: REPORT, verdict: 'paraphrased', messageId: 'dateMatches' },
    // a date as the report prints it is word for word; in the writer's own form, a paraphrase
    { claim: 'Ofsted published its report on 4 April 2024.', source: PUBLISHED, verdict: 'verbatim', messageId: 'dateMatches' },
    { claim: 'Ofsted published its report on April 4th, 2024.', source: PUBLISHED, verdict: 'paraphrased', messageId: 'dateMatches' },
    { claim: 'Leaders have improved practice since the last inspection in 2018.', source: REPORT, verdict: 'paraphrased', messageId: 'yearMatches' },
    { claim: 'Inspectors were in Calderdale on 21 February 2024.', source: REPORT, verdict: 'paraphrased', messageId: 'dateMatches' },
    { claim: 'The inspection lasted one week.', source: REPORT, verdict: 'paraphrased', messageId: 'durationMatches' },
    { claim: 'The Ofsted report published today praises leaders.', source: PUBLISHED, verdict: 'paraphrased', messageId: 'publishedToday' },
    // a range of days across a month's end is one period: as the report prints it, word for word
    { claim: 'The report was based on an inspection between 29 January to 2 February 2024.', source: ACROSS, verdict: 'verbatim', messageId: 'dateMatches' },
    { claim: 'Inspectors were in Calderdale from 30 January to 1 February 2024.', source: ACROSS, verdict: 'paraphrased', messageId: 'dateMatches' },
    // the draft gives its "today" as the report prints its publication day: word for word; in its own form, a paraphrase
    { claim: 'In the report published today (4 April 2024), inspectors praised leaders.', source: PUBLISHED, verdict: 'verbatim', messageId: 'publishedToday' },
    { claim: 'In the report published today (April 4th, 2024), inspectors praised leaders.', source: PUBLISHED, verdict: 'paraphrased', messageId: 'publishedToday' },
    // dates counted from the draft's own: 4 April 2024 was a Thursday
    { claim: posted('11 March 2024', 'Following an inspection last month, the council was rated good.'), source: REPORT, verdict: 'paraphrased', messageId: 'periodMatches' },
    { claim: posted('9 January 2025', 'The inspection took place last month.'), source: DECEMBER, verdict: 'paraphrased', messageId: 'periodMatches' },
    { claim: posted('8 April 2024', 'The report published on Thursday praised leaders.'), source: PUBLISHED, verdict: 'paraphrased', messageId: 'periodMatches' },
    { claim: 'The report published on Thursday praised leaders.', source: PUBLISHED, verdict: 'paraphrased', messageId: 'periodMatches' },
    { claim: posted('10 April 2024', 'Inspectors carried out an inspection earlier this year.'), source: REPORT, verdict: 'paraphrased', messageId: 'periodMatches' },
    { claim: posted('2 May 2024', 'The inspection ran between February and March this year.'), source: REPORT, verdict: 'paraphrased', messageId: 'periodMatches' },
    { claim: posted('1 June 2024', 'Inspectors carried out their inspection at the start of this year.'), source: REPORT, verdict: 'paraphrased', messageId: 'periodMatches' },
    { claim: posted('20 March 2024', 'Inspectors made a fresh inspection this winter.'), source: REPORT, verdict: 'paraphrased', messageId: 'periodMatches' },
    { claim: posted('5 April 2024', 'The report published yesterday praised leaders.'), source: PUBLISHED, verdict: 'paraphrased', messageId: 'periodMatches' },
    { claim: posted('28 February 2024', 'Inspectors visited the service last week.'), source: REPORT, verdict: 'paraphrased', messageId: 'periodMatches' },
    { claim: posted('22 February 2024', 'Inspectors are carrying out an inspection this week.'), source: REPORT, verdict: 'paraphrased', messageId: 'periodMatches' },
    { claim: posted('26 February 2024', 'The inspection took place earlier this month.'), source: REPORT, verdict: 'paraphrased', messageId: 'periodMatches' },
    { claim: 'On Thursday 4th April, the inspectorate published its report.', source: PUBLISHED, verdict: 'paraphrased', messageId: 'periodMatches' },
    { claim: posted('12 April 2024', 'On Thursday 4th April, the inspectorate published its report.'), source: PUBLISHED, verdict: 'paraphrased', messageId: 'periodMatches' },
  ],
  invalid: [
    { claim: 'The inspection took place over three weeks.', source: REPORT, verdict: 'contradictory', messageId: 'duration', span: 'The inspection took place over three weeks' },
    { claim: 'Leaders have improved practice since the last inspection in 2015.', source: REPORT, verdict: 'unsupported', messageId: 'unstatedYear', span: 'since the last inspection in 2015' },
    { claim: 'Inspectors visited in March 2024.', source: REPORT, verdict: 'unsupported', messageId: 'unstatedDate', span: 'in March 2024' },
    { claim: 'Inspectors were in Calderdale from 22 January to 2 February 2024.', source: ACROSS, verdict: 'unsupported', messageId: 'unstatedDate' },
    // a year that ends the name of a law is no year of the report's
    { claim: 'Leaders have improved practice since the last inspection in 2013.', source: `${REPORT}\n\nThe board was reviewed under the Local Safeguarding Children Boards (Review) Regulations 2013.`, verdict: 'unsupported', messageId: 'unstatedYear' },
    { claim: 'The inspection took place in February last year.', source: REPORT, verdict: 'unsupported', messageId: 'unresolved', span: 'The inspection took place in February last year' },
    { claim: 'The inspection lasted two weeks.', source: REPORT, verdict: 'contradictory', messageId: 'duration', span: 'The inspection lasted two weeks' },
    // years are no inspection's length: not a contradiction of its five days
    { claim: 'Six years on from a poor inspection, the service has turned around.', source: REPORT, verdict: 'unsupported', messageId: 'notInspectionLength' },
    { claim: 'The inspection covered every child under the age of 18 years.', source: REPORT, verdict: 'unsupported', messageId: 'notInspectionLength' },
    { claim: 'The Ofsted report published today praises leaders.', source: REPORT, verdict: 'unsupported', messageId: 'unpublished' },
    // both sides definite and apart: a contradiction
    { claim: posted('11 May 2024', 'Following an inspection last month, the council was rated good.'), source: REPORT, verdict: 'contradictory', messageId: 'periodDiffers', span: 'Following an inspection last month' },
    { claim: posted('10 April 2024', 'The report published on Tuesday praised leaders.'), source: PUBLISHED, verdict: 'contradictory', messageId: 'periodDiffers', span: 'The report published on Tuesday' },
    // no draft date: unknown, never a contradiction
    { claim: 'Following an inspection last month, the council was rated good.', source: REPORT, verdict: 'unsupported', messageId: 'periodUnresolved', span: 'Following an inspection last month' },
    { claim: 'The report published on Tuesday praised leaders.', source: PUBLISHED, verdict: 'unsupported', messageId: 'periodUnresolved', span: 'The report published on Tuesday' },
    // a day name that does not fit its date; a roughly placed period that misses is only unsupported
    { claim: 'On Friday 4th April, the inspectorate published its report.', source: PUBLISHED, verdict: 'unsupported', messageId: 'weekdayDiffers', span: 'On Friday 4th April' },
    { claim: posted('1 October 2024', 'Inspectors carried out the inspection in the summer.'), source: REPORT, verdict: 'unsupported', messageId: 'periodDiffers' },
    { claim: posted('1 October 2024', 'The report was published in the summer.'), source: REPORT, verdict: 'unsupported', messageId: 'eventUndated' },
    { claim: posted('9 April 2024', 'The report published yesterday praised leaders.'), source: PUBLISHED, verdict: 'contradictory', messageId: 'periodDiffers', span: 'The report published yesterday' },
    // an inspection after the report came out is another report's, not a contradiction of this one
    { claim: posted('10 June 2024', 'Following an inspection last month, the council was rated good.'), source: PUBLISHED, verdict: 'unsupported', messageId: 'periodLater', span: 'Following an inspection last month' },
    { claim: posted('14 March 2024', 'Inspectors visited the service last week.'), source: REPORT, verdict: 'contradictory', messageId: 'periodDiffers', span: 'Inspectors visited the service last week' },
  ],
});

// a duration is the inspection's length only beside an inspection word, and never time elapsed
ruleTable('dates', {
  valid: [
    { claim: 'The council was re-inspected over a week in February 2024.', source: REPORT, verdict: 'paraphrased', messageId: 'dateMatches' },
  ],
  invalid: [
    { claim: 'The process ended in a three-week re-inspection.', source: REPORT, verdict: 'contradictory', messageId: 'duration', span: 'in a three-week' },
    { claim: 'Inspectors found that some children waited six weeks for an assessment.', source: REPORT, verdict: 'unsupported', messageId: 'notALength', span: 'six weeks' },
    { claim: 'Two weeks after the inspection, the plan was agreed.', source: REPORT, verdict: 'unsupported', messageId: 'notALength', span: 'Two weeks' },
  ],
});
