import { isContentWord, withoutPossessive, type Token } from '../ingest/tokens.js';
import type { Lexicon } from '../rules/lexicon.js';
import { askedEntry, askedMemoKey, memoGrew, type Passage, type SourceModel } from './source-model.js';
import { tagCount } from './meaning/senses.js';
import { dice, letterCounts, passageKeys, type Letters, type PassageKeys } from './passage-keys.js';
import { THRESHOLDS } from '../judge/policy.js';
import { PhraseMatcher } from '../rules/phrases.js';

/** Where a claim's words stand in a source, word for word. */
export interface ExactMatch {
  /** Index range into the source's tokens, first segment's start to last segment's end. */
  from: number;
  to: number;
}

const wordIndexCache = new WeakMap<SourceModel, Map<string, number[]>>();

function wordIndex(model: SourceModel): Map<string, number[]> {
  let index = wordIndexCache.get(model);
  if (!index) {
    index = new Map();
    model.tokens.forEach((t, i) => {
      const list = index!.get(t.word);
      if (list) list.push(i);
      else index!.set(t.word, [i]);
    });
    wordIndexCache.set(model, index);
  }
  return index;
}

/** Finds the claim's words in order in the source. `segments` are the claim's words cut at
 * ellipses and bracketed insertions; each must follow the previous one within `maxGap` words.
 * Prefers matches in passages for which `prefer` returns true. */
export function findExact(model: SourceModel, segments: string[][], prefer?: (at: number) => boolean, maxGap = 120): ExactMatch | undefined {
  const segs = segments.filter((s) => s.length > 0);
  const first = segs[0];
  if (!first) return undefined;
  const index = wordIndex(model);
  const found: ExactMatch[] = [];
  for (const start of index.get(first[0]!) ?? []) {
    let at = start;
    let ok = true;
    for (const [k, seg] of segs.entries()) {
      const pos = k === 0 ? (sequenceAt(model.tokens, seg, at) ? at : -1) : nextSequence(model.tokens, seg, at, at + maxGap);
      if (pos < 0) {
        ok = false;
        break;
      }
      at = pos + seg.length;
    }
    if (ok) {
      found.push({ from: start, to: at });
      if (!prefer || prefer(start)) return found[found.length - 1];
    }
  }
  return found[0];
}

function sequenceAt(tokens: Token[], seq: string[], at: number): boolean {
  return seq.every((w, k) => tokens[at + k]?.word === w);
}

function nextSequence(tokens: Token[], seq: string[], from: number, to: number): number {
  for (let i = from; i <= Math.min(to, tokens.length - seq.length); i++) if (sequenceAt(tokens, seq, i)) return i;
  return -1;
}

/** A candidate passage (one sentence, or two that follow each other) with its retrieval score. */
export interface Candidate {
  passages: Passage[];
  tokens: Token[];
  score: number;
}

/** Stems that stand for the same thing (synonym groups) share a key, so paraphrases meet. */
export function conceptKeys(stem: string, lex: Lexicon): string[] {
  const groups = lex.synonyms.get(stem);
  return groups ? [stem, ...groups.map((g) => `#${g}`)] : [stem];
}

