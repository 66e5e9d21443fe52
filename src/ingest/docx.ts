import { inflateRawSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { unpackedTooBig } from '../fs/bounded-read.js';
import { htmlToText } from './html.js';
import { DEFAULT_LIMITS } from '../limits.js';

/** A Word document's text, through mammoth's HTML (which keeps headings, lists and tables) and our HTML reader. */
export async function docxToText(path: string, bytes: Uint8Array, maxUnpacked = DEFAULT_LIMITS.maxUnpackedBytes): Promise<string> {
  // what the central directory claims first (free), then what the parts really inflate to (a zip
  // may lie about sizes): mammoth inflates them all again, so only a bounded file reaches it
  const claimed = unpackedSize(bytes);
  if (claimed > maxUnpacked) throw unpackedTooBig(path, `unpacks to ${claimed} bytes (a zip bomb?)`, maxUnpacked);
  const actual = inflatedSize(bytes, maxUnpacked);
  if (actual > maxUnpacked) throw unpackedTooBig(path, `unpacks to more than ${maxUnpacked} bytes (a zip bomb?)`, maxUnpacked);
  const mammoth = await import('mammoth');
  let html: string;
  try {
    html = (await mammoth.default.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new InputError(path, `is not a readable Word document (${brief(error)})`);
  }
  return htmlToText(`<body>${html}</body>`, path);
}

const CENTRAL = 0x02014b50;

/** What a zip's entries add up to once inflated, from its central directory (signature PK\x01\x02,
 * uncompressed size at byte 24 of each record) — read before anything is inflated. */
export function unpackedSize(bytes: Uint8Array): number {
  return centralEntries(bytes).reduce((n, e) => n + e.size, 0);
}

interface Entry {
  method: number;
  compressed: number;
  size: number;
  local: number;
}

function centralEntries(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: Entry[] = [];
  for (let i = 0; i + 46 <= bytes.length; i++) {
    if (view.getUint32(i, true) !== CENTRAL) continue;
    entries.push({ method: view.getUint16(i + 10, true), compressed: view.getUint32(i + 20, true), size: view.getUint32(i + 24, true), local: view.getUint32(i + 42, true) });
    i += 45;
  }
  return entries;
}

/** The bytes the entries really inflate to, inflating each with a cap on its output: stops (and
 * returns more than `max`) as soon as the total passes `max`. An entry that cannot be inflated is
 * left for mammoth to report. */
function inflatedSize(bytes: Uint8Array, max: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const e of centralEntries(bytes)) {
    if (e.local + 30 > bytes.length || view.getUint32(e.local, true) !== 0x04034b50) continue;
    const start = e.local + 30 + view.getUint16(e.local + 26, true) + view.getUint16(e.local + 28, true);
    const data = bytes.subarray(start, Math.min(bytes.length, start + e.compressed));
    if (e.method === 0) total += data.length;
    else if (e.method === 8) {
      try {
        total += inflateRawSync(data, { maxOutputLength: Math.max(1, max - total + 1) }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return max + 1;
      }
    }
    if (total > max) return total;
  }
  return total;
}

export function brief(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 120);
}
