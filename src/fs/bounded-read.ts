import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { InputError } from '../errors.js';

/** What a path is when it is not a regular file, in words for an error message. */
function kindOf(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'a directory';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Reads a regular file (following symlinks) of at most `maxBytes` bytes. Devices, FIFOs and
 * sockets are refused before they are opened for reading (reading /dev/zero never ends; opening a
 * FIFO waits for a writer), and the limit holds on the bytes actually read, not on what `stat`
 * said, so a file that grows while it is read is still cut off. */
export function readBounded(path: string, maxBytes: number): Buffer {
  let info: Stats;
  try {
    info = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'EACCES' ? 'cannot be read (permission denied)' : code === 'ELOOP' ? 'is a symlink loop' : 'no such file');
  }
  const kind = kindOf(info);
  if (kind) throw new InputError(path, `is ${kind}, not a file`);
  if (info.size > maxBytes) throw tooBig(path, info.size, maxBytes);
  let fd: number;
  try {
    // O_NONBLOCK: should the path have become a FIFO since the stat, opening it does not wait
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new InputError(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const swapped = kindOf(fstatSync(fd));
    if (swapped) throw new InputError(path, `is ${swapped}, not a file`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw tooBig(path, total, maxBytes, 'at least ');
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Reads a stream (standard input) up to `maxBytes` bytes. */
export async function readStreamBounded(name: string, stream: AsyncIterable<Buffer | string>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buffer);
    total += buffer.length;
    if (total > maxBytes) throw tooBig(name, total, maxBytes, 'at least ');
  }
  return Buffer.concat(chunks, total);
}

function tooBig(path: string, size: number, max: number, atLeast = ''): InputError {
  return new InputError(path, `is ${atLeast}${size} bytes, over the limit of ${max} bytes (raise it with --max-bytes)`);
}

/** The refusal when an input unpacks to more than the limit ("holds 12000000 bytes of text"); one wording for every format. */
export function unpackedTooBig(path: string, what: string, max: number): InputError {
  return new InputError(path, `${what}, over the limit of ${max} bytes (raise it with --max-unpacked-bytes)`);
}

/** The refusal of a PDF with more pages than the limit; the same whether its text is parsed or cached. */
export function tooManyPages(path: string, pages: number, max: number): InputError {
  return new InputError(path, `has ${pages} pages, over the limit of ${max} (raise it with --max-pages)`);
}