/** The passages most like the claim by shared content words (TF-IDF weighted), best first. */
export function retrieve(model: SourceModel, claim: Token[], lex: Lexicon, k = 5): Candidate[] {
  const stems = [...new Set(claim.filter((t) => isContentWord(t.word)).map((t) => t.stem))];
  // scores in one array per source, indexed by passage, cleared after use: a long claim touches
  // most passages, and a map and a sort of all of them per claim was most of retrieval
  const scores = scoreArray(model);
  const touched: number[] = [];
  // indexed loops, as in alignBound: every claim's every stem's passages
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i]!;
    const weight = model.idf.get(s) ?? Math.log(1 + model.passages.length);
    const hits = passagesWith(model, lex, s);
    for (let h = 0; h < hits.length; h++) {
      const p = hits[h]!;
      if (scores[p] === 0) touched.push(p);
      scores[p] = scores[p]! + weight;
    }
  }
  const singles = topScores(touched, scores, k * 2).map((index) => [index, scores[index]!] as const);
  const scoreOf = (index: number) => scores[index] ?? 0;
  const candidates: Candidate[] = [];
  for (const [index, score] of singles) {
    const p = model.passages[index]!;
    candidates.push({ passages: [p], tokens: p.tokens, score });
    // a claim may draw on the sentence after (or before) too
    for (const other of [model.passages[index + 1], model.passages[index - 1]]) {
      if (!other || other.block !== p.block) continue;
      const pair = other.index > p.index ? [p, other] : [other, p];
      candidates.push({ passages: pair, tokens: joinedTokens(model, pair), score: score + scoreOf(other.index) * 0.5 });
    }
  }
  for (let t = 0; t < touched.length; t++) scores[touched[t]!] = 0;
  return candidates.sort((a, b) => b.score - a.score || a.passages[0]!.index - b.passages[0]!.index).slice(0, k * 2);
}

const scoreCache = new WeakMap<SourceModel, Float64Array>();

/** The source's scratch array of passage scores, all 0 between calls. */
function scoreArray(model: SourceModel): Float64Array {
  let scores = scoreCache.get(model);
  if (!scores) scoreCache.set(model, (scores = new Float64Array(model.passages.length)));
  return scores;
}

/** The `n` passages with the highest scores, ties to the earlier passage: what sorting them all
 * and taking the first `n` gives, in one pass. */
export function topScores(indexes: readonly number[], scores: ArrayLike<number>, n: number): number[] {
  const top: number[] = [];
  if (n <= 0) return top;
  const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  for (let k = 0; k < indexes.length; k++) {
    const i = indexes[k]!;
    if (top.length === n && !before(i, top[n - 1]!)) continue;
    if (top.length < n) top.push(i);
    else top[n - 1] = i;
    // moved up past every kept index it comes before
    for (let at = top.length - 1; at > 0 && before(top[at]!, top[at - 1]!); at--) {
      const moved = top[at]!;
      top[at] = top[at - 1]!;
      top[at - 1] = moved;
    }
  }
  return top;
}

const hitCache = new WeakMap<SourceModel, Map<string, number[]>>();

/** The passages holding a stem or a stem of the same synonym group, worked out once per source
 * and stem: a long claim (a capped quotation) asks for the same stems again and again. */
function passagesWith(model: SourceModel, lex: Lexicon, stem: string): number[] {
  let byStem = hitCache.get(model);
  if (!byStem) hitCache.set(model, (byStem = new Map()));
  let hits = byStem.get(stem);
  if (!hits) {
    const related = new Set([stem, ...(synonymStems(model, lex).get(stem) ?? [])]);
    const found = new Set<number>();
    for (const r of related) for (const p of model.postings.get(r) ?? []) found.add(p);
    byStem.set(stem, (hits = [...found]));
  }
  return hits;
}

const joinedCache = new WeakMap<SourceModel, Map<string, Token[]>>();
/** Runs of passages kept per model before the cache starts again: a claim's pairs and the passages
 * `complement` tries together recur from claim to claim, but not without bound. */
const JOINED_KEPT = 8192;

/** The tokens of passages read together (a passage and the next, or the passages a claim rests
 * on), one array per model and run of passages, so what is computed from a candidate's tokens
 * (its cover and keys) is computed once for every claim. */
export function joinedTokens(model: SourceModel, passages: readonly Passage[]): Token[] {
  let joined = joinedCache.get(model);
  if (!joined) joinedCache.set(model, (joined = new Map()));
  const key = passages.map((p) => p.index).join(',');
  let tokens = joined.get(key);
  if (!tokens) {
    if (joined.size >= JOINED_KEPT) joined.clear();
    joined.set(key, (tokens = passages.flatMap((p) => p.tokens)));
  }
  return tokens;
}

const synonymCache = new WeakMap<SourceModel, Map<string, string[]>>();

