import { findFacts, mayStateYearOrDate, type FactValue } from '../extract/facts.js';
import type { Lexicon } from '../rules/lexicon.js';
import { memoKey, memoized, type Passage, type SourceModel } from '../align/source-model.js';

export type DateFact = Extract<FactValue, { type: 'date' }>;

/** What a source states that facts are checked against. */
export interface SourceFacts {
  /** Years the source mentions, with the passages that mention them. */
  years: Map<number, Passage[]>;
  dates: Array<{ value: DateFact; passage: Passage }>;
  /** The dates of the inspection the source reports on ("Inspection dates: 4 to 15 December 2023"). */
  inspection?: { value: DateFact & { year: number }; passage: Passage };
  /** The year the source was published (a © line or a "Published" label). */
  publicationYear?: { year: number; passage: Passage };
}

const FACTS = memoKey<SourceFacts>('facts');

export function sourceFacts(model: SourceModel, lex: Lexicon): SourceFacts {
  return memoized(model, FACTS, () => factsOf(model, lex));
}

function factsOf(model: SourceModel, lex: Lexicon): SourceFacts {
  const facts: SourceFacts = { years: new Map(), dates: [] };
  for (const passage of model.passages) {
    const found = mayStateYearOrDate(passage.tokens, lex) ? findFacts({ tokens: passage.tokens, text: model.doc.text }, lex) : [];
    for (const f of found) {
      const v = f.value;
      const year = v.type === 'year' ? v.year : v.type === 'date' ? v.year : undefined;
      if (year !== undefined) {
        const list = facts.years.get(year);
        if (list) list.push(passage);
        else facts.years.set(year, [passage]);
      }
      if (v.type === 'date') facts.dates.push({ value: v, passage });
    }
    // the first passage with a publication line gives the year: no pattern runs on the rest
    if (facts.publicationYear) continue;
    const passageText = model.doc.text.slice(passage.start, passage.end);
    const published = lex.dates?.publication.map((p) => p.exec(passageText)).find(Boolean);
    if (published?.[1]) facts.publicationYear = { year: Number(published[1]), passage };
  }
  const labelled = facts.dates.find(
    (d) => d.value.year !== undefined && d.passage.at.kind === 'label' && lex.dates?.labels.has(d.passage.tokens.map((t) => t.word)),
  );
  const inspection = labelled ?? facts.dates.find((d) => d.value.year !== undefined && d.value.dayEnd !== undefined);
  if (inspection) facts.inspection = inspection as SourceFacts['inspection'];
  return facts;
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO day (YYYY-MM-DD) as a date fact. */
export function isoDate(iso: string): DateFact & { year: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { type: 'date', year, month: month - 1, day };
}

export function describeDate(d: DateFact): string {
  // "23 January to 16 February 2017"
  if (d.day !== undefined && d.monthEnd !== undefined) return `${d.day} ${MONTH_NAMES[d.month]} to ${d.dayEnd ?? d.day} ${MONTH_NAMES[d.monthEnd]}${d.year !== undefined ? ` ${d.year}` : ''}`;
  const day = d.day !== undefined ? (d.dayEnd !== undefined ? `${d.day} to ${d.dayEnd} ` : `${d.day} `) : '';
  return `${day}${MONTH_NAMES[d.month]}${d.year !== undefined ? ` ${d.year}` : ''}`;
}
