import type { z } from 'zod';
import { zodModule } from '../../lazy/modules.js';
import { readTone, sourceNames, toneSpan, type TonePack, type ToneTerm } from '../../extract/tone.js';
import { judgeTone } from '../../judge/tone.js';
import type { JudgeContext } from '../../judge/types.js';
import { PhraseMatcher } from '../phrases.js';
import { flag } from '../scale-terms.js';
import type { RuleContext } from '../rule-type.js';
import type { RuleBase } from '../rule-set.js';
import { spanOfTokens } from '../token-spans.js';

const TONES = ['strong-negative', 'negative', 'positive', 'strong-positive'] as const;

const schema = () => {
  const z = zodModule();
  const list = z.array(z.string().min(1)).default([]);
  const byTone = z.object({ 'strong-negative': list, negative: list, positive: list, 'strong-positive': list }).strict().partial();
  return {
    /** What inspectors do to what they grade ("slated", "praised"), by polarity and emphasis. */
    verbs: byTone.default({}),
    /** Adjectives and nouns ("damning", "failings", "a positive judgment"), by polarity and emphasis. */
    words: byTone.default({}),
    /** A change between this inspection and the one before ("has improved", "deteriorated"). */
    changes: z.object({ improved: list, declined: list }).strict().partial().default({}),
    /** Words before a tone word that make it emphatic ("heavily"). */
    intensifiers: list,
    /** Words before a tone word that deny it ("not"). */
    negations: list,
    /** Those negations that make a censure a change for the better ("no longer failing"). */
    improvedBy: list,
    /** What the report grades as a whole, as the press names it ("school", "services"). */
    wholes: list,
    /** The report itself ("report", "judgment"). */
    documents: list,
    /** Words before a tone phrase that make it the claim's time, not its claim ("after"). */
    background: list,
    /** Words before a tone word that make it about some of what is graded ("examples of"). */
    parts: list,
    /** Forms of "to be" (passive verbs, predicative words). */
    passives: list,
    /** Other helper verbs before them. */
    auxiliaries: list,
    /** Words that end a noun phrase. */
    phraseEnds: list,
    /** Words after a describing word that lead to what it is about ("failings in"). */
    complements: list,
    /** Adverbs between a helper verb and a tone word ("also"). */
    adverbs: list,
    /** Words that open another clause ("which", "but"). */
    clauseWords: list,
    /** Those of them that narrow the phrase to a part ("services for disabled children"). */
    qualifiers: list,
  };
};
type Data = z.infer<z.ZodObject<ReturnType<typeof schema>>>;
type Rule = RuleBase & Data;
/** The pack's plain word lists (all but the tone words themselves). */
type WordList = Exclude<keyof Data, 'verbs' | 'words' | 'changes'>;

export const meta = {
  type: 'tone',
  description: "Evaluative press language (slated, praised, damning, improved) weighed against the polarity of the report's grade.",
  schema,
  messages: {
    agrees: "The draft says '{claim}'; the report grades {sourceSubject} '{source}' ({locator}).",
    disagrees: "The draft says '{claim}', but the report grades {sourceSubject} '{source}' ({locator}).",
    mixed: "The draft says '{claim}'; the report grades {sourceSubject} '{source}' ({locator}), neither praise nor censure that strong.",
    opposed: "The draft says '{claim}', though the report grades {sourceSubject} '{source}' ({locator}): not borne out, though neither is emphatic enough to contradict the other.",
    improved: "The draft says '{claim}'; the report grades {sourceSubject} '{source}' ({locator}), up from '{earlier}' at the {year} inspection.",
    worsened: "The draft says '{claim}', but the report grades {sourceSubject} '{source}' ({locator}), down from '{earlier}' at the {year} inspection.",
  },
  claimKinds: ['claim', 'fact'],
} as const;

export function create(context: RuleContext<Data>) {
  return {
    claim(ctx: JudgeContext) {
      const pack = context.lex.tone;
      // only a claim tied to the report is weighed: a sentence of the writer's own context is not the report's finding
      if (!pack || ctx.claim.uncued) return;
      // the sentence is read whole (what is praised, and when, may stand outside the claim: "In 2019 the
      // service was slated"); only tone words of the claim itself are weighed
      const { claim } = ctx;
      const tokens = ctx.sentenceTokens(claim.sentence);
      const names = sourceNames(context.lex);
      for (const hit of readTone(tokens, ctx.draftText, pack, names)) {
        if (tokens[hit.from]!.start < claim.start || tokens[hit.to - 1]!.end > claim.end) continue;
        const found = judgeTone(ctx, hit, pack, tokens);
        if (found) context.report({ ...found, place: spanOfTokens(tokens, ...toneSpan(hit)) });
      }
    },
  };
}

export const vocabulary = {
  key: 'tone',
  build(rules: Rule[]): TonePack | undefined {
    if (!rules.length) return undefined;
    const all = (key: WordList) => flag(rules.flatMap((r) => r[key]));
    const entries: Array<[string, ToneTerm]> = rules.flatMap((r) => [
      ...TONES.flatMap((tone) => [
        ...(r.verbs[tone] ?? []).map((p): [string, ToneTerm] => [p, termOf('verb', tone)]),
        ...(r.words[tone] ?? []).map((p): [string, ToneTerm] => [p, termOf('word', tone)]),
      ]),
      ...(r.changes.improved ?? []).map((p): [string, ToneTerm] => [p, { role: 'word', kind: 'change', sign: 'positive', strong: false }]),
      ...(r.changes.declined ?? []).map((p): [string, ToneTerm] => [p, { role: 'word', kind: 'change', sign: 'negative', strong: false }]),
    ]);
    return {
      terms: new PhraseMatcher(entries),
      intensifiers: all('intensifiers'),
      negations: all('negations'),
      improvedBy: all('improvedBy'),
      wholes: all('wholes'),
      documents: all('documents'),
      background: all('background'),
      parts: all('parts'),
      passives: all('passives'),
      auxiliaries: all('auxiliaries'),
      phraseEnds: all('phraseEnds'),
      qualifiers: all('qualifiers'),
      clauseWords: all('clauseWords'),
      complements: all('complements'),
      adverbs: all('adverbs'),
    };
  },
} as const;

function termOf(role: ToneTerm['role'], tone: (typeof TONES)[number]): ToneTerm {
  return { role, kind: 'polarity', sign: tone.endsWith('positive') ? 'positive' : 'negative', strong: tone.startsWith('strong') };
}
