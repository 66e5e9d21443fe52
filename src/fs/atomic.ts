import { closeSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';

export interface WriteOptions {
  /** Files the command reads: writing over one of them is refused (`-o draft.txt`). */
  inputs?: readonly string[];
  /** The system call that writes, for tests that need a short write or a full disk. */
  writeSync?: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
}

/** Writes a file so that readers only ever see the old or the new complete content: a temporary
 * file in the same folder, written in full (a short write is continued; a write of nothing, or
 * any error, fails), flushed to disk, then renamed over the target. On failure the old file is
 * untouched, the temporary file removed, and the error an InputError naming the path.
 * - A symlink is followed on purpose: its target is replaced and the link kept.
 * - A device, FIFO or other non-regular file (/dev/stdout) is written directly, not replaced.
 * - An existing file keeps its permissions (a mode-600 file stays 600).
 * - A path that is one of `inputs` is refused. */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): void {
  const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const write = options.writeSync ?? ((fd, buffer, offset, length) => writeSync(fd, buffer, offset, length));
  const target = followLink(path);
  const existing = statOrUndefined(target);
  if (existing?.isDirectory()) throw new InputError(path, 'is a directory, not a file to write');
  for (const input of options.inputs ?? []) {
    const other = statOrUndefined(input);
    if (existing && other && other.dev === existing.dev && other.ino === existing.ino) throw new InputError(path, 'is one of the inputs; write the report somewhere else');
  }
  if (existing && !existing.isFile()) return writeDirect(path, target, bytes, write);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = openSync(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    try {
      writeAll(fd, bytes, write);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new InputError(path, `cannot be written (${describe(error)}); ${existing ? 'the old file is unchanged' : 'nothing was written'}`);
  }
  syncFolder(dirname(target));
}

function writeAll(fd: number, bytes: Uint8Array, write: NonNullable<WriteOptions['writeSync']>): void {
  for (let done = 0; done < bytes.length; ) {
    const n = write(fd, bytes, done, bytes.length - done);
    if (n <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    done += n;
  }
}

function writeDirect(path: string, target: string, bytes: Uint8Array, write: NonNullable<WriteOptions['writeSync']>): void {
  try {
    const fd = openSync(target, 'w');
    try {
      writeAll(fd, bytes, write);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new InputError(path, `cannot be written (${describe(error)})`);
  }
}

/** Where a symlink (or a chain of them) points; the path itself when it is not one. */
function followLink(path: string): string {
  let info: Stats;
  try {
    info = lstatSync(path);
  } catch {
    return path;
  }
  if (!info.isSymbolicLink()) return path;
  try {
    return realpathSync(path);
  } catch {
    // /dev/stdout and other links into /proc resolve only by opening them
    if (statOrUndefined(path)) return path;
    throw new InputError(path, 'is a symlink to nothing; write the report somewhere else');
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The rename is durable only once the folder is flushed too; some file systems refuse, which is fine. */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // not every platform lets a folder be opened or flushed
  }
}

const describe = (error: unknown) => {
  const e = error as NodeJS.ErrnoException;
  if (error instanceof InputError) return error.problem;
  return e.code ? `${e.code}: ${(e.message ?? '').replace(/^\w+: /, '').replace(/, \w+(?: '.*)?$/, '')}` : String(e.message ?? error);
};
