import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { InputText } from '../types.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { decodeText } from './decode.js';
import { detectFormat } from './detect.js';

export interface ReadOptions {
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
}


/** Reads one input file (text, Markdown, HTML, PDF or DOCX) as text. Errors name the file and say what is wrong. */
export async function readInput(path: string, options: ReadOptions = {}): Promise<InputText> {
  const maxBytes = options.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(path, 'no such file');
  }
  if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
  if (info.size > maxBytes) throw new InputError(path, `is ${info.size} bytes, over the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
  return decodeInput(path, await readFile(path));
}

// the PDF, Word and HTML readers load their libraries only for files that need them, so that
// checking plain text starts fast

/** Bytes already in memory (stdin, a test) into text, by the format they turn out to be. */
export async function decodeInput(path: string, bytes: Uint8Array): Promise<InputText> {
  if (bytes.length === 0) throw new InputError(path, 'is empty');
  const format = detectFormat(path, bytes);
  if (typeof format === 'object') throw new InputError(path, `is ${format.binary}, not a document claimcheck reads (text, Markdown, HTML, PDF, DOCX)`);
  let input: InputText;
  if (format === 'pdf') {
    const { pdfToText } = await import('./pdf.js');
    input = { path, format, ...(await pdfToText(path, bytes)) };
  } else if (format === 'docx') {
    const { docxToText } = await import('./docx.js');
    input = { path, format, text: await docxToText(path, bytes) };
  } else if (format === 'html') {
    const { htmlToText } = await import('./html.js');
    input = { path, format, text: htmlToText(decodeText(path, bytes)) };
  } else {
    input = { path, format, text: decodeText(path, bytes) };
  }
  if (input.text.trim() === '') throw new InputError(path, 'has no text');
  return input;
}
