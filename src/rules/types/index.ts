// The rule types claimcheck knows: one module each, in this folder. The engine, the loader and
// `claimcheck rules` know a type only through this list (ESLint keeps the same kind of index);
// test/rules/registry.test.ts fails when a module here is missing from it.
import * as antonym from './antonym.js';
import * as attribution from './attribution.js';
import * as boilerplate from './boilerplate.js';
import * as date from './date.js';
import * as gradeCount from './grade-count.js';
import * as gradePhrasing from './grade-phrasing.js';
import * as hedge from './hedge.js';
import * as negation from './negation.js';
import * as number from './number.js';
import * as place from './place.js';
import * as rating from './rating.js';
import * as scale from './scale.js';
import * as synonyms from './synonyms.js';
import * as tone from './tone.js';
import type { RuleTypeModule } from '../rule-type.js';

export const RULE_TYPES = [antonym, attribution, boilerplate, date, gradeCount, gradePhrasing, hedge, negation, number, place, rating, scale, synonyms, tone] as const;

/** The same list, seen through the interface every module meets (the engine's view). */
export const MODULES = RULE_TYPES as unknown as readonly RuleTypeModule[];

const byType = new Map<string, RuleTypeModule>(MODULES.map((m) => [m.meta.type, m]));

export function ruleType(type: string): RuleTypeModule | undefined {
  return byType.get(type);
}
