import type { DraftModel } from '../extract/claims.js';
import type { SourceModel } from '../align/source-model.js';
import type { Lexicon } from '../rules/lexicon.js';
import { sourceFacts } from './source-facts.js';
import type { ReferenceDate } from './types.js';

/** The date a draft's relative dates count from: --date, else a dateline, else — when the draft
 * says the report was published today — the source's publication year. */
export function referenceDate(draft: DraftModel, source: SourceModel, lex: Lexicon, date?: string): ReferenceDate | undefined {
  if (date) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (m) return { year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]), from: '--date' };
  }
  for (const claim of draft.claims.slice(0, 8)) {
    const v = claim.facts[0]?.value;
    if (claim.kind === 'statement' && v?.type === 'date' && v.year !== undefined && v.day !== undefined) {
      return { year: v.year, month: v.month, day: v.day, from: "the draft's dateline" };
    }
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
