import type { z } from 'zod';
import { zodModule } from '../../lazy/modules.js';
import { flag } from '../scale-terms.js';
import { PhraseMatcher } from '../phrases.js';
import type { RuleBase } from '../rule-set.js';

/** What a clause that is not a finding does with the report. */
export const STANCE_KINDS = ['response', 'opinion', 'appraisal', 'call', 'plan', 'event', 'tribute'] as const;
export type StanceKind = (typeof STANCE_KINDS)[number];

const schema = () => {
  const z = zodModule();
  const term = z.string().min(1);
  return {
    /** Verbs that introduce reported words or findings. */
    verbs: z.array(term).min(1),
    /** Titles and roles that make a speaker someone other than the source. */
    roles: z.array(term).default([]),
    /** Roles that speak for the inspection ("lead inspector", "HMI"): their words are the report's. */
    reportRoles: z.array(term).default([]),
    /** Words of the draft's own voice ("we", "our"). */
    firstPerson: z.array(term).default([]),
    /** Verbs of speech whose subject may be a person or a body other than the source ("said", "added", "welcomed"). */
    speechVerbs: z.array(term).default([]),
    /** Pronouns that, as a speech verb's subject, make the words a speaker's ("he", "she"). */
    speakerPronouns: z.array(term).default([]),
    /** Pronouns that, as a reporting verb's subject, stand for the source ("it", "they"). */
    sourcePronouns: z.array(term).default([]),
    /** Clauses that do something with the report other than say what it found, by what they do. */
    stances: z
      .object({
        response: z.array(term).default([]),
        opinion: z.array(term).default([]),
        appraisal: z.array(term).default([]),
        call: z.array(term).default([]),
        plan: z.array(term).default([]),
        event: z.array(term).default([]),
        tribute: z.array(term).default([]),
      })
      .default({ response: [], opinion: [], appraisal: [], call: [], plan: [], event: [], tribute: [] }),
    /** What a response answers besides the report's own names ("the recommendations", "the verdict"). */
    responseObjects: z.array(term).default([]),
    /** Words that open a clause of the source's own inside a speaker's sentence ("after inspectors condemned ..."). */
    clauseOpeners: z.array(term).default([]),
    /** Words that join a clause in which someone else speaks ("... and council chiefs stress ..."). */
    clauseJoins: z.array(term).default([]),
  };
};
type Data = z.infer<z.ZodObject<ReturnType<typeof schema>>>;

/** Who is speaking, read by claim extraction; its messages say why a statement was not checked. */
export const meta = {
  type: 'attribution',
  description: 'Reporting verbs and speakers’ roles: who a quote or claim is given to.',
  schema,
  messages: {
    speaker: "Not checked: these are {name}'s own words, not the report's.",
    speakerRole: "Not checked: the {role}'s own words ({name}), not the report's.",
    reportVoice: "Given as the words of {who}, who speaks for the inspection, so checked against the report: {reason}",
    headline: 'Not checked: a headline; only a grade it states is checked.',
    boilerplate: 'Not checked: {what}, not a claim about the report.',
    ownVoice: 'Not checked: the draft’s own voice (we, our), not a claim about the report.',
    framing: 'Not checked: the writer’s framing of the claim that follows.',
    context: 'Not checked: the writer’s own context; it names neither the report nor anything the report found, and no passage says anything like it.',
    follows: 'Not checked as a claim, but it closely follows {locator}.',
    response: "Not checked: a response to the report ('{cue}'), not what the report found.",
    opinion: "Not checked: an opinion of the report ('{cue}'), not what the report found.",
    appraisal: "Not checked: an opinion of the report ('{cue}'), not what the report found.",
    call: "Not checked: a call made on someone ('{cue}'), not what the report found.",
    plan: "Not checked: what is planned or promised ('{cue}'), not what the report found.",
    event: "Not checked: an event the writer reports ('{cue}'), not what the report found.",
    tribute: "Not checked: thanks or congratulations ('{cue}'), not a claim about the report.",
  },
  claimKinds: [],
} as const;

export const vocabulary = {
  key: 'attribution',
  build(rules: Array<RuleBase & Data>) {
    if (!rules.length) return undefined;
    const verbs = rules.flatMap((r) => r.verbs);
    const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));
    return {
      /** The rule whose messages give a statement's reason. */
      rule: rules[0]!,
      verbs: flag(verbs),
      speechVerbs: flag(rules.flatMap((r) => r.speechVerbs)),
      speakerPronouns: lower(rules.flatMap((r) => r.speakerPronouns)),
      sourcePronouns: lower(rules.flatMap((r) => r.sourcePronouns)),
      roles: flag(rules.flatMap((r) => r.roles)),
      reportRoles: flag(rules.flatMap((r) => r.reportRoles)),
      firstPerson: new Set(rules.flatMap((r) => r.firstPerson).map((w) => w.toLowerCase())),
      /** Each stance's words, valued by the stance they mark. */
      stances: new PhraseMatcher<StanceKind>(rules.flatMap((r) => STANCE_KINDS.flatMap((kind) => r.stances[kind].map((p) => [p, kind] as [string, StanceKind])))),
      responseObjects: flag(rules.flatMap((r) => r.responseObjects)),
      clauseOpeners: lower(rules.flatMap((r) => r.clauseOpeners)),
      clauseJoins: lower(rules.flatMap((r) => r.clauseJoins)),
      /** The verbs as written, for the words that frame a claim. */
      verbList: verbs,
    };
  },
} as const;
