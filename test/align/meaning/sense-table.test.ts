// The build's table of WordNet senses (src/align/meaning/sense-table.ts) answers as WordNet read
// directly does: every word of a real report, its senses matched against the others, and its tag count.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { meaningMatcher, tagCount } from '../../../src/align/meaning/senses.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const words = [...new Set(readFileSync(join(ROOT, 'seeds/source/lewisham-2023-ofsted-report.txt'), 'utf8').toLowerCase().match(/[a-z][a-z'-]*/g))].sort();
/** Each word against the words after it, and each word's tag count. */
const answers = `(words, meaningMatcher, tagCount) => words.map((w, i) => [tagCount(w), words.slice(i + 1, i + 40).filter(meaningMatcher([w])).join(' ')])`;

describe('the built sense table', () => {
  it('gives every word of a report the matches and tag count WordNet gives it', () => {
    expect(existsSync(join(ROOT, 'dist/wordnet-senses.txt'))).toBe(true);
    const script = `
      const { meaningMatcher, tagCount } = await import('./dist/align/meaning/senses.js');
      const words = JSON.parse((await import('node:fs')).readFileSync(0, 'utf8'));
      process.stdout.write(JSON.stringify((${answers})(words, meaningMatcher, tagCount)));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, input: JSON.stringify(words), encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(r.stderr);
    const built = JSON.parse(r.stdout) as Array<[number, string]>;
    const direct = (new Function(`return ${answers}`)() as (w: string[], m: typeof meaningMatcher, t: typeof tagCount) => Array<[number, string]>)(words, meaningMatcher, tagCount);
    expect(words.length).toBeGreaterThan(1000);
    expect(built).toEqual(direct);
    // the comparison is of something: common words are counted, and some words meet others
    expect(direct.filter(([n]) => n > 100).length).toBeGreaterThan(100);
    expect(direct.filter(([, m]) => m).length).toBeGreaterThan(20);
  }, 60000);
});
