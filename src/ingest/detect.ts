import { extname } from 'node:path';
import type { InputFormat } from '../types.js';

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, n: number) => String.fromCharCode(...bytes.subarray(0, n));

/** The format of a file, from its first bytes, then its name. `binary` names a format we do not read. */
export function detectFormat(path: string, bytes: Uint8Array): InputFormat | { binary: string } {
  if (ascii(bytes, 5) === '%PDF-') return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // a DOCX is a zip whose entries include word/document.xml; the name is in a local header
    return Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).includes('word/') ? 'docx' : { binary: 'a zip archive (not a Word document)' };
  }
  const known: Array<[number[], string]> = [
    [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
    [[0xff, 0xd8, 0xff], 'a JPEG image'],
    [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
    [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document (.doc); save it as .docx'],
    [[0x1f, 0x8b], 'a gzip archive'],
    [[0x7f, 0x45, 0x4c, 0x46], 'a program (ELF)'],
  ];
  for (const [signature, what] of known) if (startsWith(bytes, signature)) return { binary: what };
  const ext = extname(path).toLowerCase();
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  // a web page saved under a document's name (a download that got the error page) is read as the page it is
  if (ext === '.html' || ext === '.htm' || head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (ext === '.pdf') return 'pdf';
  if (ext === '.docx') return 'docx';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return 'text';
}
