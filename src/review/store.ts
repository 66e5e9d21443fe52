// The review file: what a person decided about each claim of one draft, kept next to the draft as
// `<draft>.claimcheck.json`. The review screen writes it; a CI gate reads it with `loadReviewFile`
// and `matchDecisions`. Shape (version 1):
//   { "version": 1, "draft": "<path>", "decisions": [{ "claimText", "start", "status", "verdict"?,
//     "reason"?, "note"?, "decidedAt"? }] }
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { onFirstUse, zodModule } from '../lazy/modules.js';
import { InputError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { VERDICTS, type Verdict } from '../types.js';

export type DecisionStatus = 'accepted' | 'overridden' | 'rewrite';
export const DECISION_STATUSES: readonly DecisionStatus[] = ['accepted', 'overridden', 'rewrite'];

export interface Decision {
  /** The claim's text when the decision was made, exactly as in the draft. */
  claimText: string;
  /** The claim's start offset in the draft (UTF-16 code units) when the decision was made. */
  start: number;
  status: DecisionStatus;
  /** For `overridden`: the verdict the reviewer gives instead of the tool's. */
  verdict?: Verdict;
  /** Why: "quote is from the 2025 letter, not this report". */
  reason?: string;
  note?: string;
  /** ISO 8601 time of the decision. */
  decidedAt?: string;
}

export interface ReviewFile {
  version: 1;
  draft: string;
  decisions: Decision[];
}

// loose objects: fields a newer claimcheck (or a person) added are kept through a load and a save
const reviewFileSchema = onFirstUse(() => {
  const z = zodModule();
  const decision = z.looseObject({
    claimText: z.string(),
    start: z.number().int().nonnegative(),
    status: z.enum(DECISION_STATUSES as [DecisionStatus, ...DecisionStatus[]]),
    verdict: z.enum(VERDICTS as [Verdict, ...Verdict[]]).optional(),
    reason: z.string().optional(),
    note: z.string().optional(),
    decidedAt: z.string().optional(),
  });
  return z.looseObject({
    version: z.literal(1),
    draft: z.string(),
    decisions: z.array(decision),
  });
});

/** Where the review file of a draft lives unless the user says otherwise: next to the draft. */
export function defaultReviewPath(draft: string): string {
  return `${draft}.claimcheck.json`;
}

/** Reads a review file. A missing file is an empty review; a file that is not a review file is an
 * InputError (never overwritten, so nobody's decisions are lost to a typo in a path). */
export function loadReviewFile(path: string, draft: string): ReviewFile {
  if (!existsSync(path)) return { version: 1, draft, decisions: [] };
  let raw: unknown;
  try {
    // editors on Windows save JSON with a byte-order mark
    raw = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(path, `not a readable review file (${(error as Error).message})`);
  }
  const parsed = reviewFileSchema().safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new InputError(path, `not a claimcheck review file${where}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data as ReviewFile;
}

/** Why a review file's decisions are not for this draft (it names another file), or undefined.
 * Names are compared, not paths: the same draft is `press/x.md` from the repository and `x.md`
 * from its folder. */
export function draftMismatch(file: ReviewFile, path: string, draft: string): string | undefined {
  if (basename(file.draft) === basename(draft)) return undefined;
  return `${path} holds decisions for '${file.draft}', not '${draft}'; they are not applied`;
}

/** Writes the review file atomically (see `writeFileAtomic`). */
export function saveReviewFile(path: string, file: ReviewFile): void {
  writeFileAtomic(path, JSON.stringify(file, null, 2) + '\n');
}
