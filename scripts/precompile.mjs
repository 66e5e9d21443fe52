#!/usr/bin/env node
// Build step (after tsc): validates the shipped rules and profiles once, into dist/shipped.json,
// which a check reads instead of the YAML (see src/shipped/), and reads every WordNet lemma's senses
// and antonyms into dist/wordnet-senses.txt (see src/align/meaning/sense-table.ts).
import { writeFileSync } from 'node:fs';
const { buildPrecompiled, buildSenseTable } = await import('../dist/shipped/build.js');
const { PRECOMPILED_FILE, SENSE_TABLE_FILE } = await import('../dist/package-root.js');
writeFileSync(PRECOMPILED_FILE, JSON.stringify(buildPrecompiled()));
writeFileSync(SENSE_TABLE_FILE, buildSenseTable());
