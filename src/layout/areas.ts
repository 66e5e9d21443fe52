// Areas a report grades, named two ways: by the report's own judgement names (any framework) and by
// the everyday names of the press. Both map to one area id, so draft and source meet there.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { onFirstUse, yamlModule, zodModule } from '../lazy/modules.js';
import { SHIPPED_PROFILES_DIR } from '../package-root.js';
import { precompiled } from '../shipped/precompiled.js';
import type { z } from 'zod';
import { withoutPossessive, words } from '../ingest/tokens.js';
import { InputError } from '../errors.js';

function buildAreaSchema() {
  const z = zodModule();
  return z.array(
    z.object({ id: z.string().regex(/^[a-z][a-z0-9-]*$/), report: z.array(z.string().min(1)).default([]), press: z.array(z.string().min(1)).default([]) }),
  );
}
const areaSchema = onFirstUse(buildAreaSchema);

export interface Area {
  id: string;
  /** Each name as lower-case words. */
  report: string[][];
  press: string[][];
}

export type AreaData = z.infer<ReturnType<typeof buildAreaSchema>>;

/** An areas file's list, validated. */
export function validateAreas(path: string, text: string): AreaData {
  const parsed = areaSchema().safeParse(yamlModule().parse(text));
  if (!parsed.success) throw new InputError(path, `not a valid list of areas (${parsed.error.issues[0]?.message ?? 'invalid'})`);
  return parsed.data;
}

export function parseAreas(path: string, text: string): Area[] {
  return toAreas(validateAreas(path, text));
}

const toAreas = (data: AreaData): Area[] => data.map((a) => ({ id: a.id, report: a.report.map(words), press: a.press.map(words) }));

/** A shipped profile's areas.yaml, validated, or undefined when it has none. */
export function readProfileAreas(profile: string): AreaData | undefined {
  const path = resolve(SHIPPED_PROFILES_DIR, profile, 'areas.yaml');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  return validateAreas(path, text);
}

const cache = new Map<string, Area[]>();

/** The areas of a shipped profile (none when it has no areas.yaml). */
export function profileAreas(profile: string): Area[] {
  let areas = cache.get(profile);
  if (!areas) {
    const pre = precompiled();
    // the build has read every shipped profile's areas (a profile without them has no entry)
    const data = pre ? (pre.areas[profile] as AreaData | undefined) : readProfileAreas(profile);
    areas = data ? toAreas(data) : [];
    cache.set(profile, areas);
  }
  return areas;
}

/** The area the words name, by its report names or (for a draft) its press names too: the longest
 * name found wins, so "children in need of help and protection" beats "protection". */
export function resolveArea(seq: readonly string[], areas: Area[], side: 'report' | 'press'): { id: string; words: string } | undefined {
  let best: { id: string; words: string; length: number } | undefined;
  for (const area of areas) {
    for (const name of side === 'press' ? [...area.press, ...area.report] : area.report) {
      if (name.length === 0 || (best && name.length <= best.length)) continue;
      if (indexOf(seq, name) >= 0) best = { id: area.id, words: name.join(' '), length: name.length };
    }
  }
  return best && { id: best.id, words: best.words };
}

function indexOf(seq: readonly string[], name: string[]): number {
  outer: for (let i = 0; i + name.length <= seq.length; i++) {
    for (let k = 0; k < name.length; k++) if (seq[i + k] !== name[k] && withoutPossessive(seq[i + k]!) !== name[k]) continue outer;
    return i;
  }
  return -1;
}

/** The first area a draft's words name (by press or report names), with where it starts and how
 * many words it takes: at the earliest position, the longest name there. */
export function resolveAreaAt(seq: readonly string[], areas: Area[]): { id: string; words: string; at: number; length: number } | undefined {
  let best: { id: string; words: string; at: number; length: number } | undefined;
  const consider = (area: Area, name: string[]) => {
    if (name.length === 0) return;
    const at = indexOf(seq, name);
    if (at < 0) return;
    if (!best || at < best.at || (at === best.at && name.length > best.length)) best = { id: area.id, words: name.join(' '), at, length: name.length };
  };
  for (let a = 0; a < areas.length; a++) {
    const area = areas[a]!;
    for (let n = 0; n < area.press.length; n++) consider(area, area.press[n]!);
    for (let n = 0; n < area.report.length; n++) consider(area, area.report[n]!);
  }
  return best;
}
