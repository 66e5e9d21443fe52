import { InputError } from '../errors.js';
import { htmlToText } from './html.js';
import { DEFAULT_LIMITS } from '../limits.js';

/** A Word document's text, through mammoth's HTML (which keeps headings, lists and tables) and our HTML reader. */
export async function docxToText(path: string, bytes: Uint8Array, maxUnpacked = DEFAULT_LIMITS.maxUnpackedBytes): Promise<string> {
  const unpacked = unpackedSize(bytes);
  if (unpacked > maxUnpacked) throw new InputError(path, `unpacks to ${unpacked} bytes, over the limit of ${maxUnpacked} (a zip bomb?)`);
  const mammoth = await import('mammoth');
  let html: string;
  try {
    html = (await mammoth.default.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new InputError(path, `is not a readable Word document (${brief(error)})`);
  }
  return htmlToText(`<body>${html}</body>`);
}

/** What a zip's entries add up to once inflated, from its central directory (signature PK\x01\x02,
 * uncompressed size at byte 24 of each record) — read before anything is inflated. */
export function unpackedSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let i = 0; i + 46 <= bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    total += view.getUint32(i + 24, true);
    i += 45;
  }
  return total;
}

export function brief(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 120);
}
