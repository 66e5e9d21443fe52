import { words } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import { splitBlocks, type RawBlock } from './blocks.js';
import type { Locator } from './source-doc.js';
import { footnoteNumberAlone, footnoteRunOn, hasMark } from './readers/footnotes.js';
import { isRecommendationHeading } from './readers/recommendations.js';
import { startsLower } from '../ingest/letters.js';
import { onFirstUse } from '../lazy/modules.js';

export type SourceBlockKind = 'title' | 'meta' | 'table-header' | 'judgement' | 'heading' | 'paragraph' | 'bullet' | 'boilerplate';

/** A block of a source with what a reader needs to find it again. */
export interface SourceBlock {
  kind: SourceBlockKind;
  /** Original range of the whole block (for a rejoined paragraph, across the page gap). */
  start: number;
  end: number;
  /** Where the words begin, after a list marker or paragraph number. */
  bodyStart: number;
  locator: string;
  paragraph?: number;
  section?: string;
  /** For judgement rows and graded headings: the grade, as a level of the rating scale. */
  grade?: { level: number; term: string; subject: string };
  /** For meta lines ("Inspection dates: 4 to 15 December 2023"): the label. */
  label?: string;
}

const NUMBERED = /^(?:[-\u2022*\u25cf\u25aa\u25e6\u2023\u00b7]\s+)?(\d{1,3})\.\s+/;
const BULLET = /^[-\u2022*\u25cf\u25aa\u25e6\u2023\u00b7]\s+/;
// made on first use: making a \p{…} pattern parses its classes (src/ingest/letters.ts)
const META = onFirstUse(() => /^([\p{Lu}][\p{L}' ]{2,40}):\s+\S/u);
const ENDS_SENTENCE = /[.!?:;"'\u201d\u2019)\]]$/;
const CELL_SPLIT = /\t+| {3,}/;

/** Splits a source into classified blocks, rejoining paragraphs that a page break cut in two. */
export function segmentSource(text: string, lex: Lexicon): SourceBlock[] {
  const raw = rejoinPageBreaks(splitRunOnListStarts(splitBlocks(text)));
  const blocks: SourceBlock[] = [];
  let section: string | undefined;
  let bulletNo = 0;
  let paraInSection = 0;
  let tableRow = 0;
  let footnote: number | undefined;
  // a note is printed once: the same number alone again later is a page number
  const noted = new Set<number>();
  for (const [i, b] of raw.entries()) {
    // a Markdown source: "## Heading" is a heading, "| a | b |" a table row, "|---|" its rule
    const mdHeading = /^#{1,6}[ \t]+/.exec(b.text);
    const line = mdHeading ? b.text.slice(mdHeading[0].length) : b.text;
    const base = b.start + (mdHeading?.[0].length ?? 0);
    if (/^\|?[ \t]*:?-{3,}/.test(line) && line.includes('|')) continue;
    // a number alone is a page number or a footnote's: no passage, and never a section heading
    if (footnoteNumberAlone(line) !== undefined) {
      const n = footnoteNumberAlone(line)!;
      if (hasMark(text.slice(0, b.start), n) && !noted.has(n)) footnote = n;
      continue;
    }
    const runOn = footnoteRunOn(line, text.slice(0, b.start));
    const note = footnote ?? (runOn !== undefined && !noted.has(runOn) ? runOn : undefined);
    footnote = undefined;
    if (note !== undefined && !NUMBERED.test(line)) {
      noted.add(note);
      blocks.push({ kind: 'paragraph', start: b.start, end: b.end, bodyStart: b.start, locator: `footnote ${note}`, section: `footnote ${note}` });
      continue;
    }
    const cells = (line.startsWith('|') ? line.split('|') : line.split(CELL_SPLIT)).map((c) => c.trim()).filter(Boolean);
    const numbered = NUMBERED.exec(line);
    const headingGrade = /:\s*([^:]+)$/.exec(line);
    if (cells.length >= 2 && !numbered) {
      const grade = gradeOf(cells[cells.length - 1] as string, lex);
      if (grade !== undefined) {
        tableRow++;
        const subject = cells.slice(0, -1).join(' ');
        blocks.push({
          kind: 'judgement',
          start: b.start,
          end: b.end,
          bodyStart: b.start,
          locator: `judgement table, row ${tableRow}`,
          grade: { level: grade, term: cells[cells.length - 1] as string, subject },
        });
      } else {
        blocks.push({ kind: 'table-header', start: b.start, end: b.end, bodyStart: b.start, locator: 'judgement table' });
      }
      continue;
    }
    if (numbered && isRecommendationHeading(section)) {
      // a recommendation is an item of its list, not a numbered paragraph of findings
      blocks.push({ kind: 'bullet', start: b.start, end: b.end, bodyStart: b.start + numbered[0].length, locator: `'${section}', item ${numbered[1]}`, section });
      continue;
    }
    if (numbered) {
      const n = Number(numbered[1]);
      blocks.push({ kind: 'paragraph', start: b.start, end: b.end, bodyStart: b.start + numbered[0].length, locator: `para ${n}`, paragraph: n, section });
      continue;
    }
    if (BULLET.test(line)) {
      bulletNo++;
      const under = section ? `'${section}', ` : '';
      blocks.push({ kind: 'bullet', start: b.start, end: b.end, bodyStart: b.start + (BULLET.exec(line)?.[0].length ?? 0), locator: `${under}bullet ${bulletNo}`, section });
      continue;
    }
    const gradedHeading = headingGrade && isHeading(line) && gradeOf(headingGrade[1] as string, lex) !== undefined;
    const meta = META().exec(line);
    if (meta && !gradedHeading && words(line).length <= 16 && !ENDS_SENTENCE.test(line.replace(/\.$/, ''))) {
      blocks.push({ kind: 'meta', start: b.start, end: b.end, bodyStart: b.start, locator: meta[1] as string, label: meta[1] as string });
      continue;
    }
    // a grade on a line of its own is a judgement's cell ("Good" under its label), and a title line
    // that ends on a footnote mark ("…Children\nBoard1") is the title's tail: neither opens a section
    const cellOrTail = !mdHeading && (gradeOf(line, lex) !== undefined || TITLE_TAIL().test(line));
    if (mdHeading || (isHeading(line) && !cellOrTail)) {
      const grade = headingGrade ? gradeOf(headingGrade[1] as string, lex) : undefined;
      const title = grade !== undefined ? line.slice(0, headingGrade!.index).trim() : line.trim();
      const kind = i === 0 ? 'title' : 'heading';
      blocks.push({
        kind,
        start: b.start,
        end: b.end,
        bodyStart: base,
        locator: kind === 'title' ? 'title' : `heading '${title}'`,
        ...(grade !== undefined ? { grade: { level: grade, term: (headingGrade![1] as string).trim(), subject: title } } : {}),
      });
      if (kind === 'heading') {
        section = title;
        bulletNo = 0;
        paraInSection = 0;
      }
      continue;
    }
    paraInSection++;
    blocks.push({
      kind: 'paragraph',
      start: b.start,
      end: b.end,
      bodyStart: b.start,
      locator: section ? `'${section}', paragraph ${paraInSection}` : `summary, paragraph ${paraInSection}`,
      section,
    });
  }
  markBoilerplate(text, blocks, lex);
  return blocks;
}

/** A level of a rating scale when the whole cell is a grade term ("Good", "Requires improvement to be good"). */
function gradeOf(cell: string, lex: Lexicon): number | undefined {
  const ws = words(cell);
  for (const scale of lex.ratings) {
    const hit = scale.terms.matchAt(ws, 0);
    if (hit && hit.to === ws.length) return hit.value;
  }
  return undefined;
}

// made on first use: making a \p{…} pattern parses its classes (src/ingest/letters.ts)
/** A word or two with a footnote mark run on ("Board1"): the last line of a wrapped title. */
const TITLE_TAIL = onFirstUse(() => /^(?:\p{Lu}\p{Ll}+ ?){1,2}\p{Ll}\d{1,2}$/u);

/** A line ending in a colon with more words than this is a sentence that opens a list, not a heading. */
const LIST_LEAD_WORDS = 6;

function isHeading(line: string): boolean {
  const n = words(line).length;
  if (n === 0 || n > 16) return false;
  if (/[.!]$/.test(line) && !/\?$/.test(line)) return false;
  // "The judgements on areas of the service … are:": a sentence that opens a list
  if (/:$/.test(line) && n > LIST_LEAD_WORDS) return false;
  return /^[\p{Lu}\p{N}'"\u2018\u201c]/u.test(line);
}

/** Blocks after a run-on heading within which the list's second item must open one of its own. */
const LIST_REACH = 4;

/** "Children's services in Northshire are inadequate 1. Children who need help and protection": a
 * PDF's text can run a heading (the overall judgement) into the first item of the numbered list
 * under it. Where a later block opens that list's second item ("2. …"), the heading and the item
 * are two blocks, so the heading meets a draft as the report prints it, on its own. */
function splitRunOnListStarts(blocks: RawBlock[]): RawBlock[] {
  return blocks.flatMap((b, i) => {
    const item = /\s1\.\s+\p{Lu}/u.exec(b.text);
    const head = item && b.text.slice(0, item.index);
    if (!item || !head || !isHeading(head) || /[.!?:;]$/.test(head)) return [b];
    if (!blocks.slice(i + 1, i + 1 + LIST_REACH).some((n) => /^2(?:\.\d+)?\.?\s/.test(n.text))) return [b];
    const at = item.index + 1;
    return [
      { ...b, end: b.start + item.index, text: head },
      { start: b.start + at, end: b.end, text: b.text.slice(at), gapBefore: 0, pageBreakBefore: false },
    ];
  });
}

/** A block that stops mid-sentence, then a page gap, then a block that starts in lower case: one paragraph. */
function rejoinPageBreaks(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    const broken = prev && !ENDS_SENTENCE.test(prev.text) && startsLower(b.text) && (b.gapBefore >= 1 || b.pageBreakBefore);
    if (prev && broken) {
      prev.end = b.end;
      prev.text = prev.text + ' ' + b.text; // the text is only classified; spans come from start/end
    } else out.push({ ...b });
  }
  return out;
}

/** Blocks of unmarked text the publisher's end matter may open with (its "who we are" paragraph). */
const END_MATTER_LEAD = 2;

/** The publisher's end matter: after the last numbered paragraph, everything from the first block
 * that looks like boilerplate on; elsewhere, single blocks that match a boilerplate pattern. */
function markBoilerplate(text: string, blocks: SourceBlock[], lex: Lexicon): void {
  const patterns = lex.boilerplate.flatMap((b) => b.patterns);
  const matches = (b: SourceBlock) => patterns.some((p) => p.test(text.slice(b.start, b.end)));
  let lastNumbered = -1;
  blocks.forEach((b, i) => {
    if (b.paragraph !== undefined) lastNumbered = i;
  });
  const firstEndMatter = blocks.findIndex((b, i) => i > lastNumbered && matches(b));
  // findings that carry on past the last numbered paragraph stay findings: the end matter starts at
  // its first block, or just after the numbered paragraphs when at most a block or two stand between
  const startsAt = firstEndMatter - lastNumbered <= END_MATTER_LEAD ? lastNumbered + 1 : firstEndMatter;
  let count = 0;
  blocks.forEach((b, i) => {
    const endMatter = lastNumbered >= 0 && firstEndMatter >= 0 && i >= startsAt;
    if (endMatter || (b.kind === 'paragraph' && b.paragraph === undefined && matches(b))) {
      count++;
      b.kind = 'boilerplate';
      b.locator = `publisher's end matter, paragraph ${count}`;
      delete b.section;
    }
  });
}

/** A block's place in the report as a typed locator (reporters turn it into words). */
export function blockLocator(block: SourceBlock, page?: number): Locator {
  const on = page !== undefined ? { page } : {};
  switch (block.kind) {
    case 'judgement':
      return { kind: 'table-row', table: 'judgements', row: Number(/row (\d+)/.exec(block.locator)?.[1] ?? 0), ...on };
    case 'table-header':
      return { kind: 'table-row', table: 'judgements', row: 0, ...on };
    case 'title':
    case 'heading':
      return { kind: 'heading', text: block.grade?.subject ?? block.locator.replace(/^heading '|'$/g, ''), ...on };
    case 'meta':
      return { kind: 'label', text: block.label ?? block.locator, ...on };
    default:
      return { kind: 'paragraph', ...(block.paragraph !== undefined ? { n: block.paragraph } : {}), ...(block.section ? { section: block.section } : {}), ...on };
  }
}