/** For each stem, the source's stems that share a synonym group with it. */
function synonymStems(model: SourceModel, lex: Lexicon): Map<string, string[]> {
  let map = synonymCache.get(model);
  if (map) return map;
  map = new Map();
  const byGroup = new Map<string, string[]>();
  for (const [stem, groups] of lex.synonyms) for (const g of groups) byGroup.set(`#${g}`, [...(byGroup.get(`#${g}`) ?? []), stem]);
  for (const [stem, groups] of lex.synonyms) {
    map.set(stem, [...new Set(groups.flatMap((g) => byGroup.get(`#${g}`) ?? []))].filter((s) => s !== stem));
  }
  synonymCache.set(model, map);
  return map;
}

/** How well passages carry the claim: the IDF-weighted share of the claim's content words they
 * contain (synonyms, words WordNet gives the same sense, and stems that differ only in their
 * ending count), and Dice similarity. The claim's frame — who said it ("Ofsted", "inspectors
 * praised") — is not its content. `missing` lists the claim's words the passage has nothing for,
 * the most telling first. */
export function similarity(model: SourceModel, claim: Token[] | ClaimWords, passage: Token[], lex: Lexicon): { coverage: number; dice: number; readonly missing: string[] } {
  const cover = passageCover(passage, lex, model);
  const { words, total, letters } = Array.isArray(claim) ? claimWords(model, claim, lex) : claim;
  // a change ("have improved") is not met by a grade that names the same root ("require improvement"):
  // a grade says where a service stands, not that it moved
  const has = (w: ClaimWord) =>
    (w.phrases.length > 0 && w.phrases.some(cover.has)) || (cover.coversWord(w.id, w.token) && !(w.change && cover.onlyInGrades(w.token)));
  let hit = 0;
  for (const w of words) if (has(w)) hit += w.weight;
  let missing: string[] | undefined;
  return {
    coverage: total ? hit / total : 0,
    dice: dice(letters, cover.keys),
    // only the chosen candidate's are ever shown, so they are found again (from the cover's kept
    // answers) when asked for, not kept for every candidate
    get missing() {
      return (missing ??= missingWords(words.filter((w) => !has(w))));
    },
  };
}

/** The claim's words a passage has nothing for, each once, the most telling first. */
function missingWords(lacking: ClaimWord[]): string[] {
  const weights = new Map<string, number>();
  for (const w of lacking) weights.set(w.token.word, w.weight);
  return [...weights.entries()].sort((x, y) => y[1] - x[1]).map(([w]) => w);
}

interface PassageCover {
  keys: PassageKeys;
  /** Whether a concept or phrase key is the passage's. */
  has(key: string): boolean;
  /** Whether the passage has something for a claim word (`token`, its word numbered `id` by
   * wordId): its concept keys, a word of the same root or sense. Answered from an array once asked,
   * since a long claim asks each of its words of ten candidates. */
  coversWord(id: number, token: Token): boolean;
  /** Whether the passage's words of the token's root all stand inside grade terms ("requires improvement"). */
  onlyInGrades(token: Token): boolean;
}

const coverCache = new WeakMap<Lexicon, WeakMap<Token[], PassageCover>>();
/** Per token array (by its tokens' offsets: a passage, a pair, or passages joined), whether it covers each claim word asked about. */
const COVER_HITS = askedMemoKey<string, Map<string, boolean>>('cover-hits');

/** What a passage covers, kept per rule set and passage, and each word's answer kept per word: the
 * same passages are scored against many claims. */
