import type { SourceModel } from '../align/source-model.js';
import { tokensIn } from '../ingest/document.js';
import { sourceFacts, type DateFact } from '../judge/source-facts.js';
import type { Lexicon } from '../rules/lexicon.js';
import { mainPlace, openingName } from './names.js';

// What a report says about itself that tells it from its neighbours in a corpus: whom it is about
// and when, from the layout stage's reading of the report (its title, its labelled dates), with
// the source model's facts where the layout finds none.

export interface ReportFacts {
  /** Whom the report is about, as it names them ("London Borough of Northwick", "Ashford and Kingsmere"). */
  subject?: string;
  /** The dates of the inspection it reports on. */
  inspection?: DateFact & { year: number };
  /** The first and last day of the inspection, ISO dates, when the report labels them. */
  inspected?: { start: string; end: string };
  /** The year it was published. */
  published?: number;
  /** The day it was published, an ISO date, when the report labels it. */
  publishedOn?: string;
  /** The overall grade of this inspection, on the profile's scale (level 1 = best). */
  grade?: { scale: string; level: number; term: string };
  title: string;
}

/** The facts of a report, from its source model. */
export function reportFacts(model: SourceModel, lex: Lexicon): ReportFacts {
  const facts = sourceFacts(model, lex);
  const { dates } = model.source;
  // the title names the subject most reliably ("Inspection of X local authority children's
  // services"); else the place the title names most; else a line of its own at the top that is
  // only a name; else the place the text names most
  const title = model.blocks.find((b) => b.kind === 'title');
  const titleTokens = title ? tokensIn(model.doc, title.start, title.end) : [];
  const subject = (model.source.subject?.replace(/^[^\p{L}]+/u, '') || undefined) ?? mainPlace(model.doc.text, titleTokens, lex) ?? openingName(model.doc.text, lex) ?? mainPlace(model.doc.text, model.doc.tokens, lex);
  const inspection = facts.inspection?.value;
  const grade = model.source.grades.find((g) => g.overall && g.when === 'this inspection');
  return {
    title: model.title,
    ...(subject ? { subject } : {}),
    ...(inspection ? { inspection: { type: 'date', month: inspection.month, year: inspection.year, ...(inspection.day !== undefined ? { day: inspection.day } : {}), ...(inspection.dayEnd !== undefined ? { dayEnd: inspection.dayEnd } : {}), ...(inspection.monthEnd !== undefined ? { monthEnd: inspection.monthEnd } : {}) } } : {}),
    ...(dates.inspection ? { inspected: { start: dates.inspection.start, end: dates.inspection.end } } : {}),
    ...(facts.publicationYear ? { published: facts.publicationYear.year } : {}),
    ...(dates.published ? { publishedOn: dates.published.date } : {}),
    ...(grade ? { grade: { scale: grade.scale, level: grade.level, term: grade.term } } : {}),
  };
}
