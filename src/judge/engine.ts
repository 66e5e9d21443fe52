import type { DraftModel } from '../extract/claims.js';
import type { Fact } from '../extract/facts.js';
import type { SourceModel } from '../align/source-model.js';
import { compiledOf } from '../rules/compiled.js';
import type { Lexicon } from '../rules/lexicon.js';
import { formatMessage, type RuleSet } from '../rules/rule-set.js';
import type { AlignedPair, Finding, Handlers, RuleTypeMeta } from '../rules/rule-type.js';
import { ruleType } from '../rules/types/index.js';
import type { JudgeContext } from './types.js';

// The engine knows no rule type by name: it calls the handlers each loaded rule's type returns,
// for the events that type says it looks at, and collects what they report.

/** `compares`: the handlers compare a claim's words with the source's, so every finding is about a
 * part that differs; elsewhere only a contradiction is (a grade the source does not give is none). */
function run(rules: RuleSet, lex: Lexicon, wants: (meta: RuleTypeMeta) => boolean, call: (handlers: Handlers) => void, compares = false): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules.active) {
    const module = ruleType(rule.type);
    if (!module?.create || !wants(module.meta)) continue;
    const { meta } = module;
    const compiled = module.compile ? compiledOf(rule, module.compile) : undefined;
    const handlers = module.create({
      rule,
      compiled,
      lex,
      report(input) {
        if (!Object.hasOwn(meta.messages, input.messageId)) {
          throw new Error(`rule type '${meta.type}' reported message '${input.messageId}', which its meta.messages does not define`);
        }
        const data = input.data ?? {};
        // the part of the claim that differs: named in the message and kept on the finding
        const part = compares || input.effect === 'contradicts' ? (rule.part ?? meta.part) : undefined;
        const finding: Finding = {
          ruleId: rule.id,
          type: meta.type,
          messageId: input.messageId,
          data,
          message: formatMessage(rule, input.messageId, data, part),
          place: input.place,
          evidence: input.evidence ?? [],
          effect: input.effect,
          // a rule's level is how bad its problem is; a finding that supports the claim is no problem
          level: input.effect === 'supports' ? 'info' : rule.severity,
        };
        if (part) finding.part = part;
        if (input.inferred) finding.inferred = true;
        if (input.wordForWord && input.effect === 'supports') finding.wordForWord = true;
        if (input.scope) finding.scope = input.scope;
        findings.push(finding);
      },
    });
    call(handlers);
  }
  return findings;
}

/** What the rules that check this kind of fact find. */
export function factFindings(ctx: JudgeContext, fact: Fact): Finding[] {
  return run(ctx.rules, ctx.lex, (m) => m.facts?.includes(fact.value.type) ?? false, (h) => h.fact?.(fact, ctx));
}

/** What the rules that compare a claim (read as a quote or a claim) with its aligned source words find. */
export function alignedFindings(ctx: JudgeContext, pair: AlignedPair, as: 'quote' | 'claim'): Finding[] {
  return run(ctx.rules, ctx.lex, (m) => m.claimKinds.includes(as), (h) => h.aligned?.(pair, ctx), true);
}

/** What the rules that read a claim whole (its tone) find. */
export function claimFindings(ctx: JudgeContext): Finding[] {
  const kind = ctx.claim.kind;
  return run(ctx.rules, ctx.lex, (m) => kind !== 'statement' && m.claimKinds.includes(kind), (h) => h.claim?.(ctx));
}

/** What the rules find about a whole draft against one source. */
export function draftFindings(rules: RuleSet, lex: Lexicon, draft: DraftModel, source: SourceModel): Finding[] {
  return run(rules, lex, () => true, (h) => h.draft?.(draft, source));
}
