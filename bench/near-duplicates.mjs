#!/usr/bin/env node
// Benchmark: the corpus choice among near-duplicates. The 90 dev-report PDFs (as text), plus, for
// some councils' latest reports, synthetic copies made by putting another council's name in, shifting
// the years and swapping a few words (src/corpus/synthetic.ts). For each of those reports, two press
// items of our own making — one naming the council, one giving only the inspection's last day and
// three quotes — are checked with `claimcheck check --index`, each as its own process, timed
// whole; the real report must be the one chosen (a miss fails the run, exit 1). Needs ../shared/eval/dev-reports beside the
// checkout (skipped otherwise). Results: bench/results/<date>-near-duplicates.json.
//   npm run bench:corpus [-- --targets 10 --copies 20]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli.js');
const REPORTS = join(ROOT, '../shared/eval/dev-reports');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const TARGETS = option('--targets', 10);
const COPIES = option('--copies', 20);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

if (!existsSync(join(REPORTS, 'ground-truth.json'))) {
  console.log(`near-duplicate corpus skipped: no ${REPORTS}`);
  process.exit(0);
}

const { decodeCached, userCacheDir } = await import(join(ROOT, 'dist/corpus/text-cache.js'));
const { reportFacts } = await import(join(ROOT, 'dist/corpus/report-facts.js'));
const { subjectWords } = await import(join(ROOT, 'dist/corpus/names.js'));
const { quotableSentences, syntheticReport } = await import(join(ROOT, 'dist/corpus/synthetic.js'));
const { lexicon } = await import(join(ROOT, 'dist/rules/lexicon.js'));
const { loadRuleSet } = await import(join(ROOT, 'dist/rules/load.js'));
const lex = lexicon(loadRuleSet());

/** Runs the CLI as its own process: wall seconds, and what it wrote. */
function run(cliArgs) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...cliArgs], { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (![0, 1].includes(r.status)) throw new Error(`claimcheck ${cliArgs.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { seconds: Number(process.hrtime.bigint() - t) / 1e9, stdout: r.stdout };
}
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

const truth = JSON.parse(readFileSync(join(REPORTS, 'ground-truth.json'), 'utf8')).reports;
const dir = mkdtempSync(join(tmpdir(), 'claimcheck-near-'));
mkdirSync(join(dir, 'reports'));
mkdirSync(join(dir, 'drafts'));

// every PDF as text (the PDFs' text is cached by content hash, as `check --source` keeps it)
const real = new Map();
for (const folder of [...new Set(truth.map((t) => dirname(t.file)))]) {
  for (const name of readdirSync(join(REPORTS, folder)).filter((f) => f.endsWith('.pdf')).sort()) {
    const input = await decodeCached(join(REPORTS, folder, name), readFileSync(join(REPORTS, folder, name)), userCacheDir());
    const path = join(dir, 'reports', `${folder}--${basename(name, '.pdf')}.txt`);
    writeFileSync(path, input.text);
    real.set(join(folder, name), { path, text: input.text });
  }
}

// near-duplicates of the latest reports of councils with a one-word name (so that the copies can take another)
const targets = [];
let n = 0;
for (const t of [...truth].sort((a, b) => (a.file < b.file ? -1 : 1))) {
  if (targets.length >= TARGETS) break;
  const { path, text } = real.get(t.file);
  const facts = reportFacts({ path, text, format: 'text' }, lex);
  const words = facts.subject ? subjectWords(facts.subject, lex) : [];
  const name = words.length === 1 ? (new RegExp(`\\b${words[0]}\\b`, 'i').exec(text)?.[0] ?? '') : '';
  if (!name || !facts.inspected || quotableSentences(text).length < 10) continue;
  for (let k = 0; k < COPIES; k++, n++) writeFileSync(join(dir, 'reports', `near-${String(n).padStart(4, '0')}.txt`), syntheticReport(text, name, n, 7));
  targets.push({ t, path, text, name, ended: facts.inspected.end });
}

const indexFile = join(dir, 'index.json');
const build = run(['index', join(dir, 'reports'), '--index', indexFile]);

/** A press item quoting three of the report's sentences, led by `lead`. */
function draft(text, lead) {
  const s = quotableSentences(text);
  const [a, b, c] = [0.3, 0.5, 0.7].map((f) => s[Math.floor(s.length * f)]);
  return `${lead}\n\nInspectors said: \u201C${a}\u201D\n\nThe report also found: \u201C${b}\u201D\n\n\u201C${c}\u201D the inspectors wrote.\n`;
}

const checks = [];
for (const [i, { t, path, text, name, ended }] of targets.entries()) {
  const [year, month, day] = ended.split('-').map(Number);
  const leads = {
    named: `${name} Council\u2019s children\u2019s services have been judged \u201C${t.overall_effectiveness.toLowerCase()}\u201D by Ofsted.`,
    unnamed: `Ofsted has published its report on the council\u2019s children\u2019s services, after an inspection that ended on ${day} ${MONTHS[month - 1]} ${year}.`,
  };
  for (const [kind, lead] of Object.entries(leads)) {
    const file = join(dir, 'drafts', `${i}-${kind}.txt`);
    writeFileSync(file, draft(text, lead));
    const r = run(['check', file, '--index', indexFile, '--format', 'json']);
    const { chosen, candidates } = JSON.parse(r.stdout).corpus;
    const scoreOf = (p) => candidates.find((c) => c.path === p)?.score;
    // a copy that ties with the real report has all the evidence the draft gives: no reader could tell them apart
    checks.push({ report: t.file, kind, won: chosen[0].path === path, chosen: basename(chosen[0].path), tied: scoreOf(chosen[0].path) === scoreOf(path), seconds: r.seconds });
  }
}

rmSync(dir, { recursive: true, force: true });
const seconds = checks.map((c) => c.seconds);
const byKind = (kind) => checks.filter((c) => c.kind === kind);
const results = {
  date: new Date().toISOString().slice(0, 10),
  node: process.version,
  reports: real.size + n,
  realReports: real.size,
  nearDuplicates: n,
  targets: targets.length,
  indexBuildSeconds: round(build.seconds),
  winRate: { named: round(byKind('named').filter((c) => c.won).length / byKind('named').length), unnamed: round(byKind('unnamed').filter((c) => c.won).length / byKind('unnamed').length) },
  checkIndexSeconds: { median: round(quantile(seconds, 0.5), 3), p90: round(quantile(seconds, 0.9), 3), max: round(Math.max(...seconds), 3) },
  misses: checks.filter((c) => !c.won).map(({ report, kind, chosen, tied }) => ({ report, kind, chosen, tied })),
};
const out = join(ROOT, 'bench/results', `${results.date}-near-duplicates.json`);
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
console.log(`near-duplicate corpus: ${results.realReports} real reports + ${n} near-duplicates of ${targets.length}; index built in ${results.indexBuildSeconds} s`);
console.log(`real report chosen: named drafts ${results.winRate.named * 100}%, unnamed drafts ${results.winRate.unnamed * 100}%`);
console.log(`check --index, whole process: median ${results.checkIndexSeconds.median} s, p90 ${results.checkIndexSeconds.p90} s, max ${results.checkIndexSeconds.max} s`);
console.log(`results: ${out}`);
if (results.misses.length) process.exitCode = 1;
