// Grades stated in sentences: "The overall judgement is that children's services are good",
// a headline line "Children's services in X require improvement to be good", and a grade the
// report gives an earlier inspection ("… after they were judged to be inadequate in 2015").
import type { Token } from '../../ingest/tokens.js';
import { gradeAt, type GradeHit } from '../grade-terms.js';
import { splitSentences } from '../sentences.js';
import type { Locator, Span } from '../source-doc.js';
import { tokensIn } from '../../ingest/document.js';
import type { RawBlock } from '../blocks.js';
import { pageAt, type ReaderContext } from './context.js';
import { startsLower, startsUpper } from '../../ingest/letters.js';

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
const JUDGED = new Set(['judged', 'rated', 'graded', 'found', 'judgement', 'rating', 'grade']);
/** Words between "judged" and the grade ("to be", "as", "overall", "a judgement of"). */
const BRIDGE = new Set(['to', 'be', 'as', 'being', 'overall', 'both', 'of']);
const WHOLE = /\boverall\b|\ball (?:services|areas|judgements)\b/i;
/** What an earlier grade is given to when it is the service as a whole ("after they were judged …"). */
const WHOLE_SERVICE = new Set(['they', 'services', 'council', 'authority', 'it']);
/** "… are inadequate 1. Children who …": the number that opens the next list item, not the sentence's. */
const NEXT_ITEM = /\s\d{1,2}\.$/;

export function readProseGrades(ctx: ReaderContext): ProseGrade[] {
  const out: ProseGrade[] = [];
  rejoinBroken(ctx.doc.text, ctx.blocks).forEach((block, b) => {
    for (const [start, end] of splitSentences(block.text, block.start)) {
      const text = ctx.doc.text.slice(start, end);
      const listAfter = NEXT_ITEM.test(text);
      const all = tokensIn(ctx.doc, start, end);
      const tokens = dropFootnoteMark(ctx, listAfter ? all.slice(0, -1) : all);
      if (!tokens.length) continue;
      const whole = end >= block.end - 3 || listAfter;
      const headline = startsUpper(text) && !/\t| {3,}/.test(text) && b < HEADLINE_BLOCKS && start === block.start && whole && tokens.length <= MAX_HEADLINE_WORDS;
      const stated = /\boverall judgement is\b/i.test(text) ? linkedGrade(ctx, tokens) : selfGrade(ctx, tokens);
      const ending = stated ?? endingGrade(ctx, tokens);
      if (ending && (headline || stated)) {
        out.push(grade(ctx, ending, tokens, { start, end }, true));
        continue;
      }
      for (const past of pastGrades(ctx, tokens)) out.push(grade(ctx, past.hit, tokens, { start, end }, WHOLE.test(text) || past.wholeService, past.year));
    }
  });
  return out;
}

function grade(ctx: ReaderContext, hit: GradeHit, tokens: Token[], sentence: Span, overall: boolean, year?: number): ProseGrade {
  const span = { start: tokens[hit.from]!.start, end: tokens[hit.to - 1]!.end };
  const page = pageAt(ctx.doc, sentence.start);
  return {
    hit: { scale: hit.scale, level: hit.level },
    subject: subjectBefore(ctx, tokens, hit.from),
    overall,
    ...(year !== undefined ? { year } : {}),
    at: { kind: 'paragraph', ...(page !== undefined ? { page } : {}) },
    span,
    sentence,
  };
}

/** The clause that names what is graded: the words before the grade back to the last comma or
 * clause word, without the linking words ("after they were judged to be" → "they"). */
function subjectBefore(ctx: ReaderContext, tokens: Token[], gradeAt: number): string {
  let end = gradeAt;
  while (end > 0 && (LINKS.has(tokens[end - 1]!.word) || BRIDGE.has(tokens[end - 1]!.word) || JUDGED.has(tokens[end - 1]!.word))) end--;
  let start = end;
  while (start > 0 && !CLAUSE_OPENERS.has(tokens[start - 1]!.word) && !/[,;:]/.test(ctx.doc.text.slice(tokens[start - 1]!.end, tokens[start]?.start ?? tokens[start - 1]!.end))) start--;
  if (start === end) return '';
  return ctx.doc.text.slice(tokens[start]!.start, tokens[end - 1]!.end).replace(/\s+/g, ' ');
}

const CLAUSE_OPENERS = new Set(['that', 'when', 'after', 'since', 'following', 'where', 'because', 'and', 'but']);

/** Blocks with the ones a page or column break cut mid-sentence rejoined ("… require improvement to be" / "good"). */
function rejoinBroken(text: string, blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (prev && !/[.!?:;"'\u201d\u2019)\]]$/.test(prev.text) && startsLower(b.text)) out[out.length - 1] = { ...prev, end: b.end, text: text.slice(prev.start, b.end) };
    else out.push(b);
  }
  return out;
}

/** "require improvement.2": a footnote number stuck to the end of a sentence is not one of its words. */
function dropFootnoteMark(ctx: ReaderContext, tokens: Token[]): Token[] {
  const last = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  if (last && before && /^\d{1,2}$/.test(last.word) && /^[.\u2019'"]?$/.test(ctx.doc.text.slice(before.end, last.start))) return tokens.slice(0, -1);
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

/** What a report names itself by when it grades the place as a whole ("This is a good school"). */
const PLACES = new Set(['school', 'academy', 'college', 'provider', 'setting', 'service', 'nursery']);

/** "This is an inadequate school", "This school requires improvement": the place graded as a whole,
 * at the opening of a sentence (whatever a text whose lines were run together puts after it). */
function selfGrade(ctx: ReaderContext, tokens: Token[]): GradeHit | undefined {
  const seq = tokens.map((t) => t.word);
  if (seq[0] !== 'this') return undefined;
  if (seq[1] === 'is' && (seq[2] === 'a' || seq[2] === 'an')) {
    const hit = gradeAt(seq, 3, ctx.scales);
    return hit && PLACES.has(seq[hit.to] ?? '') ? hit : undefined;
  }
  if (PLACES.has(seq[1] ?? '')) {
    const at = seq[2] === 'is' ? 3 : 2;
    const hit = gradeAt(seq, at, ctx.scales);
    return hit && (at === 3 || /^require/.test(seq[2]!)) ? hit : undefined;
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
function pastGrades(ctx: ReaderContext, tokens: Token[]): Array<{ hit: GradeHit; year: number; wholeService: boolean }> {
  const seq = tokens.map((t) => t.word);
  const years = seq.map((w, i) => (/^(19|20)\d\d$/.test(w) ? i : -1)).filter((i) => i >= 0);
  if (!years.length) return [];
  const out: Array<{ hit: GradeHit; year: number; wholeService: boolean }> = [];
  for (let i = 0; i < seq.length; i++) {
    if (!JUDGED.has(seq[i]!)) continue;
    let j = i + 1;
    while (j < seq.length && BRIDGE.has(seq[j]!) && j - i <= 3) j++;
    const hit = gradeAt(seq, j, ctx.scales);
    if (!hit) continue;
    // the year nearest the judgement, in the same sentence
    const nearest = years.reduce((a, b) => (Math.abs(b - i) < Math.abs(a - i) ? b : a));
    // the word before "were judged" / "was rated": what was graded
    let k = i - 1;
    while (k >= 0 && LINKS.has(seq[k]!)) k--;
    out.push({ hit, year: Number(seq[nearest]), wholeService: k >= 0 && WHOLE_SERVICE.has(seq[k]!.replace(/'s$/, '')) });
    i = hit.to - 1;
  }
  return out;
}
