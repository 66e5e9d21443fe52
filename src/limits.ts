// Limits that keep claimcheck fast and within memory on whatever a CMS exports. Each is
// configurable (CLI flag and config key) and reported as a clear input error when hit.

export interface Limits {
  /** Largest input file, in bytes (--max-bytes, maxBytes). */
  maxBytes: number;
  /** Most claims one draft may hold (--max-claims, maxClaims): 20,000 quotes is a data dump, not a press release. */
  maxClaims: number;
  /** Most a Word document may unpack to, in bytes: a small file that inflates to gigabytes is refused before it is read. */
  maxUnpackedBytes: number;
  /** Longest run of words matched as one sentence; longer runs (a 5 MB line) are matched in pieces of this size. */
  maxSentenceWords: number;
  /** Longest a source given as a web address may take to download, in milliseconds. */
  downloadTimeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 50 * 1024 * 1024,
  maxClaims: 5000,
  maxUnpackedBytes: 200 * 1024 * 1024,
  maxSentenceWords: 200,
  downloadTimeoutMs: 30_000,
};
