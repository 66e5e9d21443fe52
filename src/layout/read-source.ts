// Text → SourceDoc: the layout readers a profile names, run over the report's blocks.
import type { Doc } from '../ingest/document.js';
import type { Lexicon } from '../rules/lexicon.js';
import { splitBlocks } from './blocks.js';
import { capitalise, type GradeHit } from './grade-terms.js';
import type { Profile } from './profile.js';
import type { ReaderContext } from './readers/context.js';
import { readDates } from './readers/dates.js';
import { readGradeTables } from './readers/grade-table.js';
import { readJudgementLists } from './readers/judgement-list.js';
import { readHeadingGrades } from './readers/heading-grade.js';
import { readLabelledLines } from './readers/labelled-lines.js';
import { readProseDates } from './readers/prose-dates.js';
import { readProseGrades } from './readers/prose-grades.js';
import { readSubject } from './readers/subject.js';
import { profileAreas, resolveArea } from './areas.js';
import { words } from '../ingest/tokens.js';
import { sameWhen, THIS_INSPECTION, type Grade, type Locator, type SourceDoc, type SourcePassage, type Span, type When } from './source-doc.js';

const OVERALL = /\boverall\b/i;

/** Reads what a report states. `passages` come from the caller's segmentation (the evidence units). */
export function readSourceDoc(id: string, doc: Doc, lex: Lexicon, profile: Profile, passages: SourcePassage[] = []): SourceDoc {
  const ctx: ReaderContext = { doc, blocks: splitBlocks(doc.text), lex, scales: profile.scales };
  const on = (reader: string) => profile.readers.includes(reader);
  const dates = readDates(on('labelled-lines') ? readLabelledLines(ctx) : [], lex);
  if (on('prose-dates')) {
    // a sentence's dates only where the report prints no dates line
    const prose = readProseDates(ctx, lex, dates.published?.date);
    if (!dates.inspection && prose.inspection) dates.inspection = prose.inspection;
    if (!dates.visits.length) dates.visits.push(...prose.visits);
  }
  const inspectionYear = Number((dates.inspection?.start ?? dates.published?.date ?? '').slice(0, 4)) || undefined;
  const grades: Grade[] = [];
  const areas = profileAreas(profile.id);
  // a sentence that states the overall grade names it in its own words ("children's services in X");
  // the grade's subject is the judgement itself, by the profile's name for it
  const overallName = areas.find((a) => a.id === OVERALL_AREA)?.report[0]?.join(' ') ?? OVERALL_AREA;
  const add = (hit: Omit<GradeHit, 'from' | 'to'>, subject: string, overall: boolean, when: When, at: Locator, span: Span) => {
    const named = subject.replace(NUMBERING, '').trim();
    const area = overall ? OVERALL_AREA : resolveArea(words(named), areas, 'report')?.id;
    const g: Grade = {
      scale: hit.scale.id,
      level: hit.level,
      term: capitalise(hit.scale.names[hit.level - 1] ?? ''),
      subject: named || (overall ? capitalise(overallName) : named),
      ...(area ? { area } : {}),
      overall,
      when,
      at,
      span,
    };
    // one judgement read twice (its table row and its section heading) is listed once, where first read
    const same = grades.find((o) => o.scale === g.scale && sameSubject(o, g) && sameWhen(o.when, g.when));
    if (!same) grades.push(g);
  };
  if (on('grade-table')) for (const t of readGradeTables(ctx)) add(t.hit, t.subject, OVERALL.test(t.subject), THIS_INSPECTION, t.at, t.span);
  if (on('judgement-list')) for (const l of readJudgementLists(ctx)) add(l.hit, l.subject, OVERALL.test(l.subject), THIS_INSPECTION, l.at, l.span);
  if (on('heading-grade')) for (const h of readHeadingGrades(ctx)) add(h.hit, h.subject, OVERALL.test(h.subject), THIS_INSPECTION, h.at, h.span);
  if (on('prose-grades')) {
    for (const p of readProseGrades(ctx)) {
      const subject = p.overall ? capitalise(overallName) : p.subject;
      if (p.year === undefined) add(p.hit, subject, p.overall, THIS_INSPECTION, p.at, p.span);
      // a year before the inspection's own: a grade the report gives an earlier inspection
      else if (inspectionYear === undefined || p.year < inspectionYear) add(p.hit, subject, p.overall, { year: p.year }, p.at, p.span);
    }
  }
  const subject = readSubject(ctx, profile.titles);
  return { id, profile: profile.id, ...(subject ? { subject } : {}), dates, passages, grades };
}

/** "2.1 Adoption performance": the section number is not part of what is graded. */
const NUMBERING = /^\d{1,2}(?:\.\d{1,2})*\.?\s+/;
const OVERALL_AREA = 'overall';

/** Two grades of one subject: the same area, the same words, or both the overall grade. */
function sameSubject(a: Grade, b: Grade): boolean {
  if (a.overall || b.overall) return a.overall && b.overall;
  if (a.area && b.area) return a.area === b.area;
  return words(a.subject).join(' ') === words(b.subject).join(' ');
}
