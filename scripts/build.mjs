#!/usr/bin/env node
// `npm run build` (and the tests' global setup): three steps, in order.
// 1. tsc compiles src/ to dist/: the library entry (dist/index.js with its .d.ts) and every module
//    a caller may import on its own (dist/shipped/build.js for step 2, dist/corpus/synthetic.js …).
// 2. scripts/precompile.mjs validates the shipped rules and profiles into dist/shipped.json.
// 3. esbuild bundles the CLI into dist/cli.js, replacing tsc's: one file for the modules every
//    check loads, with what only some commands need (the corpus, the review screen, PDF, Word and
//    HTML input) split into dist/chunks/ and imported when used, and every dependency left in
//    node_modules, so ink, react, pdf.js and the rest still load only on their own paths. A check
//    then reads 11 of its own files instead of 128 (about 60 ms less CPU on the 2-core machine).
//    Splitting matters: without it esbuild inlines the review screen and hoists its ink and react
//    imports to the top of the bundle, and a check loads them (0.4 s more).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function step(what, args) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build: ${what} failed`);
    process.exit(r.status ?? 1);
  }
}

step('tsc', [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')]);
step('precompiling the shipped rules', [join(ROOT, 'scripts/precompile.mjs')]);

const { build } = await import('esbuild');
rmSync(join(ROOT, 'dist/chunks'), { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  tsconfig: 'tsconfig.build.json',
  sourcemap: true,
  logLevel: 'warning',
});
