// Limits that keep claimcheck fast and within memory on whatever a CMS exports. Each is
// configurable (CLI flag and config key) and reported as a clear input error when hit. The
// defaults hold on a 2-core machine with a 2 GB heap (measured: docs/hardening.md).

export interface Limits {
  /** Most bytes read from one input file or standard input (--max-bytes, maxBytes). */
  maxBytes: number;
  /** Most one input may unpack to, in bytes: a Word file's inflated parts, a PDF's text, a text
   * file's decoded text (--max-unpacked-bytes, maxUnpackedBytes). The pipeline needs about 100
   * bytes of memory and 3 µs per byte of source text, so this bounds memory and time. */
  maxUnpackedBytes: number;
  /** Most pages read from one PDF (--max-pages, maxPages): the longest inspection reports run to
   * about 100 pages. */
  maxPages: number;
  /** Most claims one draft may hold (--max-claims, maxClaims): 20,000 quotes is a data dump, not a press release. */
  maxClaims: number;
  /** Longest run of words matched as one sentence; longer runs (a 5 MB line) are matched in pieces of this size. */
  maxSentenceWords: number;
  /** Longest a source given as a web address may take to download, in milliseconds. */
  downloadTimeoutMs: number;
  /** Deepest HTML element nesting read; deeper is refused (no real page nests 1,000 levels). */
  maxHtmlDepth: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 50 * 1024 * 1024,
  maxUnpackedBytes: 10 * 1024 * 1024,
  maxPages: 2000,
  maxClaims: 5000,
  maxSentenceWords: 200,
  downloadTimeoutMs: 30_000,
  maxHtmlDepth: 1000,
};
