import { InputError } from '../errors.js';
import { readBounded, unpackedTooBig } from '../fs/bounded-read.js';
import type { InputText } from '../types.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { decodeText } from './decode.js';
import { detectFormat } from './detect.js';

export interface ReadOptions {
  /** Most bytes read from the file. */
  maxBytes?: number;
  /** Most the file may unpack to (a Word file's parts, a PDF's text, the decoded text), in bytes. */
  maxUnpackedBytes?: number;
  /** Most pages read from a PDF. */
  maxPages?: number;
  /** Told after each PDF page is read, for a progress line on long reads. */
  progress?: (path: string, page: number, pages: number) => void;
}

/** Reads one input file (text, Markdown, HTML, PDF or DOCX) as text. Errors name the file and say what is wrong. */
export async function readInput(path: string, options: ReadOptions = {}): Promise<InputText> {
  return decodeInput(path, readBounded(path, options.maxBytes ?? DEFAULT_LIMITS.maxBytes), options);
}

// the PDF, Word and HTML readers load their libraries only for files that need them, so that
// checking plain text starts fast

/** Bytes already in memory (stdin, a test) into text, by the format they turn out to be. */
export async function decodeInput(path: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<InputText> {
  const maxUnpacked = options.maxUnpackedBytes ?? DEFAULT_LIMITS.maxUnpackedBytes;
  if (bytes.length === 0) throw new InputError(path, 'is empty');
  const format = detectFormat(path, bytes);
  if (typeof format === 'object') throw new InputError(path, `is ${format.binary}, not a document claimcheck reads (text, Markdown, HTML, PDF, DOCX)`);
  let input: InputText;
  if (format === 'pdf') {
    const { pdfToText } = await import('./pdf.js');
    const progress = options.progress;
    input = { path, format, ...(await pdfToText(path, bytes, { maxPages: options.maxPages ?? DEFAULT_LIMITS.maxPages, maxText: maxUnpacked, ...(progress ? { progress: (n: number, of: number) => progress(path, n, of) } : {}) })) };
  } else if (format === 'docx') {
    const { docxToText } = await import('./docx.js');
    input = { path, format, text: await docxToText(path, bytes, maxUnpacked) };
  } else {
    // decoding never shrinks text by much: refuse before the work, not after
    if (bytes.length > maxUnpacked) throw unpackedTooBig(path, `holds ${bytes.length} bytes of text`, maxUnpacked);
    const text = decodeText(path, bytes);
    input = format === 'html' ? { path, format, text: (await import('./html.js')).htmlToText(text, path) } : { path, format, text };
  }
  const size = Buffer.byteLength(input.text);
  if (size > maxUnpacked) throw unpackedTooBig(path, `unpacks to ${size} bytes of text`, maxUnpacked);
  if (input.text.trim() === '') throw new InputError(path, 'has no text');
  return input;
}
