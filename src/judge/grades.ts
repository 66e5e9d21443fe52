// The report's grades as the judge reads them: where each is shown, on which scale, and what level
// a draft's grade words have on that scale.
import type { Passage } from '../align/source-model.js';
import { words } from '../ingest/tokens.js';
import { gradeAt, type GradeScale } from '../layout/grade-terms.js';
import { shippedProfiles } from '../layout/profile.js';
import type { Grade } from '../layout/source-doc.js';
import type { JudgeContext } from './types.js';

/** The passages of a report's grades, the overall one first, for showing where they are. */
export function gradePassages(ctx: Pick<JudgeContext, 'model'>, grades: Grade[]): Passage[] {
  return [...grades].sort((a, b) => Number(b.overall) - Number(a.overall)).map((g) => passageAt(ctx, g));
}

/** The grades of this inspection that a judgement table gives, one per row. */
export function tableGrades(ctx: Pick<JudgeContext, 'model'>): Grade[] {
  return ctx.model.source.grades.filter((g) => g.at.kind === 'table-row' && g.when === 'this inspection');
}

export function scaleOf(g: Pick<Grade, 'scale'>): GradeScale | undefined {
  for (const p of shippedProfiles()) {
    const s = p.scales.find((x) => x.id === g.scale);
    if (s) return s;
  }
  return undefined;
}

/** The level a draft's grade words have on the report's scale, if they are a grade there. */
export function termLevel(term: string, scale: GradeScale): number | undefined {
  const ws = words(term);
  const hit = gradeAt(ws, 0, [scale]);
  return hit && hit.to === ws.length ? hit.level : undefined;
}

/** The passage that holds a stated thing (a grade, a date) of the report. */
export function passageAt(ctx: Pick<JudgeContext, 'model'>, g: Pick<Grade, 'span'>): Passage {
  const ps = ctx.model.passages;
  return ps.find((p) => p.start <= g.span.start && g.span.start < p.end) ?? ps.find((p) => p.start >= g.span.start) ?? ps[0]!;
}
