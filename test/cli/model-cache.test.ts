import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SOURCE_PATH } from '../helpers.js';

// the built CLI (only the build keeps models: it has a build id to key them by)
const cli = (cache: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', join(ROOT, 'seeds/drafts/local-news-2024.txt'), '--source', SOURCE_PATH, '--format', 'json', '--fail-on', 'none', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CLAIMCHECK_CACHE_DIR: cache },
  });

describe('the CLI keeps source models in the cache folder', () => {
  it('checks the same from a kept model, and --no-cache neither reads nor writes one', () => {
    const cache = mkdtempSync(join(tmpdir(), 'claimcheck-model-cli-'));
    const first = cli(cache);
    expect(first.status).toBe(0);
    expect(readdirSync(join(cache, 'models'))).toHaveLength(1);
    const second = cli(cache);
    expect(second.stdout).toBe(first.stdout);
    const other = mkdtempSync(join(tmpdir(), 'claimcheck-model-cli-'));
    const uncached = cli(other, '--no-cache');
    expect(uncached.stdout).toBe(first.stdout);
    expect(existsSync(join(other, 'models'))).toBe(false);
  }, 30000);
});
