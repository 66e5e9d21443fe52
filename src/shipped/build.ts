import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { formatSenseTable } from '../align/meaning/sense-table.js';
import { emptyEntry, readEveryLemma } from '../align/meaning/senses.js';
import { readWordnetAntonyms } from '../align/wordnet.js';
import { readProfileAreas } from '../layout/areas.js';
import { readProfileData } from '../layout/profile.js';
import { PACKAGE_ROOT, SHIPPED_PROFILES_DIR, SHIPPED_RULES_DIR, toRoot } from '../package-root.js';
import { parsePack } from '../rules/load.js';
import { shippedFile, shippedSources, wordnetVersion, type Precompiled } from './precompiled.js';

/** The shipped rules and profiles read and validated by the loaders a check uses on YAML (a bad
 * file fails the build as it would fail a check), as the JSON `precompiled()` reads. */
export function buildPrecompiled(): Precompiled {
  const sources = Object.fromEntries(shippedSources().map((f) => [f, shippedFile(join(PACKAGE_ROOT, f))]));
  const rules = parsePack({ dir: SHIPPED_RULES_DIR, pack: 'shipped' }).map((r) => ({ ...r, file: toRoot(r.file) }));
  const profiles = readProfileData(SHIPPED_PROFILES_DIR);
  const areas = Object.fromEntries(profiles.flatMap((p) => {
    const data = readProfileAreas(p.folder);
    return data ? [[p.folder, data]] : [];
  }));
  const out: Precompiled = { sources, rules, profiles, areas };
  // the JSON must give back exactly what the loaders made: nothing a rule holds may be lost on the way
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(out)), out)) throw new Error('the shipped rules or profiles hold values JSON cannot keep');
  return out;
}

/** Every WordNet lemma's senses, tag count and antonyms, as the file a built check looks words up in. */
export function buildSenseTable(): Buffer {
  const entries = readEveryLemma();
  for (const [word, opposites] of readWordnetAntonyms()) {
    const entry = entries.get(word) ?? entries.set(word, emptyEntry()).get(word)!;
    entry.antonyms = [...opposites];
  }
  return formatSenseTable(wordnetVersion(), entries);
}
