// Synthetic inspection reports made from a real one, for the corpus benchmark and its tests:
// another council's name, other dates and grades, paragraphs in another order, some words swapped.
// Deterministic for a seed, so a benchmark measures the same corpus every time.

const PREFIXES = ['North', 'South', 'East', 'West', 'Ash', 'Brook', 'Cole', 'Dun', 'Elm', 'Fair', 'Glen', 'Hart', 'Kings', 'Lang', 'Mill', 'Oak', 'Red', 'Stan', 'Thorn', 'Wood'];
const SUFFIXES = ['ham', 'ford', 'bury', 'field', 'wick', 'ton', 'stead', 'mere', 'bridge', 'mouth', 'ley', 'worth'];
const GRADES = ['Outstanding', 'Good', 'Requires improvement to be good', 'Inadequate'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SWAPS: Array<[RegExp, string]> = [
  [/\beffective\b/g, 'strong'],
  [/\bchildren and families\b/g, 'families and children'],
  [/\bwell\b/g, 'consistently well'],
  [/\bMost\b/g, 'Many'],
  [/\btimely\b/g, 'prompt'],
];

/** Sentences of a report fit to quote in a made-up press item: 12 to 40 words, ending in a full
 * stop, no figures or quotation marks. */
export function quotableSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((p) => p.split(/(?<=[a-z]\.)\s+(?=[A-Z])/))
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => /^[A-Z][^"\u201c\u201d\u2018\u2019\d\u2022]*[a-z]\.$/.test(s) && s.split(' ').length >= 12 && s.split(' ').length <= 40);
}

/** mulberry32: small, fast, seeded. */
export function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The name of the nth synthetic council: distinct for the first 240, then numbered. */
export function councilName(n: number): string {
  const base = PREFIXES[n % PREFIXES.length]! + SUFFIXES[Math.floor(n / PREFIXES.length) % SUFFIXES.length]!;
  return n < PREFIXES.length * SUFFIXES.length ? base : `${base} ${Math.floor(n / (PREFIXES.length * SUFFIXES.length)) + 1}`;
}

/** A report like `template` (whose council is `place`) about the nth synthetic council. */
export function syntheticReport(template: string, place: string, n: number, seed = 1): string {
  const rand = prng(seed * 100_003 + n);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const name = councilName(n);
  const year = 2016 + Math.floor(rand() * 9);
  const start = 1 + Math.floor(rand() * 14);
  let text = template.replaceAll(place, name);
  text = text.replace(/Inspection dates: [^\n]+/, `Inspection dates: ${start} to ${start + 4 + Math.floor(rand() * 10)} ${pick(MONTHS)} ${year}`);
  text = text.replace(/\b(20[12]\d)\b/g, (y) => String(Number(y) - 2023 + year - 1));
  const grade = pick(GRADES);
  text = text.replace(/\t(Good|Outstanding|Inadequate|Requires improvement to be good)$/gm, () => `\t${rand() < 0.7 ? grade : pick(GRADES)}`);
  text = text.replace(/: good$/gm, `: ${grade.toLowerCase()}`);
  for (const [pattern, replacement] of SWAPS) if (rand() < 0.5) text = text.replace(pattern, replacement);
  return shuffleParagraphs(text, rand);
}

/** Shuffles each section's numbered paragraphs and numbers them again in their new order. */
function shuffleParagraphs(text: string, rand: () => number): string {
  const lines = text.split('\n');
  let number = 0;
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    for (let i = run.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [run[i], run[j]] = [run[j]!, run[i]!];
    }
    for (const line of run) out.push(line.replace(/^- \d+\./, () => `- ${++number}.`), '');
    run = [];
  };
  for (const line of lines) {
    if (/^- \d+\. /.test(line)) run.push(line);
    else if (line.trim() === '' && run.length) continue;
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out.join('\n');
}
