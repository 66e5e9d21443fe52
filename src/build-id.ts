import { readFileSync } from 'node:fs';

/** The id `npm run build` wrote last (dist/build-id.txt, a hash of everything it made), or undefined
 * when there is none: the CLI's entry names its cached code by it, and source models are kept under it. */
export function readBuildId(file: string | URL): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
