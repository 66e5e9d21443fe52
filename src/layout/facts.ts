// What claimcheck read from a report, as plain data: the `claimcheck facts` view of a SourceDoc.
import type { Locator, SourceDoc } from './source-doc.js';

export interface ReportFacts {
  path: string;
  profile: string;
  subject: string | null;
  dates: { inspection: { start: string; end: string } | null; visits: string[]; published: string | null };
  grades: Array<{ subject: string; area: string | null; term: string; scale: string; level: number; overall: boolean; when: SourceDoc['grades'][number]['when']; locator: Locator }>;
  passages: Record<string, number>;
}

export function reportFacts(path: string, doc: SourceDoc): ReportFacts {
  const passages: Record<string, number> = {};
  for (const p of doc.passages) passages[p.at.kind] = (passages[p.at.kind] ?? 0) + 1;
  return {
    path,
    profile: doc.profile,
    subject: doc.subject ?? null,
    dates: {
      inspection: doc.dates.inspection ? { start: doc.dates.inspection.start, end: doc.dates.inspection.end } : null,
      visits: doc.dates.visits.map((v) => v.date),
      published: doc.dates.published?.date ?? null,
    },
    grades: doc.grades.map((g) => ({ subject: g.subject, area: g.area ?? null, term: g.term, scale: g.scale, level: g.level, overall: g.overall, when: g.when, locator: g.at })),
    passages,
  };
}
