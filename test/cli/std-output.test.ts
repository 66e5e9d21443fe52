import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, readSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { standardOut } from '../../src/cli/std-output.js';

const folder = () => mkdtempSync(join(tmpdir(), 'claimcheck-out-'));

describe('standard output written to its file descriptor', () => {
  it('writes the whole text to a file, and reads a file as no terminal', () => {
    const path = join(folder(), 'out.txt');
    const fd = openSync(path, 'w');
    let made = 0;
    const out = standardOut(fd, () => {
      made++;
      return new PassThrough();
    });
    const text = `Inspectors found “good” practice.\n${'x'.repeat(300_000)}\n`;
    out.write(text);
    out.write('and more\n');
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe(`${text}and more\n`);
    expect(out.isTTY).toBe(false);
    expect(made).toBe(0);
  });

  it('hands the rest to the stream when a non-blocking pipe is full, and everything after it', () => {
    const fifo = join(folder(), 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    const stream = new PassThrough();
    const later: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => later.push(chunk));
    let made = 0;
    const out = standardOut(writer, () => {
      made++;
      return stream;
    });
    // more than a pipe holds (64 kB on Linux), nobody reading
    const text = Array.from({ length: 40_000 }, (_, i) => `line ${i}\n`).join('');
    out.write(text);
    out.write('the end\n');
    const piped: Buffer[] = [];
    const chunk = Buffer.alloc(65_536);
    // until the pipe is empty (a non-blocking read of an empty pipe fails with EAGAIN)
    for (;;) {
      let n = 0;
      try {
        n = readSync(reader, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      }
      if (n === 0) break;
      piped.push(Buffer.from(chunk.subarray(0, n)));
    }
    closeSync(writer);
    closeSync(reader);
    expect(made).toBe(1);
    expect(Buffer.concat(piped).length).toBeGreaterThan(0);
    expect(Buffer.concat([...piped, ...later]).toString()).toBe(`${text}the end\n`);
  });
});
