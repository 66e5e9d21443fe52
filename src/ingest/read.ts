import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../errors.js';
import type { InputFormat, InputText } from '../types.js';

export interface ReadOptions {
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Reads one input file as text. Errors name the file and say what is wrong. */
export async function readInput(path: string, options: ReadOptions = {}): Promise<InputText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(path, 'no such file');
  }
  if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
  if (info.size > maxBytes) throw new InputError(path, `is ${info.size} bytes, over the limit of ${maxBytes} bytes`);
  const bytes = await readFile(path);
  return decodeInput(path, bytes);
}

export function decodeInput(path: string, bytes: Uint8Array): InputText {
  if (bytes.length === 0) throw new InputError(path, 'is empty');
  if (bytes.includes(0)) throw new InputError(path, 'looks binary (it contains NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(path, 'is not valid UTF-8 text');
  }
  if (text.trim() === '') throw new InputError(path, 'has no text');
  return { path, text, format: formatFromName(path) };
}

function formatFromName(path: string): InputFormat {
  const ext = extname(path).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
}
