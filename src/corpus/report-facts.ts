import { buildSourceModel } from '../align/source-model.js';
import { tokensIn } from '../ingest/document.js';
import { placesOf } from '../judge/places.js';
import { sourceFacts, type DateFact } from '../judge/source-facts.js';
import type { Lexicon } from '../rules/lexicon.js';
import type { InputText } from '../types.js';

// What a report says about itself that tells it from its neighbours in a corpus: whom it is about
// and when. A small adapter over today's source model, so the corpus can switch to the layout
// stage's `facts` without changing the index.

export interface ReportFacts {
  /** The place the report is about ("Lewisham"), the name it gives most often next to "council" and the like. */
  subject?: string;
  /** The dates of the inspection it reports on. */
  inspection?: DateFact & { year: number };
  /** The year it was published. */
  published?: number;
  title: string;
}

export function reportFacts(input: InputText, lex: Lexicon): ReportFacts {
  const model = buildSourceModel('S1', input, lex);
  const facts = sourceFacts(model, lex);
  // the title names the subject most reliably ("Inspection of X local authority children's services"); else the place the text names most
  const title = model.blocks.find((b) => b.kind === 'title');
  const titleTokens = title ? tokensIn(model.doc, title.start, title.end) : [];
  const subject = placesOf(model.doc.text, titleTokens, lex)[0]?.[0] ?? placesOf(model.doc.text, model.doc.tokens, lex)[0]?.[0];
  const inspection = facts.inspection?.value;
  return {
    title: model.title,
    ...(subject ? { subject } : {}),
    ...(inspection ? { inspection: { type: 'date', month: inspection.month, year: inspection.year, ...(inspection.day !== undefined ? { day: inspection.day } : {}), ...(inspection.dayEnd !== undefined ? { dayEnd: inspection.dayEnd } : {}) } } : {}),
    ...(facts.publicationYear ? { published: facts.publicationYear.year } : {}),
  };
}
