import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// `npm ci` on the oldest Node claimcheck supports must not warn EBADENGINE: every package the
// lockfile installs has to accept that version.
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};
const oldest = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } }).engines.node;

describe('the lockfile on the oldest supported Node', () => {
  it('installs no package that refuses it', () => {
    const floor = semver.minVersion(oldest)!.version;
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node && !semver.satisfies(floor, p.engines.node))
      .map(([name, p]) => `${name} (${(p.engines as { node: string }).node})`);
    expect(floor).toBe('20.19.0');
    expect(refusing).toEqual([]);
  });
});
