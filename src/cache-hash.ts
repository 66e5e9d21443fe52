// A 64-bit hash that names cache entries, computed in JavaScript: node:crypto costs a warm check
// more to load (its modules and the stream classes, 2% of the run) than this costs on any text a
// check reads. Not for anything a person could choose to make collide: what it names is either
// checked against what it was made from (a kept model holds its report's text; V8 checks cached
// code against its source) or an edit it misses is one in 2^64 (the shipped rule files).

/** The hash of the parts (each told apart from the next), as 16 hex digits. */
export function cacheHash(...parts: string[]): string {
  // two 32-bit lanes multiplied by different odd constants, mixed into each other at the end
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let p = 0; p < parts.length; p++) {
    const text = parts[p]!;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    // a part's end, so that ('ab', 'c') and ('a', 'bc') differ
    h1 = Math.imul(h1 ^ 0x10000 ^ p, 2654435761);
    h2 = Math.imul(h2 ^ 0x10000 ^ p, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
