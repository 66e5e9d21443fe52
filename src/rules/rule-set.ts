import type { RuleData, RuleType } from './schema.js';

export type LoadedRule = RuleData & { /** The YAML file it came from. */ file: string };
export type RuleOf<T extends RuleType> = Extract<LoadedRule, { type: T }>;

/** The loaded rules, looked up by type or id. */
export class RuleSet {
  constructor(readonly rules: LoadedRule[]) {}

  ofType<T extends RuleType>(type: T): RuleOf<T>[] {
    return this.rules.filter((r): r is RuleOf<T> => r.type === type);
  }

  /** The single rule of a type that the pipeline needs one of (numbers, dates…): the last loaded wins. */
  one<T extends RuleType>(type: T): RuleOf<T> | undefined {
    const all = this.ofType(type);
    return all[all.length - 1];
  }

  get(id: string): LoadedRule | undefined {
    return this.rules.find((r) => r.id === id);
  }
}

/** Fills a message template's {placeholders}. */
export function formatMessage(rule: LoadedRule, key: string, values: Record<string, string | number>): string {
  const template = typeof rule.message === 'string' ? rule.message : (rule.message[key] ?? rule.message.default ?? key);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
