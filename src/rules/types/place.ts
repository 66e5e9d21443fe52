import type { z } from 'zod';
import { zodModule } from '../../lazy/modules.js';
import type { DraftModel } from '../../extract/claims.js';
import type { SourceModel } from '../../align/source-model.js';
import { flag } from '../scale-terms.js';
import { words } from '../../ingest/tokens.js';
import { draftPlaces, namedIn, sourceNames } from '../../judge/places.js';
import type { JudgeContext } from '../../judge/types.js';
import type { AlignedPair, RuleContext } from '../rule-type.js';
import type { RuleBase } from '../rule-set.js';
import { isCapitalisedWord } from '../../ingest/letters.js';

const schema = () => {
  const z = zodModule();
  const term = z.string().min(1);
  return {
    /** Names the draft may use for the publisher of the source. */
    sourceAliases: z.array(term).min(1),
    /** Nouns that refer to the source document itself ("the report", "the letter"). */
    documentNouns: z.array(term).default([]),
    /** Words after a place name that make it the subject of a report ("council", "local authority"). */
    placeSuffixes: z.array(term).default([]),
    /** Words before a place name that do the same ("London Borough of"). */
    placePrefixes: z.array(term).default([]),
    /** Words for the inspected services right before the place they are in ("children's services in"). */
    servicesIn: z.array(term).default([]),
  };
};
type Data = z.infer<z.ZodObject<ReturnType<typeof schema>>>;
type Rule = RuleBase & Data;

export const meta = {
  type: 'place',
  description: "Who published the source and how places are named: a draft or claim about another place than the source's.",
  schema,
  messages: {
    otherSubject: 'The draft is about {claim}; the source is about {source}. Its claims cannot be supported by this source.',
    otherPlace: "The draft names {claim} where the source's passage is about {source}.",
    otherServices: "The draft puts the inspected services in {claim}; the source is about {source} and never names {claim}.",
  },
  claimKinds: ['claim'],
  part: 'subject',
} as const;

export const compile = (rule: Rule) => ({ servicesIn: flag(rule.servicesIn) });

export function create(context: RuleContext<Data, ReturnType<typeof compile>>) {
  return {
    /** "children's social care services in Northshire" where the source is about another place and
     * never names Northshire (a county for its city, say): however little the claim shares with the
     * source, it says the inspected services are another authority's. A claim that also names the
     * source's place compares the two, and is left to its words. */
    claim(ctx: JudgeContext) {
      const { places, named } = sourceNames(ctx.model, context.lex);
      // the report's subject as its title reader found it ("Northam City"), else the place it names most
      const sourceSubject = ctx.model.source.subject ?? places[0]?.[0];
      // the writer's own context (nothing ties it to the report) may name any place
      if (!sourceSubject || ctx.claim.uncued) return;
      // its name without the words that mark a council ("city" of "Northam City" names no place)
      const ent = context.lex.entities;
      const marker = (w: string) => (ent?.placeSuffixes.inEntry(w) ?? false) || (ent?.placePrefixes.inEntry(w) ?? false);
      const own = new Set([...words(sourceSubject).filter((w) => !marker(w)), ...places.map(([p]) => p.toLowerCase())]);
      const tokens = ctx.claim.tokens;
      const seq = tokens.map((t) => t.word);
      if (seq.some((w) => own.has(w.replace(/'s$/, '')))) return;
      for (const hit of context.compiled.servicesIn.findAll(seq)) {
        const token = tokens[hit.to];
        const name = token && ctx.draftText.slice(token.start, token.end).replace(/['\u2019]s$/, '');
        if (!name || !isCapitalisedWord(name) || namedIn(named, name) || context.lex.entities?.sourceAliases.hasWord(name.toLowerCase())) continue;
        context.report({ messageId: 'otherServices', data: { claim: name, source: sourceSubject }, place: { start: token.start, end: token.end }, effect: 'contradicts' });
        return;
      }
    },
    /** A place the claim names that the source never does, where the passage is about the source's own subject. */
    aligned({ claim }: AlignedPair, ctx: JudgeContext) {
      if (!ctx.foreign) return;
      const token = claim.find((t) => ctx.foreign!.places.has(ctx.draftText.slice(t.start, t.end).replace(/['\u2019]s$/, '')));
      if (!token) return;
      const named = ctx.draftText.slice(token.start, token.end).replace(/['\u2019]s$/, '');
      context.report({ messageId: 'otherPlace', data: { claim: named, source: ctx.foreign.sourceSubject }, place: { start: token.start, end: token.end }, effect: 'contradicts' });
    },
    /** A draft about a place the source never names (another council) cannot be supported by it. */
    draft(draft: DraftModel, source: SourceModel) {
      const { places, named } = sourceNames(source, context.lex);
      const [draftSubject] = draftPlaces(draft, context.lex)[0] ?? [];
      const [sourceSubject] = places[0] ?? [];
      if (!draftSubject || !sourceSubject || namedIn(named, draftSubject)) return;
      const at = Math.max(0, draft.doc.text.indexOf(draftSubject));
      const place = { start: at, end: at + draftSubject.length };
      context.report({ messageId: 'otherSubject', data: { claim: draftSubject, source: sourceSubject }, place, effect: 'unsupported', scope: 'all' });
    },
  };
}

/** Every place rule's names together, for attribution and for finding the places a text is about. */
export const vocabulary = {
  key: 'entities',
  build(rules: Rule[]) {
    if (!rules.length) return undefined;
    const list = (key: keyof Data) => rules.flatMap((r) => r[key]);
    return {
      sourceAliases: flag(list('sourceAliases')),
      documentNouns: flag(list('documentNouns')),
      placeSuffixes: flag(list('placeSuffixes')),
      placePrefixes: flag(list('placePrefixes')),
      /** The names as written, for the words that frame a claim. */
      names: [...list('sourceAliases'), ...list('documentNouns')],
    };
  },
} as const;
