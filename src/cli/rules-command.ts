import { dirname, relative, resolve } from 'node:path';
import { examplesTable, testRule } from '../rules/rule-tester.js';
import { InputError } from '../errors.js';
import { SHIPPED_RULES_DIR } from '../package-root.js';
import { loadRuleSet } from '../rules/load.js';
import { messageTemplate, type LoadedRule } from '../rules/rule-set.js';
import { ruleType } from '../rules/types/index.js';
import type { RegisterCommand } from './main.js';

interface RulesFlags {
  rules: string[];
  explain?: string;
  test?: string;
}

/** `claimcheck rules`: what the loaded rules are and where they come from. */
export const registerRules: RegisterCommand = (program, io, setStatus) => {
  program
    .command('rules')
    .description('list the loaded rules with the file each comes from, or explain one')
    .option('-r, --rules <dir...>', 'extra rule folders', [])
    .option('--explain <id>', 'print one rule in full, with its examples')
    .option('--test <dir>', "run every example of the rule files in a folder, each with only its rule on")
    .action((flags: RulesFlags) => {
      const testing = flags.test && resolve(flags.test) !== SHIPPED_RULES_DIR ? [flags.test] : [];
      const set = loadRuleSet([...flags.rules, ...testing]);
      if (flags.test) {
        const dir = resolve(flags.test);
        let failed = 0;
        for (const rule of set.rules.filter((r) => resolve(dirname(r.file)) === dir)) {
          const failures = testRule(set, rule.id, examplesTable(rule.examples));
          failed += failures.length;
          io.out.write(`${rule.id}: ${rule.examples.length - failures.length}/${rule.examples.length} examples pass\n`);
          for (const f of failures) io.out.write(`  ${f.kind}: ${f.row.claim}\n    ${f.problem}\n`);
        }
        setStatus(failed ? 1 : 0);
        return;
      }
      if (flags.explain) {
        const rule = set.get(flags.explain);
        if (!rule) throw new InputError(undefined, `no rule with id '${flags.explain}' (run 'claimcheck rules' for the list)`);
        io.out.write(explain(rule));
        return;
      }
      const width = Math.max(...set.rules.map((r) => r.id.length));
      const fileWidth = Math.max(...set.rules.map((r) => shown(r.file).length));
      for (const r of set.rules) {
        io.out.write(`${r.id.padEnd(width)}  ${r.type.padEnd(11)} ${r.severity.padEnd(7)} ${r.pack.padEnd(8)} ${shown(r.file).padEnd(fileWidth)}  ${r.description ?? ''}`.trimEnd() + '\n');
      }
    });
};

const shown = (file: string) => relative(process.cwd(), file) || file;

export function explain(rule: LoadedRule): string {
  const lines = [`${rule.id} (${rule.type}, ${rule.severity}) from ${shown(rule.file)}`];
  if (rule.description) lines.push(rule.description);
  lines.push('', 'Messages:');
  for (const key of Object.keys(ruleType(rule.type)?.meta.messages ?? {})) lines.push(`  ${rule.id}/${key}: ${messageTemplate(rule, key)}`);
  const { id: _id, type: _type, severity: _severity, message: _message, description: _description, examples, file: _file, pack: _pack, ...data } = rule;
  lines.push('', 'Data:');
  for (const [key, value] of Object.entries(data)) lines.push(`  ${key}: ${JSON.stringify(value)}`);
  if (examples.length) {
    lines.push('', 'Examples:');
    for (const e of examples) lines.push(`  draft:  ${e.claim}`, `  source: ${e.source.replace(/\t/g, ' | ')}`, `  => ${e.verdict}${e.note ? ` (${e.note})` : ''}`, '');
  }
  return lines.join('\n').trimEnd() + '\n';
}
