// The machine's locale must not change any output (issue 17, item 15): in Czech "ch" sorts after
// "h" and in Welsh "ll" after "lz", so a localeCompare tie-break gave other verdicts under
// LC_ALL=cs_CZ or cy_GB. Node takes its default locale from LC_ALL, so each run is a new process.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SOURCE_PATH } from '../helpers.js';

const LOCALES = ['en_GB.UTF-8', 'cs_CZ.UTF-8', 'cy_GB.UTF-8', 'C'];
const run = (locale: string, args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, LC_ALL: locale, LANG: locale } });

describe('locale-free output', () => {
  it('ties between place names are broken the same way in every locale', () => {
    const script = `
      const { placesOf } = await import(${JSON.stringify(join(ROOT, 'dist/judge/places.js'))});
      const { makeDoc } = await import(${JSON.stringify(join(ROOT, 'dist/ingest/document.js'))});
      const { lexicon } = await import(${JSON.stringify(join(ROOT, 'dist/rules/lexicon.js'))});
      const { loadRuleSet } = await import(${JSON.stringify(join(ROOT, 'dist/rules/load.js'))});
      const text = 'Hull council and Chester council met Llanelli council and Lzenby council.';
      const doc = makeDoc({ path: 'x', text, format: 'text' });
      process.stdout.write(JSON.stringify(placesOf(text, doc.tokens, lexicon(loadRuleSet()))));
    `;
    const outputs = LOCALES.map((locale) => run(locale, ['--input-type=module', '-e', script]));
    for (const o of outputs) expect(o.stderr).toBe('');
    const first = JSON.parse(outputs[0]!.stdout) as Array<[string, number]>;
    expect(first.map(([name]) => name)).toEqual(['Chester', 'Hull', 'Llanelli', 'Lzenby']);
    for (const o of outputs) expect(o.stdout).toBe(outputs[0]!.stdout);
  });

  it('the JSON report of a seed draft is byte-identical under every locale', () => {
    const args = [join(ROOT, 'dist/cli.js'), 'check', join(ROOT, 'seeds/drafts/local-news-2024.txt'), '--source', SOURCE_PATH, '--format', 'json'];
    const outputs = LOCALES.map((locale) => run(locale, args).stdout);
    expect(outputs[0]).toMatch(/"claims"/);
    for (const o of outputs) expect(o).toBe(outputs[0]);
  }, 30_000);
});
