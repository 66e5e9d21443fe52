// Judgement tables shared by the grade tests (src/rules/types/rating.ts, grade-count.ts, src/judge/judge.ts).

/** The judgement table of a 2024 Ofsted report (Crown copyright, OGL v3.0), for a made-up council.
 * A report names itself first: its profile (and so its grade scale) is chosen from its own words. */
export const TABLE = [
  "Inspection of Northshire local authority children's services",
  '',
  'Judgement\tGrade',
  'The impact of leaders on social work practice with children and families\tGood',
  'The experiences and progress of children who need help and protection\tGood',
  'The experiences and progress of children in care\tRequires improvement to be good',
  'The experiences and progress of care leavers\tGood',
  'Overall effectiveness\tGood',
].join('\n');

/** A source that grades nothing. */
export const UNGRADED = 'Leaders have made improvements since the last inspection in 2019.';

/** A re-inspection's table and its prose about the earlier inspection (Crown copyright style, made-up council). */
export const REINSPECTION = [
  "Inspection of Northshire local authority children's services",
  '',
  'Judgement\tGrade',
  'The impact of leaders on social work practice with children and families\tGood',
  'The experiences and progress of children in care\tRequires improvement to be good',
  'Overall effectiveness\tRequires improvement to be good',
  '',
  'This is a re-inspection following a judgement of inadequate for overall effectiveness in 2019. Services are no longer inadequate.',
].join('\n');
