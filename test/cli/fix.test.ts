import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCapture as run, SOURCE_PATH } from '../helpers.js';

const dir = () => mkdtempSync(join(tmpdir(), 'claimcheck-fix-'));

describe('claimcheck fix', () => {
  it("on the seed recruitment draft: a diff by default, the source's words with --write, verbatim after", async () => {
    const d = dir();
    const draft = join(d, 'recruitment.txt');
    copyFileSync(`${ROOT}seeds/drafts/recruitment-site-news-2024.txt`, draft);
    const before = readFileSync(draft, 'utf8');

    const shown = await run(['fix', draft, '--source', SOURCE_PATH]);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/^-.*Executive Director for Children and Young People and his/m);
    expect(shown.stdout).toMatch(/^\+.*Executive Director for Children & Young People \(DCS\) and his/m);
    expect(shown.stderr).toBe('claimcheck fix: 1 misquote to fix in 1 draft (--write applies them)\n');
    expect(readFileSync(draft, 'utf8')).toBe(before);

    const written = await run(['fix', draft, '--source', SOURCE_PATH, '--write']);
    expect(written.status).toBe(0);
    const after = readFileSync(draft, 'utf8');
    // one line changed, in the quote only; the quotation marks and every other byte as they were
    const [a, b] = [before.split('\n'), after.split('\n')];
    expect(b.length).toBe(a.length);
    expect(a.filter((line, i) => line !== b[i])).toHaveLength(1);
    expect(after.replace('Children & Young People (DCS) and', 'Children and Young People and')).toBe(before);
    expect(readdirSync(d)).toEqual(['recruitment.txt']);

    const checked = JSON.parse((await run(['check', draft, '--source', SOURCE_PATH, '--format', 'json'])).stdout);
    const quote = checked.documents[0].claims.find((c: { text: string }) => c.text.startsWith('A determined focus'));
    expect(quote).toMatchObject({ verdict: 'verbatim' });
    expect((await run(['fix', draft, '--source', SOURCE_PATH])).stderr).toBe('claimcheck fix: no misquote to fix\n');
  }, 30_000); // four checks of a whole draft against the seed report

  it('refuses what it cannot rewrite byte for byte', async () => {
    const d = dir();
    const draft = join(d, 'draft.txt');
    // Windows-1252 curly quotes: rewriting as UTF-8 would change every other character too
    writeFileSync(draft, Buffer.from([...Buffer.from('Ofsted found that '), 0x93, ...Buffer.from('staff say leaders are approachable, visible and supportive'), 0x94, 0x2e]));
    const r = await run(['fix', draft, '--source', SOURCE_PATH, '--write']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/draft\.txt: is not UTF-8/);
  });
});