function passageCover(passage: Token[], lex: Lexicon, model: SourceModel): PassageCover {
  let byPassage = coverCache.get(lex);
  if (!byPassage) coverCache.set(lex, (byPassage = new WeakMap()));
  let cover = byPassage.get(passage);
  if (cover) return cover;
  const keys = passageKeys(passage, lex, conceptKeys);
  // the passage's synonym-phrase keys
  const phrases = new Set(phraseKeys(passage, lex).flat());
  // each word's answer is kept on the model, so the next check against the same report need not
  // ask WordNet again (the costly part)
  const hits = askedEntry(model, COVER_HITS, passage.map((t) => t.start).join(' '), () => new Map<string, boolean>());
  const has = (k: string) => keys.concepts.has(k) || phrases.has(k);
  const covers = ({ word, stem }: Token) => {
    let hit = hits.get(word);
    if (hit === undefined) {
      hits.set(word, (hit = conceptKeys(stem, lex).some(has) || keys.stems.some((s) => sameRoot(s, stem)) || keys.meaning(word)));
      memoGrew(model);
    }
    return hit;
  };
  // per word id: 0 not yet asked, 1 not covered, 2 covered
  let asked = new Uint8Array(0);
  const coversWord = (id: number, token: Token) => {
    if (id >= asked.length) {
      const grown = new Uint8Array(Math.max(id + 1, asked.length * 2));
      grown.set(asked);
      asked = grown;
    }
    if (asked[id] === 0) asked[id] = covers(token) ? 2 : 1;
    return asked[id] === 2;
  };
  const inGrade = gradeTermTokens(passage, lex, model);
  const onlyInGrades = ({ stem }: Token) => {
    const same = passage.filter((t) => sameRoot(t.stem, stem));
    return same.length > 0 && same.every((t) => inGrade.has(t));
  };
  byPassage.set(passage, (cover = { keys, has, coversWord, onlyInGrades }));
  return cover;
}

/** The passage's words that are part of a grade term of a rating scale, or of a grade the report's
 * layout read (a table's "Requires" and "Improvement" on lines, and so passages, of their own). */
function gradeTermTokens(passage: Token[], lex: Lexicon, model: SourceModel): Set<Token> {
  const seq = passage.map((t) => t.word);
  const out = new Set<Token>();
  for (const scale of lex.ratings) for (const hit of scale.terms.findAll(seq)) for (let k = hit.from; k < hit.to; k++) out.add(passage[k]!);
  for (const t of passage) if (model.source.grades.some((g) => g.span.start <= t.start && t.end <= g.span.end)) out.add(t);
  return out;
}

interface ClaimWord {
  token: Token;
  /** Its word's number (wordId). */
  id: number;
  weight: number;
  /** Synonym groups of a several-word phrase the word is part of. */
  phrases: readonly string[];
  /** A verb of change ("improved", "raised"). */
  change: boolean;
}

/** What `similarity` needs of a claim, worked out once for all the candidates it is scored
 * against. Made by the caller and dropped with it, not cached by the claim's tokens: a cache keyed
 * by each of a long quotation's pieces kept them all alive until the next full collection. */
export interface ClaimWords {
  /** Its content words (its frame left out) with their weights in the source. */
  words: ClaimWord[];
  total: number;
  letters: Letters;
}

export function claimWords(model: SourceModel, claim: Token[], lex: Lexicon): ClaimWords {
  const claimPhrases = phraseKeys(claim, lex);
  const words: ClaimWord[] = [];
  let total = 0;
  for (let i = 0; i < claim.length; i++) {
    const t = claim[i]!;
    if (!isContentWord(t.word) || isFrameWord(t.word, lex)) continue;
    const weight = model.idf.get(t.stem) ?? absentWeight(model, t.word);
    total += weight;
    words.push({ token: t, id: wordId(t.word), weight, phrases: claimPhrases[i]!, change: lex.gradePhrasing?.changes.hasWord(t.word) ?? false });
  }
  return { words, total, letters: letterCounts(claim) };
}

/** The weight of a claim word the source never uses: the weight of the rarest source word, less
 * for a word common in English ("become", "years"), which says little of what the claim is
 * about; a rare one ("raft", "trafficked") is as telling as the rarest word of the source. */
function absentWeight(model: SourceModel, word: string): number {
  return Math.log(1 + model.passages.length) / (1 + tagCount(word) / THRESHOLDS.commonWordCount);
}

const phraseCache = new WeakMap<Lexicon, PhraseMatcher<number[]>>();
const NO_PHRASE: readonly string[] = Object.freeze([]);

/** For each token, the synonym groups of a several-word phrase it is part of ("children in care",
 * "looked after children"): such a phrase meets its synonyms as a whole. */
