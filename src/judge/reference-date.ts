import type { DraftModel } from '../extract/claims.js';
import type { SourceModel } from '../align/source-model.js';
import type { Lexicon } from '../rules/lexicon.js';
import { sourceFacts, describeDate, isoDate } from './source-facts.js';
import { readDraftDate, type DraftDate } from './draft-date.js';
import type { ReferenceDate } from './types.js';

/** How a reason names the place the draft gives its date. */
const HOW: Record<DraftDate['how'], string> = { dateline: 'dateline', label: 'date', byline: 'byline date', today: "'today'" };

/** The date a draft's relative dates count from: --draft-date, else the date the draft gives itself
 * (src/judge/draft-date.ts), else — when the draft says the report was published today — the
 * source's publication year. */
export function referenceDate(draft: DraftModel, source: SourceModel, lex: Lexicon, date?: string): ReferenceDate | undefined {
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const day = isoDate(date);
    return { year: day.year, month: day.month, day: day.day, from: `--draft-date ${date}` };
  }
  const own = readDraftDate(draft.doc, lex);
  if (own) {
    const day = isoDate(own.iso);
    return { year: day.year, month: day.month, day: day.day, from: `the draft's ${HOW[own.how]} ${describeDate(day)} on line ${own.line}`, span: { start: own.start, end: own.end } };
  }
  const publication = sourceFacts(source, lex).publicationYear;
  const documents = lex.entities?.documentNouns;
  const publishedToday = draft.claims.some((c) => {
    const v = c.facts[0]?.value;
    return c.kind === 'fact' && v?.type === 'relative' && v.unit === 'day' && v.offset === 0 && documents?.has(c.tokens.map((t) => t.word));
  });
  if (publication && publishedToday) return { year: publication.year, from: `the source's publication in ${publication.year}, which the draft says is today` };
  return undefined;
}
