// Check results built by hand from real sentences of the seed texts, so the review screen can be
// tested without depending on what the pipeline currently decides.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { indexPositions, toSpan } from '../../src/ingest/positions.js';
import type { CheckResult, ClaimKind, ClaimResult, DiffPart, Evidence, Reason, Verdict } from '../../src/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const DRAFT_PATH = 'seeds/drafts/local-news-2024.txt';
export const SOURCE_PATH = 'seeds/source/lewisham-2023-ofsted-report.txt';
export const draftText = readFileSync(root + DRAFT_PATH, 'utf8');
export const sourceText = readFileSync(root + SOURCE_PATH, 'utf8');
const draftIndex = indexPositions(draftText);
const sourceIndex = indexPositions(sourceText);

function find(text: string, part: string, from = 0): number {
  const at = text.indexOf(part, from);
  if (at === -1) throw new Error(`fixture: not found: ${part}`);
  return at;
}

/** Evidence: a passage of the real source, found by its text. */
export function passage(text: string, locator: string, score: number, extra: Partial<Evidence> = {}): Evidence {
  const start = find(sourceText, text);
  return { source: 'S1', text, span: toSpan(sourceIndex, start, start + text.length), locator, score, ...extra };
}

interface ClaimSpec {
  id: string;
  text: string;
  kind: ClaimKind;
  verdict: Verdict;
  evidence?: Evidence[];
  reasons: Reason[];
  diff?: DiffPart[];
}

/** A claim at the position of `text` in the draft, in the context of its line. */
export function claimOf(spec: ClaimSpec, draft = draftText): ClaimResult {
  const index = draft === draftText ? draftIndex : indexPositions(draft);
  const start = find(draft, spec.text);
  const lineStart = draft.lastIndexOf('\n', start) + 1;
  const lineEndRaw = draft.indexOf('\n', start);
  const lineEnd = lineEndRaw === -1 ? draft.length : lineEndRaw;
  const claim: ClaimResult = {
    id: spec.id,
    text: spec.text,
    span: toSpan(index, start, start + spec.text.length),
    kind: spec.kind,
    verdict: spec.verdict,
    confidence: 0.9,
    evidence: spec.evidence ?? [],
    reasons: spec.reasons,
    context: { text: draft.slice(lineStart, lineEnd), span: toSpan(index, lineStart, lineEnd) },
  };
  if (spec.diff) claim.diff = spec.diff;
  return claim;
}

const info = (rule: string, message: string): Reason => ({ rule, message, severity: 'info' });
const error = (rule: string, message: string): Reason => ({ rule, message, severity: 'error' });
const warning = (rule: string, message: string): Reason => ({ rule, message, severity: 'warning' });

export const PARA_63 = 'Staff describe leaders as approachable, visible and supportive. Staff achievements are valued and celebrated by leaders in an annual awards ceremony.';

/** Eight claims of the local news article, one or more of every verdict, in draft order. */
export function localNewsClaims(): ClaimResult[] {
  return [
    claimOf({ id: 's1', text: 'Child services in Lewisham given clean bill of health', kind: 'statement', verdict: 'unchecked', reasons: [info('match/statement', 'A headline, not a claim about what the report found.')] }),
    claimOf({
      id: 'f2',
      text: 'Children’s services in Lewisham have been judged as good',
      kind: 'fact',
      verdict: 'paraphrased',
      evidence: [passage('Overall effectiveness\tGood', 'judgement table, row 5', 1)],
      reasons: [info('grades/matches', "The source grades it 'Good'.")],
    }),
    claimOf({
      id: 'f4',
      text: 'since it was judged as requiring improvement',
      kind: 'fact',
      verdict: 'unsupported',
      reasons: [warning('grades/unstated', 'The source does not give an earlier grade.')],
    }),
    claimOf({
      id: 'f8',
      text: 'took place over three weeks',
      kind: 'fact',
      verdict: 'contradictory',
      evidence: [passage('Inspection dates: 4 to 15 December 2023', 'Inspection dates', 1)],
      reasons: [error('dates/duration', "The source's dates (4 to 15 December 2023) span 12 days, which is not 3 weeks.")],
      diff: [
        { op: 'equal', text: 'took place' },
        { op: 'insert', text: 'over three weeks' },
        { op: 'delete', text: '4 to 15 December 2023' },
      ],
    }),
    claimOf({
      id: 'c10',
      text: 'In their report, inspectors highlighted areas of significant improvement in leadership',
      kind: 'claim',
      verdict: 'paraphrased',
      evidence: [
        passage('Children and young people now benefit from good, high-quality help and support.', 'summary, paragraph 1', 0.58),
        passage(PARA_63, 'para 63', 0.33, { paragraph: 63, section: 'The impact of leaders on social work practice with children and families' }),
      ],
      reasons: [info('match/paraphrase', 'Says what the summary says in other words.')],
    }),
    claimOf({
      id: 'q14',
      text: 'Staff describe leaders as approachable, visible and supportive.',
      kind: 'quote',
      verdict: 'verbatim',
      evidence: [passage(PARA_63, 'para 63', 1, { paragraph: 63 })],
      reasons: [info('match/verbatim', 'Word for word in the source (para 63).')],
    }),
    claimOf({
      id: 'q15',
      text: 'social workers carefully consider children’s needs, including their cultural and identity needs, when seeking an appropriate foster home',
      kind: 'quote',
      verdict: 'verbatim',
      evidence: [
        passage(
          "Social workers carefully consider children's needs, including their cultural and identity needs, when seeking an appropriate foster home",
          'para 17',
          1,
          { paragraph: 17, section: 'Experiences and progress of children in care' },
        ),
      ],
      reasons: [info('match/verbatim', 'Word for word in the source (para 17).')],
    }),
    claimOf({
      id: 'c19',
      text: 'Pictured top: Staff in the Children and Young People Directorate at Lewisham council',
      kind: 'claim',
      verdict: 'unsupported',
      reasons: [warning('match/not-found', 'Nothing in the source says this.')],
    }),
  ];
}

export function resultOf(claims: ClaimResult[], path = DRAFT_PATH): CheckResult {
  const summary = { verbatim: 0, paraphrased: 0, unsupported: 0, contradictory: 0, unchecked: 0 };
  for (const c of claims) summary[c.verdict]++;
  return {
    tool: { name: 'claimcheck', version: '0.0.0-test' },
    sources: [{ id: 'S1', path: SOURCE_PATH, title: "Inspection of Lewisham local authority children's services" }],
    documents: [{ path, claims, notices: [] }],
    summary,
  };
}

/** `n` claims made by repeating the local news claims down a long draft, each with its own id and
 * position; every 7th is contradictory. */
export function manyClaims(n: number): ClaimResult[] {
  const base = localNewsClaims();
  const out: ClaimResult[] = [];
  for (let i = 0; i < n; i++) {
    const b = base[i % base.length]!;
    const shift = Math.floor(i / base.length) * draftText.length;
    out.push({
      ...b,
      id: `${b.id}-${i}`,
      text: `${b.text} #${i + 1}`,
      verdict: i % 7 === 6 ? 'contradictory' : b.verdict,
      span: { ...b.span, start: b.span.start + shift, end: b.span.end + shift },
    });
  }
  return out;
}
