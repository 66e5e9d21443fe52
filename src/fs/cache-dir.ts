import { homedir } from 'node:os';
import { join } from 'node:path';

/** claimcheck's folder in the user's cache: $CLAIMCHECK_CACHE_DIR, else $XDG_CACHE_HOME/claimcheck
 * or ~/.cache/claimcheck (downloads, PDF texts, compiled code). */
export function defaultCacheDir(): string {
  if (process.env.CLAIMCHECK_CACHE_DIR) return process.env.CLAIMCHECK_CACHE_DIR;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'claimcheck');
}
