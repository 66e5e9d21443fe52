import { z } from 'zod';
import { MODULES } from './types/index.js';
import type { RuleTypeModule } from './rule-type.js';

// One YAML file is one rule, as in Vale: `type` names the module in src/rules/types that applies
// it, the rest is its data. The schema of each type's data comes from that module.

/** Vale's levels; `suggestion` is Vale's word for info. */
export const severity = z.enum(['error', 'warning', 'info', 'suggestion']).transform((s) => (s === 'suggestion' ? 'info' : s));
export const severityOrOff = z.union([severity, z.literal('off')]);

const example = z
  .object({
    claim: z.string(),
    source: z.string(),
    verdict: z.enum(['verbatim', 'paraphrased', 'unsupported', 'contradictory', 'unchecked']),
    /** The message id the rule must report; without one, the row is valid: the rule must not contradict it. */
    messageId: z.string().optional(),
    /** The draft's words the finding is about. */
    span: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

export const ruleBase = {
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lower-case words joined by hyphens'),
  description: z.string().optional(),
  severity: severity.default('error'),
  /** One template for every message, or templates by message id, with {placeholders}. */
  message: z.union([z.string(), z.record(z.string(), z.string())]).optional(),
  examples: z.array(example).default([]),
};

/** The schema of one rule file of this type. Unknown keys are errors, so a typo is not ignored. */
export function ruleSchemaOf(module: RuleTypeModule) {
  return z.object({ ...ruleBase, type: z.literal(module.meta.type), ...module.meta.schema }).strict();
}

export const RULE_TYPE_NAMES = MODULES.map((m) => m.meta.type);