function phraseKeys(tokens: Token[], lex: Lexicon): Array<readonly string[]> {
  let matcher = phraseCache.get(lex);
  if (!matcher) {
    matcher = new PhraseMatcher([...lex.synonyms.entries()].filter(([key]) => key.includes(' ')));
    phraseCache.set(lex, matcher);
  }
  // most words are in no phrase: they share one empty list rather than one each
  const keys = new Array<readonly string[]>(tokens.length).fill(NO_PHRASE);
  for (const hit of matcher.findAll(tokens.map((t) => t.stem))) {
    for (let k = hit.from; k < hit.to; k++) keys[k] = [...keys[k]!, ...hit.value.map((g) => `#${g}`)];
  }
  return keys;
}

export function isFrameWord(word: string, lex: Lexicon): boolean {
  const frame = frameWords(lex);
  return frame.has(word) || frame.has(withoutPossessive(word));
}

/** Porter leaves some pairs apart ("consider" → consid, "consideration" → consider): stems of
 * five letters or more where one begins the other are the same root. */
function sameRoot(a: string, b: string): boolean {
  if (a === b) return true;
  // no destructuring of [a, b]: it made an array and an iterator per call (see dice)
  return a.length <= b.length ? a.length >= 5 && b.startsWith(a) : b.length >= 5 && a.startsWith(b);
}

const frameCache = new WeakMap<Lexicon, Set<string>>();

/** Words that frame a claim as reported (the source's names, document nouns, reporting verbs) or grade it. */
function frameWords(lex: Lexicon): Set<string> {
  let frame = frameCache.get(lex);
  if (!frame) {
    // degree words ("a number of", "most") are compared by the scale rules, not counted here
    const degrees = lex.degrees.flatMap((s) => s.rule.levels.flat());
    const names = [...(lex.entities?.names ?? []), ...(lex.attribution?.verbList ?? [])];
    const single = names.filter((p) => !p.includes(' '));
    frame = new Set([...single, ...degrees.flatMap((p) => p.split(' '))].map((w) => w.toLowerCase()).filter((w) => isContentWord(w)));
    frameCache.set(lex, frame);
  }
  return frame;
}

const wordIdOf = new Map<string, number>();

/** A number for each distinct word, for this process. */
function wordId(word: string): number {
  let id = wordIdOf.get(word);
  if (id === undefined) wordIdOf.set(word, (id = wordIdOf.size));
  return id;
}

const stemIdOf = new Map<string, number>();
const stemIdCache = new WeakMap<Token[], Int32Array>();

/** The tokens' stems as small integers (one per distinct stem, for this process), kept per token
 * array: the alignment compares every claim word with every passage word, and comparing numbers
 * is cheaper than comparing strings. */
function stemIds(tokens: Token[]): Int32Array {
  let ids = stemIdCache.get(tokens);
  if (!ids) {
    ids = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const stem = tokens[i]!.stem;
      let id = stemIdOf.get(stem);
      if (id === undefined) stemIdOf.set(stem, (id = stemIdOf.size));
      ids[i] = id;
    }
    stemIdCache.set(tokens, ids);
  }
  return ids;
}

/** The most words a local alignment of the claim within the passage can match: an alignment pairs
 * each word at most once, so no more than the claim words whose stem the passage has, nor than the
 * passage words whose stem the claim has. A candidate whose score could not win even so need not
 * be aligned at all. */
export function alignBound(claim: Token[], passage: Token[]): number {
  const a = stemIds(claim);
  const b = stemIds(passage);
  if (marks.length < stemIdOf.size) marks = new Int32Array(stemIdOf.size * 2);
  if (stamp > 2 ** 30) {
    marks = new Int32Array(marks.length);
    stamp = 0;
  }
  // each side's stems marked with a fresh stamp, then the other side's words counted against it
  // (indexed loops: a for…of over a typed array makes an object per step until V8 optimizes it,
  // which in most runs it never does; see src/cli.ts)
  const claimStamp = ++stamp;
  for (let i = 0; i < a.length; i++) marks[a[i]!] = claimStamp;
  let fromPassage = 0;
  for (let j = 0; j < b.length; j++) if (marks[b[j]!] === claimStamp) fromPassage++;
  const passageStamp = ++stamp;
  for (let j = 0; j < b.length; j++) marks[b[j]!] = passageStamp;
  let fromClaim = 0;
  for (let i = 0; i < a.length; i++) if (marks[a[i]!] === passageStamp) fromClaim++;
  return Math.min(fromClaim, fromPassage);
}

