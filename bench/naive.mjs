#!/usr/bin/env node
// The obvious baseline claimcheck must beat (issue 16), written for the bench: every sentence of
// the draft looked up in the report by exact substring, else scored by Dice (string-similarity)
// against every sentence of the report; the best match printed as JSON.
//   node bench/naive.mjs draft.txt report.txt
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { compareTwoStrings } = createRequire(import.meta.url)('string-similarity');
const [draftPath, sourcePath] = process.argv.slice(2);
const sentences = (text) => text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s.split(/\s+/).length >= 3);
const source = readFileSync(sourcePath, 'utf8');
const lower = source.toLowerCase();
const reportSentences = sentences(source).map((s) => s.toLowerCase());
const results = sentences(readFileSync(draftPath, 'utf8')).map((claim) => {
  const c = claim.toLowerCase();
  if (lower.includes(c)) return { claim, verdict: 'verbatim', score: 1 };
  let best = 0;
  let at = '';
  for (const s of reportSentences) {
    const score = compareTwoStrings(c, s);
    if (score > best) [best, at] = [score, s];
  }
  return { claim, verdict: best >= 0.5 ? 'paraphrased' : 'unsupported', score: best, evidence: at };
});
process.stdout.write(JSON.stringify(results, null, 2) + '\n');
