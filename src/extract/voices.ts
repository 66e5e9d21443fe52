// Who has spoken so far in a draft, so that a later reference to a speaker ("Mr Lee said", "she
// added") carries the role the draft gave them when it first named them: an inspector's later words
// are still the report's, a councillor's still their own.
import type { Voice } from './attribution.js';

/** Titles before a surname that say nothing of whose voice it is ("Mr Lee", "Dr Ann Lee"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'professor', 'prof']);
/** Pronouns that stand for the last person named as speaking. */
const PRONOUNS = new Set(['he', 'she']);

/** Resolves each voice a draft gives, in the draft's order, against the speakers it named before.
 * `inspectors` are people the source itself names as its inspectors ("Lead inspector: Ann Lee"):
 * their words are the report's wherever the draft names them. */
export interface Voices {
  /** The voice a speaker the draft names now has. */
  resolve(voice: Voice): Voice;
  /** Ends a paragraph; `namesRole`: it names someone by a role (a councillor, a director). A paragraph
   * that names someone without giving anyone words leaves a later "he said" uncertain: it may be that
   * person's, so it is not taken for the last speaker's. */
  endParagraph(namesRole: boolean): void;
}

export function voiceTracker(inspectors: readonly string[] = []): Voices {
  const known = new Map<string, Voice>();
  for (const name of inspectors) {
    const key = surname(name);
    if (key) known.set(key, { kind: 'source', cue: 'inspector', speaker: name });
  }
  let last: Voice | undefined;
  let spoke = false;
  const resolve = (voice: Voice): Voice => {
    spoke = true;
    if (voice.kind === 'speaker' && PRONOUNS.has(voice.name.toLowerCase())) return last ?? voice;
    const name = voice.kind === 'speaker' ? voice.name : voice.speaker;
    const key = surname(name);
    const earlier = key ? known.get(key) : undefined;
    // a name given no role now takes the role it was given before (or that the source gives it)
    const resolved = voice.kind === 'speaker' && voice.role === undefined && earlier ? earlier : voice;
    if (key && (!earlier || resolved === voice)) known.set(key, resolved);
    last = resolved;
    return resolved;
  };
  const endParagraph = (namesRole: boolean) => {
    if (namesRole && !spoke) last = undefined;
    spoke = false;
  };
  return { resolve, endParagraph };
}

/** The word a later reference uses for a named person: the last word of the name, without titles
 * ("Mr Ann Lee" → "lee"); a name of one title only has none. */
function surname(name: string): string | undefined {
  const parts = name
    .toLowerCase()
    .replace(/[\u2019']s$/, '')
    .split(/[\s.]+/)
    .filter((w) => w && !TITLES.has(w));
  return parts[parts.length - 1];
}
