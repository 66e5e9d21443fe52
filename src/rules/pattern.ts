// Regular expressions from rule files run on every passage of every source, and a user's rule
// folder can hold any pattern. JavaScript's engine backtracks: `(.|\w)*!` or `(a+)+$` on a long
// line takes exponential time, and no star-height check catches every such shape. So rule patterns
// run on re2js, a pure-JavaScript port of RE2 whose matching time is linear in the text for every
// pattern (no native build, so it installs anywhere). What RE2 cannot promise that for —
// backreferences and lookaround — it refuses to compile, which loading reports as an error.
import type { RE2JS as Re2 } from 're2js';
import { re2Module } from '../lazy/modules.js';
import { requiredTextTest } from './required-text.js';

/** A compiled rule pattern: the part of RegExp the rules use. */
export interface Pattern {
  readonly source: string;
  test(text: string): boolean;
  /** The first match and its groups (null for a group that took no part), or null. */
  exec(text: string): Array<string | null> | null;
}

/** Compiles a pattern for RE2, case-insensitive as every rule pattern is. Throws on a pattern RE2 cannot run. */
function re2(source: string): Re2 {
  const { RE2JS } = re2Module();
  return RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
}

/** Throws on a pattern RE2 cannot run (loading a rule file checks every pattern with this). */
export function assertRe2Pattern(source: string): void {
  re2(source);
}

/** A rule pattern, compiled for RE2 the first time a text could match it: most texts lack what
 * every match holds and never run through RE2 (see required-text.ts), and a check that meets no
 * such text never loads re2js. The pattern must have passed `assertRe2Pattern` (the rule loader's
 * check, or the build's for the shipped rules). */
export function compilePattern(source: string): Pattern {
  let compiled: Re2 | undefined;
  const re = () => (compiled ??= re2(source));
  const required = requiredTextTest(source);
  const cannot = (text: string) => required !== undefined && !required.test(text);
  return {
    source,
    test: (text) => !cannot(text) && re().test(text),
    exec(text) {
      if (cannot(text)) return null;
      const m = re().matcher(text);
      if (!m.find()) return null;
      return Array.from({ length: m.groupCount() + 1 }, (_, i) => m.group(i));
    },
  };
}
