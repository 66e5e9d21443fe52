import { describe, expect, it } from 'vitest';
import { compileCacheDir, enableCompileCache } from '../src/compile-cache.js';

describe('the compile cache (Node ≥ 22.1)', () => {
  it('is asked to keep compiled code in compile/ of the user cache when Node has one', () => {
    const asked: Array<string | undefined> = [];
    enableCompileCache({ enableCompileCache: (dir) => asked.push(dir) });
    expect(asked).toEqual([compileCacheDir()]);
    expect(compileCacheDir()).toMatch(/claimcheck[/\\]compile$/);
  });

  it('does nothing on a Node without one (Node 20)', () => {
    expect(() => enableCompileCache({})).not.toThrow();
  });

  it('never fails the run when the cache cannot be made or its folder found', () => {
    const unwritable = () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    expect(() => enableCompileCache({ enableCompileCache: unwritable })).not.toThrow();
    expect(() => enableCompileCache({ enableCompileCache: () => undefined }, unwritable)).not.toThrow();
  });
});
