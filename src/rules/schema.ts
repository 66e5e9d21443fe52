import type { z } from 'zod';
import { zodModule } from '../lazy/modules.js';
import { MODULES } from './types/index.js';
import type { RuleTypeModule } from './rule-type.js';

// One YAML file is one rule, as in Vale: `type` names the module in src/rules/types that applies
// it, the rest is its data. The schema of each type's data comes from that module. Schemas are
// built on first use: a check with the precompiled shipped rules validates nothing and loads no zod.

/** The keys every rule file may hold, whatever its type. */
function ruleBase(zod: typeof z) {
  /** Vale's levels; `suggestion` is Vale's word for info. */
  const severity = zod.enum(['error', 'warning', 'info', 'suggestion']).transform((s) => (s === 'suggestion' ? 'info' : s));
  const example = zod
    .object({
      claim: zod.string(),
      source: zod.string(),
      verdict: zod.enum(['verbatim', 'paraphrased', 'unsupported', 'contradictory', 'unchecked']),
      /** The message id the rule must report; without one, the row is valid: the rule must not contradict it. */
      messageId: zod.string().optional(),
      /** The draft's words the finding is about. */
      span: zod.string().optional(),
      note: zod.string().optional(),
    })
    .strict();
  return {
    id: zod.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens'),
    description: zod.string().optional(),
    severity: severity.default('error'),
    /** One template for every message, or templates by message id, with {placeholders}. */
    message: zod.union([zod.string(), zod.record(zod.string(), zod.string())]).optional(),
    /** The part of a claim the rule's findings are about, when not its type's. */
    part: zod.enum(['subject', 'predicate', 'polarity', 'degree', 'certainty', 'number']).optional(),
    examples: zod.array(example).default([]),
  };
}

const schemas = new WeakMap<RuleTypeModule, z.ZodType>();

/** The schema of one rule file of this type. Unknown keys are errors, so a typo is not ignored. */
export function ruleSchemaOf(module: RuleTypeModule): z.ZodType {
  let schema = schemas.get(module);
  if (!schema) {
    const zod = zodModule();
    schema = zod.object({ ...ruleBase(zod), type: zod.literal(module.meta.type), ...module.meta.schema() }).strict();
    schemas.set(module, schema);
  }
  return schema;
}

export const RULE_TYPE_NAMES = MODULES.map((m) => m.meta.type);
