// Two review sessions on one draft (two terminals, two people on a shared folder) must not lose
// each other's decisions. Each save re-reads the file under a lock, applies only this session's
// own changes since its last load or save, and writes the result: the other session's decisions
// stay, and the caller is told how many there were.
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { writeFileAtomic, type WriteOptions } from '../fs/atomic.js';
import { loadReviewFile, type Decision, type ReviewFile } from './store.js';

const keyOf = (d: Decision) => `${d.start}\u0000${d.claimText}`;
const sameDecision = (a: Decision | undefined, b: Decision | undefined) => canonical(a) === canonical(b);
const canonical = (value: unknown): string =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`
    : JSON.stringify(value) ?? 'undefined';

/** This session's changes between two versions of its own decisions: upserts and removals by claim. */
function changes(before: readonly Decision[], after: readonly Decision[]): { upserts: Decision[]; removed: Set<string> } {
  const old = new Map(before.map((d) => [keyOf(d), d]));
  const now = new Set(after.map(keyOf));
  return { upserts: after.filter((d) => !sameDecision(old.get(keyOf(d)), d)), removed: new Set([...old.keys()].filter((k) => !now.has(k))) };
}

/** Applies changes to the file as it is now, keeping its order and everything else in it. */
export function mergeDecisions(current: readonly Decision[], before: readonly Decision[], after: readonly Decision[]): Decision[] {
  const { upserts, removed } = changes(before, after);
  const byKey = new Map(upserts.map((d) => [keyOf(d), d]));
  const out: Decision[] = [];
  for (const d of current) {
    const key = keyOf(d);
    if (removed.has(key) && !byKey.has(key)) continue;
    out.push(byKey.get(key) ?? d);
    byKey.delete(key);
  }
  return [...out, ...byKey.values()];
}

export interface SaveReport {
  /** Decisions in the file that another session saved since this one last read or wrote it. */
  fromOthers: number;
}

export class ReviewFileSync {
  private base: Decision[] = [];

  constructor(
    readonly path: string,
    readonly draft: string,
    private readonly write: WriteOptions = {},
  ) {}

  load(): ReviewFile {
    const file = loadReviewFile(this.path, this.draft);
    this.base = file.decisions;
    return file;
  }

  /** Tells the sync what this session's decisions are right after loading (matched to the claims). */
  rebase(decisions: readonly Decision[]): void {
    this.base = [...decisions];
  }

  save(ours: ReviewFile): SaveReport {
    return withLock(`${this.path}.lock`, () => {
      const current = existsSync(this.path) ? this.readRaw() : undefined;
      const currentDecisions = current ? loadReviewFile(this.path, this.draft).decisions : [];
      const known = new Map(this.base.map((d) => [keyOf(d), d]));
      const fromOthers = currentDecisions.filter((d) => !sameDecision(known.get(keyOf(d)), d)).length;
      const decisions = mergeDecisions(currentDecisions, this.base, ours.decisions);
      // fields of the file this version does not know are kept too
      const file = { ...current, ...ours, decisions };
      writeFileAtomic(this.path, JSON.stringify(file, null, 2) + '\n', this.write);
      this.base = ours.decisions;
      return { fromOthers };
    });
  }

  private readRaw(): Record<string, unknown> {
    return JSON.parse(readFileSync(this.path, 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
  }
}

const LOCK_STALE_MS = 10_000;
const LOCK_WAIT_MS = 3_000;

/** Runs `work` holding an exclusive lock file; a lock older than ten seconds is a crashed session's. */
function withLock<T>(lock: string, work: () => T): T {
  const started = Date.now();
  for (;;) {
    try {
      closeSync(openSync(lock, 'wx'));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new InputError(lock, `cannot be created (${(error as NodeJS.ErrnoException).code}); the decisions were not saved`);
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // released meanwhile
      }
      if (age > LOCK_STALE_MS) rmSync(lock, { force: true });
      else if (Date.now() - started > LOCK_WAIT_MS) throw new InputError(lock, 'is held by another review session; the decisions were not saved (try again)');
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}
