// Balanced accuracy of claimcheck on the edited-claim pairs of test/fixtures/edits/pairs.json
// (SummEdits / InSciOut-style: a claim consistent with the report, or one small edit away from it).
// A claim counts as judged consistent when it comes out verbatim or paraphrased.
// usage: npm run build && node bench/edits.mjs [--verbose]
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import { check, loadRuleSet } from '../dist/index.js';

const root = new URL('..', import.meta.url);
const { pairs } = JSON.parse(readFileSync(new URL('test/fixtures/edits/pairs.json', root), 'utf8'));
const sources = { seed: { path: 'source.txt', text: readFileSync(new URL('seeds/source/lewisham-2023-ofsted-report.txt', root), 'utf8'), format: 'text' } };
const rules = loadRuleSet();
const verbose = process.argv.includes('--verbose');
const tally = { consistent: [0, 0], inconsistent: [0, 0] };
for (const p of pairs) {
  const claims = check([{ path: 'draft.txt', text: p.claim, format: 'text' }], [sources[p.source]], { rules }).documents[0].claims.filter((c) => c.kind !== 'statement');
  const inconsistent = claims.length === 0 || claims.some((c) => c.verdict === 'contradictory' || c.verdict === 'unsupported');
  const right = (p.label === 'inconsistent') === inconsistent;
  tally[p.label][0] += right ? 1 : 0;
  tally[p.label][1] += 1;
  if (verbose && !right) console.log(`miss [${p.label}/${p.edit}] ${p.claim} -> ${claims.map((c) => `${c.verdict}(${c.reasons[0]?.rule})`).join(', ')}`);
}
const recall = (k) => tally[k][0] / tally[k][1];
console.log(`pairs=${pairs.length} consistent=${tally.consistent.join('/')} inconsistent=${tally.inconsistent.join('/')} balancedAccuracy=${(((recall('consistent') + recall('inconsistent')) / 2) * 100).toFixed(1)}%`);
