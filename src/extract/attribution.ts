import type { Token } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import type { PhraseMatcher } from '../rules/phrases.js';
import type { Attribution } from '../types.js';

const PRONOUN_SOURCE = new Set(['it', 'they']);

/** Who a quote is given to, read from the words around it in its sentence. `before` are the
 * sentence's tokens before the quote, `after` those after it. */
export function attributeQuote(before: Token[], after: Token[], lex: Lexicon, original: string): Attribution {
  const near = [...before.slice(-14), ...after.slice(0, 10)];
  const seq = near.map((t) => t.word);
  const verbs = lex.attribution?.verbs;
  const roles = lex.attribution?.roles;
  const aliases = lex.entities?.sourceAliases;
  const docs = lex.entities?.documentNouns;
  const hasVerb = verbs?.has(seq) ?? false;
  // a named speaker: a role word ("Councillor", "Mayor", "Director") or a capitalised name before "said"
  const roleHit = roles?.findAll(seq)[0];
  if (roleHit && hasVerb) return { kind: 'speaker', name: speakerName(near, roleHit.from, original) };
  if (aliases?.has(seq) || docs?.has(seq)) return { kind: 'source', cue: cueText(near, aliases, docs) };
  const last = before.slice(-3).map((t) => t.word);
  if (hasVerb && last.some((w) => PRONOUN_SOURCE.has(w))) return { kind: 'source', cue: 'it said' };
  if (hasVerb) {
    const name = capitalisedName(before, original);
    if (name) return { kind: 'speaker', name };
  }
  return { kind: 'unknown' };
}

function cueText(near: Token[], ...matchers: Array<PhraseMatcher<true> | undefined>): string {
  const seq = near.map((t) => t.word);
  for (const m of matchers) {
    const hit = m?.findAll(seq)[0];
    if (hit) return seq.slice(hit.from, hit.to).join(' ');
  }
  return 'the source';
}

/** The capitalised words around a role ("Councillor Chris Barnham", "Mayor of Lewisham, Brenda Dacres"). */
function speakerName(tokens: Token[], roleIndex: number, original: string): string {
  const words: string[] = [];
  for (let i = roleIndex; i < tokens.length && words.length < 4; i++) {
    const t = tokens[i] as Token;
    const raw = original.slice(t.start, t.end);
    if (i > roleIndex && !/^\p{Lu}/u.test(raw)) break;
    words.push(raw);
  }
  return words.join(' ');
}

function capitalisedName(before: Token[], original: string): string | undefined {
  const raws = before.map((t) => original.slice(t.start, t.end));
  for (let i = 0; i < raws.length - 1; i++) {
    if (/^\p{Lu}\p{Ll}+$/u.test(raws[i] as string) && /^\p{Lu}\p{Ll}+$/u.test(raws[i + 1] as string)) return `${raws[i]} ${raws[i + 1]}`;
  }
  return undefined;
}
