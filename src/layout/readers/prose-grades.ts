// Grades stated in sentences: "The overall judgement is that children's services are good",
// a headline line "Children's services in X require improvement to be good", and a grade the
// report gives an earlier inspection ("… after they were judged to be inadequate in 2015").
import type { Token } from '../../ingest/tokens.js';
import { gradeAt, type GradeHit } from '../grade-terms.js';
import { splitSentences } from '../sentences.js';
import type { Locator, Span } from '../source-doc.js';
import { tokensIn } from '../../ingest/document.js';
import { pageAt, type ReaderContext } from './context.js';

export interface ProseGrade {
  hit: Omit<GradeHit, 'from' | 'to'>;
  subject: string;
  overall: boolean;
  /** The year of the earlier inspection the grade belongs to; none for this inspection's. */
  year?: number;
  at: Locator;
  span: Span;
  /** The sentence that states it. */
  sentence: Span;
}

/** A headline statement of the overall grade is a line of its own, this short, near the start. */
const MAX_HEADLINE_WORDS = 20;
const HEADLINE_BLOCKS = 12;
/** Words that link a subject to its grade ("are good", "judged to be inadequate", "rated as outstanding"). */
const LINKS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'remain', 'remains', 'as', 'judged', 'rated', 'graded', 'now']);
const JUDGED = new Set(['judged', 'rated', 'graded', 'found']);
/** Words between "judged" and the grade ("to be", "as", "overall"). */
const BRIDGE = new Set(['to', 'be', 'as', 'being', 'overall', 'both']);
const WHOLE = /\boverall\b|\ball (?:services|areas|judgements)\b/i;

export function readProseGrades(ctx: ReaderContext): ProseGrade[] {
  const out: ProseGrade[] = [];
  ctx.blocks.forEach((block, b) => {
    for (const [start, end] of splitSentences(block.text, block.start)) {
      const tokens = dropFootnoteMark(ctx, tokensIn(ctx.doc, start, end));
      if (!tokens.length) continue;
      const text = ctx.doc.text.slice(start, end);
      const headline = /^\p{Lu}/u.test(text) && !/\t| {3,}/.test(text) && b < HEADLINE_BLOCKS && start === block.start && end >= block.end - 3 && tokens.length <= MAX_HEADLINE_WORDS;
      const stated = /\boverall judgement is\b/i.test(text) ? linkedGrade(ctx, tokens) : undefined;
      const ending = stated ?? endingGrade(ctx, tokens);
      if (ending && (headline || stated)) {
        out.push(grade(ctx, ending, tokens, { start, end }, true));
        continue;
      }
      for (const past of pastGrades(ctx, tokens)) out.push(grade(ctx, past.hit, tokens, { start, end }, WHOLE.test(text), past.year));
    }
  });
  return out;
}

function grade(ctx: ReaderContext, hit: GradeHit, tokens: Token[], sentence: Span, overall: boolean, year?: number): ProseGrade {
  const span = { start: tokens[hit.from]!.start, end: tokens[hit.to - 1]!.end };
  const page = pageAt(ctx.doc, sentence.start);
  const subjectEnd = tokens[Math.max(0, hit.from - 1)]!.end;
  return {
    hit: { scale: hit.scale, level: hit.level },
    subject: ctx.doc.text.slice(sentence.start, subjectEnd).replace(/\s+/g, ' '),
    overall,
    ...(year !== undefined ? { year } : {}),
    at: { kind: 'paragraph', ...(page !== undefined ? { page } : {}) },
    span,
    sentence,
  };
}

/** "require improvement.2": a footnote number stuck to the end of a sentence is not one of its words. */
function dropFootnoteMark(ctx: ReaderContext, tokens: Token[]): Token[] {
  const last = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  if (last && before && /^\d{1,2}$/.test(last.word) && /^[.’'"]?$/.test(ctx.doc.text.slice(before.end, last.start))) return tokens.slice(0, -1);
  return tokens;
}

/** The grade a sentence ends on, after a linking word: "… are good", "… require improvement". */
function endingGrade(ctx: ReaderContext, tokens: Token[]): GradeHit | undefined {
  const seq = tokens.map((t) => t.word);
  for (let i = Math.max(0, seq.length - 6); i < seq.length; i++) {
    const hit = gradeAt(seq, i, ctx.scales);
    if (!hit || hit.to !== seq.length) continue;
    const linked = LINKS.has(seq[i - 1] ?? '') || /^require/.test(seq[i]!);
    return linked && i > 0 ? hit : undefined;
  }
  return undefined;
}

/** The first grade after a linking word ("… are inadequate"), wherever the sentence ends (a text whose
 * lines were run together carries on past it). */
function linkedGrade(ctx: ReaderContext, tokens: Token[]): GradeHit | undefined {
  const seq = tokens.map((t) => t.word);
  for (let i = 1; i < seq.length; i++) {
    const hit = gradeAt(seq, i, ctx.scales);
    if (hit && (LINKS.has(seq[i - 1]!) || /^require/.test(seq[i]!))) return hit;
  }
  return undefined;
}

/** "judged to be inadequate in 2015", "in November 2018, when … was judged to be inadequate overall". */
function pastGrades(ctx: ReaderContext, tokens: Token[]): Array<{ hit: GradeHit; year: number }> {
  const seq = tokens.map((t) => t.word);
  const years = seq.map((w, i) => (/^(19|20)\d\d$/.test(w) ? i : -1)).filter((i) => i >= 0);
  if (!years.length) return [];
  const out: Array<{ hit: GradeHit; year: number }> = [];
  for (let i = 0; i < seq.length; i++) {
    if (!JUDGED.has(seq[i]!)) continue;
    let j = i + 1;
    while (j < seq.length && BRIDGE.has(seq[j]!) && j - i <= 3) j++;
    const hit = gradeAt(seq, j, ctx.scales);
    if (!hit) continue;
    // the year nearest the judgement, in the same sentence
    const nearest = years.reduce((a, b) => (Math.abs(b - i) < Math.abs(a - i) ? b : a));
    out.push({ hit, year: Number(seq[nearest]) });
    i = hit.to - 1;
  }
  return out;
}