/** A stem id's last stamp (alignBound's scratch space, one for the process: a set per call cost more than the alignment it saves). */
let marks = new Int32Array(1024);
let stamp = 0;

/** Local alignment (Smith–Waterman over stems) of the claim's words within a passage: the
 * stretch of the passage that best matches, and how much of the claim it matched. Two rows at a
 * time (memory linear in the passage): each cell carries where the walk back from it would end
 * and the words matched on the way, chosen as the walk chooses (diagonal, then up, then left). */
export function localAlign(claim: Token[], passage: Token[]): { from: number; to: number; matched: number; claimFrom: number; claimTo: number } {
  const n = claim.length;
  const m = passage.length;
  const MATCH = 2;
  const MISMATCH = -1;
  const GAP = -1;
  const a = stemIds(claim);
  const b = stemIds(passage);
  let best = 0;
  let result = { from: 0, to: 0, matched: 0, claimFrom: 0, claimTo: 0 };
  // per row: score, and the start (claim index, passage index) and matched count of the walk back
  // (rows swapped through a temporary, not by destructuring, which makes objects per row until V8
  // optimizes it)
  let prevH = new Int32Array(m + 1);
  let prevI = new Int32Array(m + 1);
  let prevJ = new Int32Array(m + 1);
  let prevM = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prevJ[j] = j;
  const startJ = prevJ.slice();
  let curH = new Int32Array(m + 1);
  let curI = new Int32Array(m + 1);
  let curJ = new Int32Array(m + 1);
  let curM = new Int32Array(m + 1);
  let prevZero = true;
  for (let i = 1; i <= n; i++) {
    const stem = a[i - 1]!;
    if (prevZero && !b.includes(stem)) {
      // nothing to extend and nothing to match: every cell of the row scores 0 and starts a walk
      // of its own, so the row is filled at once (most rows of a long claim against one sentence)
      curH.fill(0);
      curI.fill(i);
      curJ.set(startJ);
      curM.fill(0);
    } else {
      curH[0] = 0;
      curI[0] = i;
      curJ[0] = 0;
      curM[0] = 0;
      prevZero = true;
      for (let j = 1; j <= m; j++) {
        const same = stem === b[j - 1]!;
        const diag = prevH[j - 1]! + (same ? MATCH : MISMATCH);
        const up = prevH[j]! + GAP;
        const left = curH[j - 1]! + GAP;
        const h = Math.max(0, diag, up, left);
        curH[j] = h;
        if (h > 0) prevZero = false;
        if (h <= 0) {
          curI[j] = i;
          curJ[j] = j;
          curM[j] = 0;
        } else if (h === diag) {
          curI[j] = prevI[j - 1]!;
          curJ[j] = prevJ[j - 1]!;
          curM[j] = prevM[j - 1]! + (same ? 1 : 0);
        } else if (h === up) {
          curI[j] = prevI[j]!;
          curJ[j] = prevJ[j]!;
          curM[j] = prevM[j]!;
        } else {
          curI[j] = curI[j - 1]!;
          curJ[j] = curJ[j - 1]!;
          curM[j] = curM[j - 1]!;
        }
        if (h > best) {
          best = h;
          result = { from: curJ[j]!, to: j, matched: curM[j]!, claimFrom: curI[j]!, claimTo: i };
        }
      }
    }
    let row = prevH;
    prevH = curH;
    curH = row;
    row = prevI;
    prevI = curI;
    curI = row;
    row = prevJ;
    prevJ = curJ;
    curJ = row;
    row = prevM;
    prevM = curM;
    curM = row;
  }
  return result;
}
