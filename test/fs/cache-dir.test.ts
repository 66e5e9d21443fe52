import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultCacheDir } from '../../src/fs/cache-dir.js';

describe("claimcheck's cache folder", () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is $CLAIMCHECK_CACHE_DIR when set', () => {
    vi.stubEnv('CLAIMCHECK_CACHE_DIR', '/tmp/somewhere');
    expect(defaultCacheDir()).toBe('/tmp/somewhere');
  });

  it('is claimcheck/ in $XDG_CACHE_HOME, else in ~/.cache', () => {
    vi.stubEnv('CLAIMCHECK_CACHE_DIR', '');
    vi.stubEnv('XDG_CACHE_HOME', '/tmp/xdg');
    expect(defaultCacheDir()).toBe(join('/tmp/xdg', 'claimcheck'));
    vi.stubEnv('XDG_CACHE_HOME', '');
    expect(defaultCacheDir()).toBe(join(homedir(), '.cache', 'claimcheck'));
  });
});
