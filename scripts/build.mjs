#!/usr/bin/env node
// `npm run build` (and the tests' global setup): four steps, in order.
// 1. tsc compiles src/ to dist/: the library entry (dist/index.js with its .d.ts) and every module
//    a caller may import on its own (dist/shipped/build.js for step 2, dist/corpus/synthetic.js …).
// 2. scripts/precompile.mjs validates the shipped rules and profiles into dist/shipped.json.
// 3. esbuild bundles the CLI, replacing tsc's dist/cli.js: that entry only loads
//    dist/bundle/claimcheck.cjs (all of the CLI's own code, CommonJS) through src/compile-cache.ts,
//    which gives V8 the code it compiled on the last run of the same command; the review screen is
//    dist/bundle/tui.js, an ES module. The few small dependencies every check runs (INLINED below)
//    are bundled with it, so their code is cached too; the rest stay in node_modules, so ink,
//    react, pdf.js and the others still load only on their own paths.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
rmSync(join(ROOT, 'dist/bundle'), { recursive: true, force: true });
const common = { absWorkingDir: ROOT, bundle: true, platform: 'node', target: 'node20', packages: 'external', tsconfig: 'tsconfig.build.json', sourcemap: true, logLevel: 'warning' };

// the entry: a few lines that load the CLI bundle with its cached code (src/compile-cache.ts). It
// is CommonJS (dist/cli.cjs, the package's bin): an ES module as the main file costs Node about
// 8 ms more to start. dist/cli.js, which tsc wrote, becomes an ES module that runs it, for
// `node dist/cli.js`.
const fileUrl = { define: { 'import.meta.url': '__claimcheckUrl' }, banner: { js: 'var __claimcheckUrl = require("node:url").pathToFileURL(__filename).href;' } };
await build({ ...common, ...fileUrl, entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, format: 'cjs' });
writeFileSync(join(ROOT, 'dist/cli.js'), "#!/usr/bin/env node\n// `node dist/cli.js`: the CLI's entry is dist/cli.cjs (see scripts/build.mjs)\nimport './cli.cjs';\n");
rmSync(join(ROOT, 'dist/cli.js.map'), { force: true });

// the review screen, an ES module of its own: ink cannot be require()d (it awaits at top level)
await build({ ...common, entryPoints: { tui: 'src/tui/run.tsx' }, outdir: 'dist/bundle', format: 'esm' });

// the CLI: CommonJS, since only a vm.Script (not an ES module) can be given cached code on Node 20.
// Its `import()`s of ES modules (pdf.js, mammoth, diff's patch, the review screen) go through the
// loader's importer, as import() cannot run inside a vm.Script without an experimental flag.
const reviewScreen = {
  name: 'review-screen',
  setup(b) {
    b.onResolve({ filter: /[\\/]tui[\\/]run\.js$/ }, () => ({ path: './tui.js', external: true }));
  },
};
// commander, the stemmer and stop words, string-similarity and diff's array diff run on every
// check: inside the bundle they need no module resolution (stat calls, package.json reads, the
// exports checks) and share its cached code, where from node_modules Node 20 compiles them anew
// on each run. Everything else stays external.
const INLINED = /^(?:commander|string-similarity|diff\/lib\/diff\/array\.js|natural\/lib\/natural\/(?:stemmers\/porter_stemmer|util\/stopwords)\.js)$/;
// commander requires node:child_process at load, for executable subcommands claimcheck has none of;
// loading it (with net and dgram) costs a few ms of every run, so commander gets it on first use
// (claimcheck's own use, --changed-since, loads it through src/lazy/modules.ts).
const LAZY_CHILD_PROCESS = "let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });";
const inlineStartupDependencies = {
  name: 'inline-startup-dependencies',
  setup(b) {
    b.onResolve({ filter: /^(?:node:)?child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({ contents: LAZY_CHILD_PROCESS, loader: 'js' }));
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.kind === 'entry-point' || INLINED.test(args.path) ? undefined : { path: args.path, external: true }));
  },
};
const core = await build({
  ...common,
  entryPoints: { claimcheck: 'src/cli/main.ts' },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  packages: undefined,
  plugins: [reviewScreen, inlineStartupDependencies],
  ...fileUrl,
  metafile: true,
  write: false,
  // without its blank space and comments (names kept, for stack traces and profiles; the source map
  // has the rest): a third less text to read, and 300 fewer page faults of a seed check
  minifyWhitespace: true,
  minifySyntax: true,
});
// the CLI's bundle is written wrapped as its module's function, as loadBundle reads it
const { wrapBundle, wrapSourceMap } = await import('../dist/compile-cache.js');
for (const file of core.outputFiles) {
  let text = file.text;
  if (file.path.endsWith('.cjs.map')) text = wrapSourceMap(text);
  if (file.path.endsWith('.cjs')) {
    // each external dynamic import, exactly as esbuild prints it
    const [, meta] = Object.entries(core.metafile.outputs).find(([out]) => out.endsWith('.cjs'));
    for (const { path } of meta.imports.filter((i) => i.kind === 'dynamic-import' && i.external)) {
      const call = `import(${JSON.stringify(path)})`;
      if (!text.includes(call)) {
        console.error(`build: cannot find ${call} in the CLI bundle to route it through the loader`);
        process.exit(1);
      }
      text = text.replaceAll(call, `__claimcheckImport(${JSON.stringify(path)})`);
    }
    text = wrapBundle(text);
    // ASCII only, so that Node reads the bundle as a one-byte string: one non-ASCII character makes
    // the whole text two bytes a character (130 more page faults and more scanning on every
    // run). esbuild escapes strings but not regular expression literals or tagged templates, so
    // write such characters in them as \u escapes.
    const line = text.split('\n').findIndex((l) => /[^\t\n\r\x20-\x7e]/.test(l));
    if (line >= 0) {
      console.error(`build: line ${line + 1} of the CLI bundle is not ASCII (in its source, write the character as a \\u escape): ${text.split('\n')[line].trim().slice(0, 120)}`);
      process.exit(1);
    }
  }
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, text);
}

// 4. the build's id: a hash of everything built, under which what the code computes from a source
// (its model, see src/align/model-cache.ts) is kept between runs, so a new build meets none of an
// old build's results
const hash = createHash('sha256');
const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
for (const file of files(join(ROOT, 'dist')).filter((f) => !f.endsWith('build-id.txt')).sort()) hash.update(file.slice(ROOT.length)).update('\0').update(readFileSync(file));
writeFileSync(join(ROOT, 'dist/build-id.txt'), `${hash.digest('hex')}\n`);
