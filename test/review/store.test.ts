import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { defaultReviewPath, loadReviewFile, saveReviewFile, type ReviewFile } from '../../src/review/store.js';

const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-review-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const file: ReviewFile = {
  version: 1,
  draft: 'seeds/drafts/local-news-2024.txt',
  decisions: [
    {
      claimText: 'took place over three weeks',
      start: 371,
      status: 'overridden',
      verdict: 'paraphrased',
      reason: 'the council counts the feedback week',
      decidedAt: '2026-11-23T03:30:00.000Z',
    },
    { claimText: 'since it was judged as requiring improvement', start: 202, status: 'rewrite', note: 'say 2019' },
    { claimText: 'Staff describe leaders as approachable, visible and supportive.', start: 1140, status: 'accepted' },
  ],
};

describe('review file', () => {
  it('lives next to the draft', () => {
    expect(defaultReviewPath('press/2024-01-lewisham.txt')).toBe('press/2024-01-lewisham.txt.claimcheck.json');
  });

  it('is empty when there is no file yet', () => {
    const dir = tmp();
    expect(loadReviewFile(join(dir, 'none.claimcheck.json'), 'd.txt')).toEqual({ version: 1, draft: 'd.txt', decisions: [] });
  });

  it('round-trips, in the shape the CI gate reads', () => {
    const path = join(tmp(), 'draft.txt.claimcheck.json');
    saveReviewFile(path, file);
    expect(loadReviewFile(path, 'other.txt')).toEqual(file);
    const raw = JSON.parse(readFileSync(path, 'utf8'));
    expect(Object.keys(raw)).toEqual(['version', 'draft', 'decisions']);
    expect(raw.decisions[1]).toEqual({ claimText: 'since it was judged as requiring improvement', start: 202, status: 'rewrite', note: 'say 2019' });
  });

  it('replaces the old file by rename and leaves no temporary file behind', () => {
    const dir = tmp();
    const path = join(dir, 'draft.txt.claimcheck.json');
    saveReviewFile(path, file);
    saveReviewFile(path, { ...file, decisions: file.decisions.slice(0, 1) });
    expect(readdirSync(dir)).toEqual(['draft.txt.claimcheck.json']);
    expect(loadReviewFile(path, 'x').decisions).toHaveLength(1);
  });

  it('keeps what was there when the write fails, and cleans up', () => {
    const dir = tmp();
    const path = join(dir, 'review.json');
    mkdirSync(path); // a folder where the file should go: the rename fails
    writeFileSync(join(path, 'keep'), 'x');
    expect(() => saveReviewFile(path, file)).toThrow();
    expect(readdirSync(dir)).toEqual(['review.json']);
    expect(readdirSync(path)).toEqual(['keep']);
  });

  it('refuses a file that is not JSON, naming it', () => {
    const path = join(tmp(), 'broken.json');
    writeFileSync(path, '{"version": 1, "draft": ');
    expect(() => loadReviewFile(path, 'd')).toThrow(InputError);
    expect(() => loadReviewFile(path, 'd')).toThrow(/broken\.json: not a readable review file/);
  });

  it('refuses a decision with an unknown status, saying where', () => {
    const path = join(tmp(), 'bad.json');
    writeFileSync(path, JSON.stringify({ version: 1, draft: 'd', decisions: [{ claimText: 'x', start: 0, status: 'approved' }] }));
    expect(() => loadReviewFile(path, 'd')).toThrow(/at decisions\.0\.status/);
  });

  it('refuses another version', () => {
    const path = join(tmp(), 'v2.json');
    writeFileSync(path, JSON.stringify({ version: 2, draft: 'd', decisions: [] }));
    expect(() => loadReviewFile(path, 'd')).toThrow(/at version/);
  });
});
