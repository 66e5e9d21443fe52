// Regular expressions from rule files run on every passage of every source, and a user's rule
// folder can hold any pattern. JavaScript's engine backtracks: `(.|\w)*!` or `(a+)+$` on a long
// line takes exponential time, and no star-height check catches every such shape. So rule patterns
// run on re2js, a pure-JavaScript port of RE2 whose matching time is linear in the text for every
// pattern (no native build, so it installs anywhere). What RE2 cannot promise that for —
// backreferences and lookaround — it refuses to compile, which loading reports as an error.
import { RE2JS } from 're2js';
import { requiredTextTest } from './required-text.js';

/** A compiled rule pattern: the part of RegExp the rules use. */
export interface Pattern {
  readonly source: string;
  test(text: string): boolean;
  /** The first match and its groups (null for a group that took no part), or null. */
  exec(text: string): Array<string | null> | null;
}

/** Compiles a rule pattern, case-insensitive as every rule pattern is. Throws on a pattern RE2 cannot run. */
export function compilePattern(source: string): Pattern {
  const re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  // a text without what every match holds is no match, and is not run through RE2 (see required-text.ts)
  const required = requiredTextTest(source);
  const cannot = (text: string) => required !== undefined && !required.test(text);
  return {
    source,
    test: (text) => !cannot(text) && re.test(text),
    exec(text) {
      if (cannot(text)) return null;
      const m = re.matcher(text);
      if (!m.find()) return null;
      return Array.from({ length: m.groupCount() + 1 }, (_, i) => m.group(i));
    },
  };
}
