// Tests that run the real binary (the review screen in tmux, a writer killed mid-save) need dist/;
// build it once, before any test file runs, unless it is newer than every source file.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export default function setup(): void {
  // the build's id is the last file it writes
  const builtLast = join(ROOT, 'dist/build-id.txt');
  if (existsSync(builtLast) && existsSync(join(ROOT, 'dist/shipped.json')) && statSync(builtLast).mtimeMs >= newest(join(ROOT, 'src'))) return;
  // what `npm run build` runs: tsc, the shipped rules precompiled, the CLI bundled
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
}
