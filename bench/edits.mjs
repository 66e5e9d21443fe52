// Balanced accuracy of claimcheck on the edited-claim pairs of test/fixtures/edits/pairs.json
// (SummEdits / InSciOut-style: a claim consistent with the report, or one small edit away from it).
// A claim counts as judged consistent when it comes out verbatim or paraphrased.
// usage: npm run build && node bench/edits.mjs [--verbose]
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import { check, loadRuleSet } from '../dist/index.js';

const root = new URL('..', import.meta.url);
const { pairs } = JSON.parse(readFileSync(new URL('test/fixtures/edits/pairs.json', root), 'utf8'));
const report = (path) => ({ path, text: readFileSync(new URL(path, root), 'utf8'), format: 'text' });
// the seed report, a second one (Crown copyright, text of the PDF) the checks were not written against, and a
// statistics bulletin's opening (Crown copyright) whose pairs were written before any check ran on them
const sources = { seed: report('seeds/source/lewisham-2023-ofsted-report.txt'), greenwich: report('test/fixtures/edits/greenwich-2024-ofsted-report.txt'), ons: report('test/fixtures/edits/ons-employment-2020-10-bulletin.txt') };
const rules = loadRuleSet();
const verbose = process.argv.includes('--verbose');
const tally = { consistent: [0, 0], inconsistent: [0, 0] };
const bySource = {};
for (const p of pairs) {
  const claims = check([{ path: 'draft.txt', text: p.claim, format: 'text' }], [sources[p.source]], { rules }).documents[0].claims.filter((c) => c.kind !== 'statement');
  const inconsistent = claims.length === 0 || claims.some((c) => c.verdict === 'contradictory' || c.verdict === 'unsupported');
  const right = (p.label === 'inconsistent') === inconsistent;
  tally[p.label][0] += right ? 1 : 0;
  tally[p.label][1] += 1;
  const t = (bySource[p.source] ??= { consistent: [0, 0], inconsistent: [0, 0] });
  t[p.label][0] += right ? 1 : 0;
  t[p.label][1] += 1;
  if (verbose && !right) console.log(`miss [${p.label}/${p.edit}] ${p.claim} -> ${claims.map((c) => `${c.verdict}(${c.reasons[0]?.rule})`).join(', ')}`);
}
const balanced = (t) => ((t.consistent[0] / t.consistent[1] + t.inconsistent[0] / t.inconsistent[1]) / 2) * 100;
for (const [name, t] of Object.entries(bySource)) console.log(`${name}: consistent=${t.consistent.join('/')} inconsistent=${t.inconsistent.join('/')} balancedAccuracy=${balanced(t).toFixed(1)}%`);
console.log(`pairs=${pairs.length} consistent=${tally.consistent.join('/')} inconsistent=${tally.inconsistent.join('/')} balancedAccuracy=${balanced(tally).toFixed(1)}%`);
