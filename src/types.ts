// The data every stage hands to the next, and the result the library returns.
// Formatters and the review UI read only these types.

export type Verdict = 'verbatim' | 'paraphrased' | 'unsupported' | 'contradictory' | 'unchecked';
export const VERDICTS: readonly Verdict[] = ['verbatim', 'paraphrased', 'unsupported', 'contradictory', 'unchecked'];

/** quote: words in quotation marks; claim: a sentence reporting what the source found;
 * fact: a checkable number, date, count or rating inside a sentence; statement: anything else. */
export type ClaimKind = 'quote' | 'claim' | 'fact' | 'statement';

/** The part of a claim a rule's finding is about: who or what it is about (subject), what it says
 * of it (predicate), whether it says so or not (polarity), how much or how strongly (degree), how
 * surely (certainty), or a figure (number). */
export type ClaimPart = 'subject' | 'predicate' | 'polarity' | 'degree' | 'certainty' | 'number';

export type Severity = 'error' | 'warning' | 'info';

export type InputFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

/** A range of the original text. Offsets are UTF-16 code units, end exclusive; lines and
 * columns are 1-based, columns counted in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  page?: number;
}

/** A file after ingest: the text every span points into, and where pages start if known. */
export interface InputText {
  path: string;
  text: string;
  format: InputFormat;
  /** Offsets at which pages 2, 3, … begin (page 1 begins at 0). */
  pageStarts?: number[];
}

export interface Reason {
  rule: string;
  message: string;
  severity: Severity;
  /** For a rule's finding: the draft's words it is about (offsets into the draft, end exclusive). */
  place?: { start: number; end: number };
  /** For a rule's finding: the part of the claim it is about, which the message names first. */
  part?: ClaimPart;
}

export interface Evidence {
  /** Source id, "S1", "S2", … in the order the sources were given. */
  source: string;
  text: string;
  span: Span;
  /** Where a reader finds it: "para 17", "judgement table, row 3", "'What needs to improve?', bullet 2", with ", p. 4" when the page is known. */
  locator: string;
  score: number;
  paragraph?: number;
  section?: string;
}

/** One step of a word diff between the draft's words and the source's. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  /** insert: words only in the draft; delete: words only in the source. */
  text: string;
}

/** Whose words a quote or sentence gives. An inspector speaking of the inspection speaks for the
 * source: `speaker` then names them and `cue` is their role. A speaker's `role` ("councillor") is
 * the role the draft gives them, when it gives one. */
export type Attribution =
  | { kind: 'source'; cue: string; speaker?: string }
  | { kind: 'speaker'; name: string; role?: string }
  | { kind: 'unknown' };

export interface ClaimResult {
  id: string;
  text: string;
  span: Span;
  kind: ClaimKind;
  verdict: Verdict;
  confidence: number;
  evidence: Evidence[];
  reasons: Reason[];
  /** The level of the rule that decided the verdict, when a rule did: a rule set to `warning` or
   * `info` reports its finding without failing the gate. */
  level?: Severity;
  attribution?: Attribution;
  /** Word diff of the claim against its best evidence, for misquotes and contradictions. */
  diff?: DiffPart[];
  /** The draft sentence the claim stands in, for showing it in context. */
  context?: { text: string; span: Span };
  /** What the gate made of it, once applied: a failure, a pass, suppressed by a marker or a
   * reviewer's decision, or outside the lines changed (--changed-since). */
  gate?: GateStatus;
  suppressed?: { by: 'marker' | 'decision'; reason?: string };
}

export type GateStatus = 'fail' | 'pass' | 'suppressed' | 'unchanged';

export interface DocumentResult {
  path: string;
  claims: ClaimResult[];
  /** Findings about the whole draft, such as a draft about another council than the source's. */
  notices: Reason[];
}

export interface SourceInfo {
  id: string;
  path: string;
  title: string;
}

export type Summary = Record<Verdict, number>;

export interface CheckResult {
  tool: { name: string; version: string };
  sources: SourceInfo[];
  documents: DocumentResult[];
  summary: Summary;
  /** The gate's outcome, once applied. */
  gate?: { passed: boolean; failures: number; failOn: string[] };
  /** With --changed-since: the report holds only claims on lines changed since `changedSince`;
   * `outside` claims were left out. */
  scope?: { changedSince: string; outside: number };
  /** With a corpus index: the report(s) chosen (the verdicts are against the first; others the
   * draft also needs add evidence) with why, and every candidate weighed, best first. */
  corpus?: { chosen: CorpusChoice[]; candidates: CorpusCandidate[] };
}

export interface CorpusChoice {
  /** Its id among `sources`. */
  source: string;
  path: string;
  title: string;
  /** Why: "subject Lewisham, inspected 4 to 15 December 2023, 9 of 11 quotes found verbatim". */
  reason: string;
}

export interface CorpusCandidate {
  path: string;
  title: string;
  subject?: string;
  inspected?: string;
  published?: number;
  /** The weighted sum the candidates are ordered by. */
  score: number;
  /** subject: 1 the report is about the draft's main name, -1 never gives it, 0 in passing; dates: 1 a day of the
   * inspection or of publication, 0.6 its month and year, 0.3 its month or year; grade: 1 the draft gives the report's
   * overall grade; phrases: share of the draft's three-word phrases found; keywords: weighted share of the draft's
   * keywords (its most used words that fewest reports have) found; words: BM25. */
  evidence: { subject: number; dates: number; grade: number; quotesFound: number; quotes: number; phrases: number; keywords: number; words: number };
}
