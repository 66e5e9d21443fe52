#!/usr/bin/env node
// Benchmark: corpora of 10, 100 and 1,000 synthetic reports made from the seed report, plus the
// seed report itself. Measures index build time and peak memory, per-claim lookup latency, the
// same lookups done naively (every claim against every sentence with string-similarity), and
// end-to-end `check` time for each seed draft, alone and against each corpus. No downloads.
//   npm run bench [-- --sizes 10,100,1000]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli.js');
const SEED = join(ROOT, 'seeds/source/lewisham-2023-ofsted-report.txt');
const DRAFTS = readdirSync(join(ROOT, 'seeds/drafts')).sort().map((n) => join(ROOT, 'seeds/drafts', n));
const args = process.argv.slice(2);
const sizes = (args[args.indexOf('--sizes') + 1] && args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '10,100,1000').split(',').map(Number);

const { syntheticReport } = await import(join(ROOT, 'dist/corpus/synthetic.js'));
const { openIndex, rankDocuments } = await import(join(ROOT, 'dist/corpus/index.js'));
const { extractClaims } = await import(join(ROOT, 'dist/extract/claims.js'));
const { lexicon } = await import(join(ROOT, 'dist/rules/lexicon.js'));
const { loadRuleSet } = await import(join(ROOT, 'dist/rules/load.js'));
const stringSimilarity = createRequire(import.meta.url)('string-similarity');

const hasTime = existsSync('/usr/bin/time');
/** Runs the CLI, returning wall seconds and peak resident MB. */
function timed(cliArgs) {
  const t = process.hrtime.bigint();
  const cmd = hasTime ? ['/usr/bin/time', ['-f', 'RSS_KB=%M', process.execPath, CLI, ...cliArgs]] : [process.execPath, [CLI, ...cliArgs]];
  const r = spawnSync(cmd[0], cmd[1], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (![0, 1].includes(r.status)) throw new Error(`claimcheck ${cliArgs.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { seconds, rssMb: Number(/RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024 };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p99 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))];
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

const lex = lexicon(loadRuleSet());
const claims = DRAFTS.flatMap((d) => extractClaims({ path: d, text: readFileSync(d, 'utf8'), format: 'text' }, lex).claims.filter((c) => c.kind !== 'statement'));
const seedText = readFileSync(SEED, 'utf8');
const results = { date: new Date().toISOString().slice(0, 10), node: process.version, claims: claims.length, single: {}, sizes: [] };

// one draft against the one report, end to end, Node start-up included
for (const d of DRAFTS) {
  const runs = [0, 1, 2].map(() => timed(['check', d, '--source', SEED, '--format', 'json']).seconds);
  results.single[d.split('/').pop()] = round(median(runs), 3);
}

for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `claimcheck-bench-${size}-`));
  mkdirSync(join(dir, 'reports'));
  for (let i = 0; i < size; i++) writeFileSync(join(dir, 'reports', `r${String(i).padStart(4, '0')}.txt`), syntheticReport(seedText, 'Lewisham', i));
  writeFileSync(join(dir, 'reports', 'lewisham.txt'), seedText);
  const indexFile = join(dir, 'index.json');
  const build = timed(['index', join(dir, 'reports'), '--index', indexFile]);
  const rebuild = timed(['index', join(dir, 'reports'), '--index', indexFile]);

  // heap held by the loaded index and its postings (run with --expose-gc so collection settles first)
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  const index = openIndex(indexFile);
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  globalThis.gc?.();
  const indexMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  const lookups = claims.map((c) => {
    const s = process.hrtime.bigint();
    rankDocuments(index, c.tokens, 3);
    return Number(process.hrtime.bigint() - s) / 1e6;
  });

  // the naive reference: every claim against every sentence of every report
  const sentences = readdirSync(join(dir, 'reports')).flatMap((n) => readFileSync(join(dir, 'reports', n), 'utf8').split(/(?<=[.!?])\s+/));
  const sample = claims.filter((_, i) => i % Math.ceil(claims.length / (size >= 1000 ? 4 : 12)) === 0);
  const naive = sample.map((c) => {
    const text = c.tokens.map((t) => t.word).join(' ');
    const s = process.hrtime.bigint();
    let best = 0;
    for (const sentence of sentences) best = Math.max(best, stringSimilarity.compareTwoStrings(text, sentence.toLowerCase()));
    return Number(process.hrtime.bigint() - s) / 1e6;
  });

  const endToEnd = {};
  for (const d of DRAFTS) endToEnd[d.split('/').pop()] = round(timed(['check', d, '--index', indexFile, '--format', 'json']).seconds, 3);
  results.sizes.push({
    reports: size + 1,
    indexBuildSeconds: round(build.seconds),
    indexBuildPeakMb: round(build.rssMb, 1),
    indexRebuildUnchangedSeconds: round(rebuild.seconds),
    indexFileMb: round(readFileSync(indexFile).length / 2 ** 20, 1), // the index file (dictionary, postings, records); stem counts and texts are in <index>.d/
    indexLoadMs: round(loadMs, 1),
    indexResidentMb: round(indexMb, 1),
    lookupMedianMs: round(median(lookups), 3),
    lookupP99Ms: round(p99(lookups), 3),
    naiveMedianMs: round(median(naive), 1),
    naiveOverIndexed: round(median(naive) / median(lookups), 0),
    checkSeconds: endToEnd,
  });
  console.error(`${size + 1} reports done`);
}

// how lookup time grows with the corpus: the slope of log(time) against log(size)
const [first, last] = [results.sizes[0], results.sizes[results.sizes.length - 1]];
if (first !== last) results.lookupExponent = round(Math.log(last.lookupMedianMs / first.lookupMedianMs) / Math.log(last.reports / first.reports), 2);

const out = join(ROOT, 'bench/results', `${results.date}.json`);
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
console.log('| reports | index build | peak MB | index heap MB | lookup median / p99 ms | naive median ms | naive ÷ indexed | check (local news) s |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of results.sizes) {
  console.log(`| ${r.reports} | ${r.indexBuildSeconds} s | ${r.indexBuildPeakMb} | ${r.indexResidentMb} | ${r.lookupMedianMs} / ${r.lookupP99Ms} | ${r.naiveMedianMs} | ${r.naiveOverIndexed}× | ${r.checkSeconds['local-news-2024.txt']} |`);
}
console.log(`single report, end to end (median of 3, s): ${JSON.stringify(results.single)}`);
if (results.lookupExponent !== undefined) console.log(`lookup time grows as corpus size^${results.lookupExponent}`);
console.log(`results: ${out}`);
