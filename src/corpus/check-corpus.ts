import { check, type CheckOptions } from '../check.js';
import { InputError } from '../errors.js';
import { extractClaims } from '../extract/claims.js';
import { describeDate } from '../judge/source-facts.js';
import { lexicon } from '../rules/lexicon.js';
import type { CheckResult, ClaimResult, CorpusCandidate } from '../types.js';
import { alsoNeeded, chooseReports, draftNames, type Candidate, type Choice } from './choose.js';
import { shownPath, type CorpusIndex, type IndexedDocument } from './index.js';
import { shortlist } from './shortlist.js';
import { cachedText } from './text-cache.js';

/** How many of the best-scored candidates may be checked besides the primary. */
const SECONDARY_POOL = 5;

const supported = (c: ClaimResult) => c.verdict === 'verbatim' || c.verdict === 'paraphrased';

/** A report's text, from the index's own store only: an index is input like any other file, and
 * the paths it names are labels, never read, so a crafted index cannot bring /etc or ~/.ssh into
 * the evidence. A report whose text is missing (a store deleted by hand) is no candidate. */
function readCandidate(index: CorpusIndex, document: IndexedDocument) {
  return cachedText(index.texts, document.hash, document.path);
}

/** Checks a draft against a corpus: the index shortlists the documents sharing most words with
 * it, subject, dates and quotations choose the report it describes, and the verdicts are given
 * against that report alone — the same as a check against it with --source. Reports the draft
 * needs besides (an earlier inspection it compares with) are checked too, and a claim supported
 * only there says so in its reasons. */
export async function checkAgainstCorpus(draft: Parameters<typeof check>[0][number], index: CorpusIndex, options: CheckOptions): Promise<CheckResult> {
  const lex = lexicon(options.rules);
  const model = extractClaims(draft, lex);
  const names = draftNames(model, { df: (s) => (index.postings(s)?.length ?? 0) / 2, size: index.size }, lex);
  const candidates: Candidate[] = [];
  for (const s of shortlist(index, model, names)) {
    const input = readCandidate(index, s.document);
    if (input) candidates.push({ ...s, input });
  }
  if (!candidates.length) throw new InputError(draft.path, 'shares no words with any document in the index: no source to check it against');
  const choices = chooseReports(model, candidates, names, lex);
  const [primary] = choices as [Choice];
  const chosen = [primary, ...alsoNeeded(primary, choices.slice(1, SECONDARY_POOL), model, lex)];
  const results = chosen.map((c) => check([draft], [c.input], options));
  const id = (k: number) => `S${k + 1}`;
  const base = results[0]!;
  // better elsewhere: a quote verbatim in another report but not in this one; any other claim
  // supported in another report but not in this one
  const betterIn = (claim: ClaimResult, other: ClaimResult) =>
    claim.kind === 'quote' ? claim.verdict !== 'verbatim' && other.verdict === 'verbatim' : !supported(claim) && supported(other);
  const claims = base.documents[0]!.claims.map((claim, n) => {
    for (let k = 1; k < chosen.length; k++) {
      const other = results[k]!.documents[0]!.claims[n];
      if (!other || other.id !== claim.id || !betterIn(claim, other)) continue;
      const e = other.evidence[0];
      const where = `${chosen[k]!.document.title} (${shownPath(chosen[k]!.document.path)}${e ? `, ${e.locator}` : ''})`;
      return {
        ...claim,
        reasons: [
          { rule: 'corpus/elsewhere', message: `${other.verdict === 'verbatim' ? 'Verbatim' : 'Said'} in ${where}, not in ${primary.document.title}.`, severity: 'warning' as const },
          ...claim.reasons,
        ],
        evidence: [...claim.evidence, ...other.evidence.map((ev) => ({ ...ev, source: id(k) }))],
      };
    }
    return claim;
  });
  return {
    ...base,
    sources: chosen.map((c, k) => ({ id: id(k), path: c.document.path, title: c.document.title })),
    documents: [{ ...base.documents[0]!, claims }],
    corpus: {
      chosen: chosen.map((c, k) => ({ source: id(k), path: c.document.path, title: c.document.title, reason: c.reason })),
      candidates: choices.map(toCandidate),
    },
  };
}

const round = (x: number) => Math.round(x * 100) / 100;

function toCandidate(c: Choice): CorpusCandidate {
  const d = c.document;
  return {
    path: d.path,
    title: d.title,
    ...(d.subject ? { subject: d.subject } : {}),
    ...(d.inspection ? { inspected: describeDate(d.inspection) } : {}),
    ...(d.published ? { published: d.published } : {}),
    score: round(c.score),
    evidence: { subject: round(c.subject), dates: c.dates, grade: c.grade, quotesFound: c.quotes ? c.quotesFound : 0, quotes: c.quotes, phrases: round(c.phrases), keywords: round(c.keywords), words: round(c.words) },
  };
}
