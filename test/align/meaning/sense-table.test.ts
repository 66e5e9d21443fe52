// The build's table of WordNet senses (src/align/meaning/sense-table.ts) answers as WordNet read
// directly does: every word of a real report, its senses matched against the others, and its tag count.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatSenseTable, openSenseTable, type LemmaEntry } from '../../../src/align/meaning/sense-table.js';
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

describe('a sense table file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-senses-'));
  const entries = new Map<string, LemmaEntry>([
    ['praise', { count: 40, byPos: [{ own: ['n1'], up: ['n1'] }, { own: ['v1', 'v2'], up: ['v1', 'v2', 'v9'] }, undefined, undefined], antonyms: [] }],
    ['praised', { count: 0, byPos: [undefined, undefined, { own: ['a1'], up: ['a1'] }, undefined], antonyms: [] }],
    // a lemma shorter than a group's name, and one only an antonym list names
    ['go', { count: 9, byPos: [undefined, { own: ['v3'], up: ['v3'] }, undefined, undefined], antonyms: ['stop'] }],
    ['go-ahead', { count: 1, byPos: [{ own: ['n4'], up: ['n4'] }, undefined, undefined, undefined], antonyms: [] }],
    ['goal', { count: 5, byPos: [{ own: ['n5'], up: ['n5'] }, undefined, undefined, undefined], antonyms: [] }],
    ['timely', { count: 2, byPos: [undefined, undefined, { own: ['a2'], up: ['a2'] }, undefined], antonyms: ['untimely', 'late'] }],
    ['untimely', { count: 0, byPos: [undefined, undefined, undefined, undefined], antonyms: ['timely'] }],
    // a lemma that ends with a shorter one of its group: a line is found only from its start
    ['prapra', { count: 6, byPos: [undefined, undefined, undefined, undefined], antonyms: [] }],
    ['zeal', { count: 3, byPos: [{ own: ['n2'], up: ['n2'] }, undefined, undefined, undefined], antonyms: [] }],
  ]);
  const write = (name: string, data: Buffer | string) => {
    writeFileSync(join(dir, name), data);
    return join(dir, name);
  };

  it('gives back each lemma as written, across groups, and nothing for a lemma it lacks', () => {
    const lookup = openSenseTable(write('table.txt', formatSenseTable('3.1', entries)), '3.1')!;
    // synset keys are renumbered in the order the sorted lemmas meet them: go, go-ahead, goal, praise …
    expect(lookup('praise')).toEqual({ count: 40, byPos: [{ own: ['3'], up: ['3'] }, { own: ['4', '5'], up: ['4', '5', '6'] }, undefined, undefined], antonyms: [] });
    expect(lookup('praised')?.byPos[2]).toEqual({ own: ['7'], up: ['7'] });
    expect(lookup('zeal')?.count).toBe(3);
    expect(lookup('go')).toEqual({ count: 9, byPos: [undefined, { own: ['0'], up: ['0'] }, undefined, undefined], antonyms: ['stop'] });
    expect(lookup('go-ahead')?.count).toBe(1);
    expect(lookup('goal')?.count).toBe(5);
    expect(lookup('timely')?.antonyms).toEqual(['untimely', 'late']);
    expect(lookup('untimely')).toEqual({ count: 0, byPos: [undefined, undefined, undefined, undefined], antonyms: ['timely'] });
    expect(lookup('prapra')?.count).toBe(6);
    for (const missing of ['praiser', 'pra', 'quiet', 'g', 'goa', 'aardvark', 'zzz', 'praise\u2019', '']) expect(lookup(missing)).toBeUndefined();
    // asked again, from what was read the first time
    expect(lookup('praise')?.count).toBe(40);
    expect(lookup('pra')).toBeUndefined();
  });

  it('finds every group of a table of thousands by its table of contents', () => {
    const many = new Map<string, LemmaEntry>();
    const letters = 'abcdefghijklmnopqrstuvwxyz-';
    for (let i = 0; i < 5000; i++) {
      const lemma = [i % 27, Math.floor(i / 27) % 27, Math.floor(i / 729)].map((n) => letters[n]).join('') + (i % 3 ? 'x' : '');
      many.set(lemma, { count: i, byPos: [undefined, undefined, undefined, undefined], antonyms: [] });
    }
    const lookup = openSenseTable(write('many.txt', formatSenseTable('3.1', many)), '3.1')!;
    for (const [lemma, entry] of many) expect(lookup(lemma)?.count).toBe(entry.count);
    expect(lookup('zzzz')).toBeUndefined();
  });

  it('is no table when it is of another WordNet, another layout, or unreadable', () => {
    expect(openSenseTable(write('other.txt', formatSenseTable('3.0', entries)), '3.1')).toBeUndefined();
    expect(openSenseTable(write('old.txt', '{"wordnet":"3.1","groups":{"pra":[0,10]}}\npraise 1|||\n'), '3.1')).toBeUndefined();
    expect(openSenseTable(write('lists.txt', '{"wordnet":"3.1","groups":"pra","ends":[13]}\npraise 1||||\n'), '3.1')).toBeUndefined();
    expect(openSenseTable(write('short.txt', '{"wordnet":"3.1","layout":3,"names":"pra","ends":"00"}\npraise 1|||||\n'), '3.1')).toBeUndefined();
    expect(openSenseTable(write('broken.txt', 'not a table'), '3.1')).toBeUndefined();
    expect(openSenseTable(join(dir, 'missing.txt'), '3.1')).toBeUndefined();
  });
});
