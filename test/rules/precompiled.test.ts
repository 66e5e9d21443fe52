import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/rules/load.js';
import { shippedProfiles } from '../../src/layout/profile.js';
import { profileAreas } from '../../src/layout/areas.js';
import { wordnetAntonyms } from '../../src/align/wordnet.js';
import { shippedFile, unchanged } from '../../src/shipped/precompiled.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What the built code loads, from dist/ (where the build's precompiled JSON is used). */
function fromDist(): { rules: unknown[]; profiles: unknown[]; areas: unknown; antonyms: string[]; usedJson: boolean } {
  const script = `
    const { loadRuleSet } = await import('./dist/rules/load.js');
    const { shippedProfiles } = await import('./dist/layout/profile.js');
    const { profileAreas } = await import('./dist/layout/areas.js');
    const { wordnetAntonyms } = await import('./dist/align/wordnet.js');
    const { precompiled } = await import('./dist/shipped/precompiled.js');
    const profiles = shippedProfiles().map((p) => ({ ...p, recognise: p.recognise.map(String), titles: p.titles.map(String), scales: p.scales.map((s) => ({ id: s.id, names: s.names, vocabulary: [...s.vocabulary] })) }));
    process.stdout.write(JSON.stringify({ rules: loadRuleSet().rules, profiles, areas: profileAreas('ofsted-children'), antonyms: [...wordnetAntonyms('good')], usedJson: precompiled() !== undefined }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

describe('precompiled shipped rules and profiles', () => {
  it('the build loads exactly what the YAML loaders load', () => {
    expect(existsSync(join(ROOT, 'dist/shipped.json'))).toBe(true);
    const built = fromDist();
    expect(built.usedJson).toBe(true);
    expect(built.rules).toEqual(JSON.parse(JSON.stringify(loadRuleSet().rules)));
    const profiles = shippedProfiles().map((p) => ({ ...p, recognise: p.recognise.map(String), titles: p.titles.map(String), scales: p.scales.map((s) => ({ id: s.id, names: s.names, vocabulary: [...s.vocabulary] })) }));
    expect(built.profiles).toEqual(profiles);
    expect(built.areas).toEqual(profileAreas('ofsted-children'));
    expect(built.antonyms).toEqual([...wordnetAntonyms('good')]);
    expect(built.antonyms).toContain('bad');
  }, 30000);
});

describe('a shipped file against what the build recorded of it', () => {
  const rule = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'claimcheck-shipped-')), 'dates.yaml');
    writeFileSync(path, text);
    return path;
  };
  const later = (path: string) => utimesSync(path, new Date(), new Date(Date.now() + 60_000));

  it('is unchanged while its size and time are, and when only its time changed (an install)', () => {
    const path = rule('id: dates\nlevel: error\n');
    const built = shippedFile(path);
    expect(unchanged(path, built)).toBe(true);
    later(path);
    expect(unchanged(path, built)).toBe(true);
  });

  it('is changed when edited, to the same size or another, or when the build never saw it', () => {
    const path = rule('id: dates\nlevel: error\n');
    const built = shippedFile(path);
    writeFileSync(path, 'id: dates\nlevel: fatal\n');
    later(path);
    expect(unchanged(path, built)).toBe(false);
    writeFileSync(path, 'id: dates\nlevel: warning\n');
    expect(unchanged(path, built)).toBe(false);
    expect(unchanged(path, undefined)).toBe(false);
  });
});
