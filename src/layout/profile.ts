import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { onFirstUse, yamlModule, zodModule } from '../lazy/modules.js';
import { SHIPPED_PROFILES_DIR } from '../package-root.js';
import { precompiled } from '../shipped/precompiled.js';
import type { z } from 'zod';
import { InputError } from '../errors.js';
import { words } from '../ingest/tokens.js';
import { PhraseMatcher } from '../rules/phrases.js';
import { POLARITIES, type GradeScale } from './grade-terms.js';

/** The readers a profile may name. */
export const READERS = ['grade-table', 'judgement-list', 'heading-grade', 'prose-grades', 'labelled-lines', 'prose-dates'] as const;

function buildProfileSchema() {
  const z = zodModule();
  return z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    description: z.string(),
    /** Profiles this one adds to (their readers, titles and scales come first). */
    extends: z.array(z.string()).default([]),
    /** Patterns (case-insensitive) over a report's opening that say it is one of this kind. */
    recognise: z.array(z.string()).default([]),
    /** Title patterns whose first group is the report's subject. */
    titles: z.array(z.string()).default([]),
    readers: z.array(z.enum(READERS)).default([]),
    /** Grading scales, each best level first. */
    scales: z
      .array(
        z
          .object({
            id: z.string(),
            description: z.string().optional(),
            levels: z.array(z.array(z.string()).min(1)).min(2),
            /** How each level reads in press language (src/layout/grade-terms.ts POLARITIES), one per level. */
            polarity: z.array(z.enum(POLARITIES)).optional(),
          })
          .refine((s) => !s.polarity || s.polarity.length === s.levels.length, { message: 'polarity needs one entry per level' }),
      )
      .default([]),
  });
}
const profileSchema = onFirstUse(buildProfileSchema);

export type ProfileData = z.infer<ReturnType<typeof buildProfileSchema>>;

/** An inspectorate profile, with what it extends folded in: how a report of that kind is recognised and read. */
export interface Profile {
  id: string;
  description: string;
  recognise: RegExp[];
  titles: RegExp[];
  readers: string[];
  scales: GradeScale[];
}

let shipped: Profile[] | undefined;

/** The shipped profiles, loaded once. */
export function shippedProfiles(): Profile[] {
  shipped ??= loadProfiles(SHIPPED_PROFILES_DIR);
  return shipped;
}

/** Each folder's profile.yaml, validated, in folder order. */
export function readProfileData(dir: string): Array<{ folder: string; data: ProfileData }> {
  const out: Array<{ folder: string; data: ProfileData }> = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'profile.yaml');
    try {
      if (!statSync(file).isFile()) continue;
    } catch {
      continue;
    }
    const parsed = profileSchema().safeParse(yamlModule().parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(file, `key '${(issue?.path ?? []).map(String).join('.') || '(top level)'}': ${issue?.message ?? 'invalid'}`);
    }
    out.push({ folder: name, data: parsed.data });
  }
  return out;
}

export function loadProfiles(dir: string): Profile[] {
  // the shipped profiles come validated from the build when it has them
  const read = (dir === SHIPPED_PROFILES_DIR && (precompiled()?.profiles as Array<{ folder: string; data: ProfileData }> | undefined)) || readProfileData(dir);
  const data = new Map<string, ProfileData>(read.map((p) => [p.data.id, p.data]));
  const resolveOne = (id: string, seen: string[] = []): ProfileData => {
    const p = data.get(id);
    if (!p) throw new InputError(dir, `profile '${seen[seen.length - 1] ?? id}' extends '${id}', which does not exist`);
    if (seen.includes(id)) throw new InputError(dir, `profile '${id}' extends itself`);
    const bases = p.extends.map((b) => resolveOne(b, [...seen, id]));
    return {
      ...p,
      titles: [...bases.flatMap((b) => b.titles), ...p.titles],
      readers: [...new Set([...bases.flatMap((b) => b.readers), ...p.readers])],
      scales: [...bases.flatMap((b) => b.scales), ...p.scales],
    };
  };
  return [...data.keys()].map((id) => compile(resolveOne(id)));
}

function compile(p: ProfileData): Profile {
  return {
    id: p.id,
    description: p.description,
    recognise: p.recognise.map((r) => new RegExp(r, 'iu')),
    titles: p.titles.map((r) => new RegExp(r, 'iu')),
    readers: p.readers,
    scales: p.scales.map((s) => ({
      id: s.id,
      terms: new PhraseMatcher(s.levels.flatMap((level, i) => level.map((term) => [term, i + 1] as [string, number]))),
      names: s.levels.map((l) => l[0]!),
      vocabulary: new Set(s.levels.flat().flatMap((t) => words(t))),
      ...(s.polarity ? { polarity: s.polarity } : {}),
    })),
  };
}

/** How much of a report's opening a profile's patterns look at. */
const OPENING = 6000;
export const FALLBACK_PROFILE = 'generic';

/** The profile of that id, or a usage error naming the known ones. */
export function knownProfile(id: string, profiles: Profile[]): Profile {
  const chosen = profiles.find((p) => p.id === id);
  if (!chosen) throw new InputError(undefined, `--profile: no profile '${id}' (known profiles: ${profiles.map((p) => p.id).join(', ')})`);
  return chosen;
}

/** The profile a report's own words point to: the one whose patterns match most of its opening. */
export function chooseProfile(text: string, profiles: Profile[], override?: string): Profile {
  if (override) return knownProfile(override, profiles);
  // a phrase may be wrapped over lines or a page break in extracted text
  const opening = text.slice(0, OPENING).replace(/\s+/g, ' ');
  let best: Profile | undefined;
  let bestScore = 0;
  for (const p of profiles) {
    const score = p.recognise.filter((r) => r.test(opening)).length;
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best ?? profiles.find((p) => p.id === FALLBACK_PROFILE) ?? profiles[0]!;
}
