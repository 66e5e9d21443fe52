// Saves on a full disk keep the old file; -o never replaces what it should not (issue 17, items 6 and 7).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/fs/atomic.js';
import { encodeIndex } from '../../src/corpus/index-file.js';
import { ROOT, runCapture, SOURCE_PATH } from '../helpers.js';

const dir = () => mkdtempSync(join(tmpdir(), 'claimcheck-'));
const FINE = 'Ofsted said: \u201CStaff describe leaders as approachable, visible and supportive.\u201D\n';

/** A write that stores `limit` bytes in all and then reports a full disk, as a nearly full disk does. */
function fullDiskAfter(limit: number) {
  let written = 0;
  return (fd: number, buffer: Uint8Array, offset: number, length: number) => {
    const n = Math.min(length, limit - written, 4096);
    if (n <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    written += n;
    return execWrite(fd, buffer, offset, n);
  };
}
const execWrite = (fd: number, buffer: Uint8Array, offset: number, length: number) => writeSync(fd, buffer, offset, length);

describe('disk full', () => {
  it('a short write is continued to the end', () => {
    const d = dir();
    let calls = 0;
    const short = (fd: number, buffer: Uint8Array, offset: number, length: number) => {
      calls++;
      return execWrite(fd, buffer, offset, Math.min(length, 1000));
    };
    writeFileAtomic(join(d, 'f.json'), 'x'.repeat(10_000), { writeSync: short });
    expect(readFileSync(join(d, 'f.json'), 'utf8')).toBe('x'.repeat(10_000));
    expect(calls).toBe(10);
  });

  it('a full disk fails the save, keeps the old file whole and leaves no temporary file', () => {
    const d = dir();
    const file = join(d, 'draft.txt.claimcheck.json');
    writeFileSync(file, '{"version":1,"draft":"draft.txt","decisions":[]}\n');
    expect(() => writeFileAtomic(file, JSON.stringify({ big: 'y'.repeat(100_000) }), { writeSync: fullDiskAfter(50_000) })).toThrow(
      /claimcheck\.json: cannot be written \(ENOSPC: no space left on device\); the old file is unchanged$/,
    );
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, draft: 'draft.txt', decisions: [] });
    expect(readdirSync(d)).toEqual(['draft.txt.claimcheck.json']);
  });

  // a real full disk where a small tmpfs can be mounted (root in CI's container); elsewhere the
  // injected write above is the test
  const mountable = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;
  const mounts: string[] = [];
  afterAll(() => {
    for (const m of mounts) spawnSync('umount', [m]);
  });
  it.runIf(mountable)('on a real full tmpfs: check -o and index exit 2 with one line, and the old files stay', async () => {
    const d = dir();
    const disk = join(d, 'disk');
    mkdirSync(disk);
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', disk]).status !== 0) return;
    mounts.push(disk);
    writeFileSync(join(disk, 'draft.txt'), FINE);
    writeFileSync(join(disk, 'report.txt'), 'old report\n');
    const oldIndex = encodeIndex({ files: [], lengths: new Uint32Array(0), terms: [], records: [] });
    writeFileSync(join(disk, 'corpus.json'), oldIndex);
    try {
      writeFileSync(join(disk, 'filler'), Buffer.alloc(1 << 20));
    } catch {
      // the disk is full now, as intended
    }
    const r = await runCapture(['check', join(disk, 'draft.txt'), '--source', SOURCE_PATH, '--format', 'json', '-o', join(disk, 'report.txt')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^claimcheck: .*report\.txt: cannot be written \(ENOSPC.*\); the old file is unchanged\n$/);
    expect(readFileSync(join(disk, 'report.txt'), 'utf8')).toBe('old report\n');
    const index = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'index', SOURCE_PATH, '--index', join(disk, 'corpus.json')], { encoding: 'utf8' });
    expect(index.status).toBe(2);
    expect(index.stderr).toMatch(/^claimcheck: .*corpus\.json(\.d\/\S+)?: cannot be written \(ENOSPC/);
    expect(readFileSync(join(disk, 'corpus.json'))).toEqual(oldIndex);
  });
});

describe('-o and what is at the path', () => {
  it('refuses to write over one of the inputs, under any name', async () => {
    const d = dir();
    const draft = join(d, 'draft.txt');
    writeFileSync(draft, FINE);
    symlinkSync(draft, join(d, 'alias.txt'));
    for (const out of [draft, join(d, 'alias.txt'), SOURCE_PATH]) {
      const r = await runCapture(['check', draft, '--source', SOURCE_PATH, '-o', out]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/is one of the inputs; write the report somewhere else\n$/);
    }
    expect(readFileSync(draft, 'utf8')).toBe(FINE);
  });

  it('follows a symlink: the target gets the report and the link stays a link', async () => {
    const d = dir();
    writeFileSync(join(d, 'draft.txt'), FINE);
    writeFileSync(join(d, 'real.txt'), 'old');
    symlinkSync(join(d, 'real.txt'), join(d, 'link.txt'));
    const r = await runCapture(['check', join(d, 'draft.txt'), '--source', SOURCE_PATH, '-o', join(d, 'link.txt')]);
    expect(r.status).toBe(0);
    expect(lstatSync(join(d, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(d, 'link.txt'))).toBe(join(d, 'real.txt'));
    expect(readFileSync(join(d, 'real.txt'), 'utf8')).toMatch(/1 verbatim/);
  });

  it('keeps the mode of the file it replaces', async () => {
    const d = dir();
    writeFileSync(join(d, 'draft.txt'), FINE);
    writeFileSync(join(d, 'private.txt'), 'old');
    chmodSync(join(d, 'private.txt'), 0o600);
    expect((await runCapture(['check', join(d, 'draft.txt'), '--source', SOURCE_PATH, '-o', join(d, 'private.txt')])).status).toBe(0);
    expect(statSync(join(d, 'private.txt')).mode & 0o777).toBe(0o600);
  });

  it('writes to a device or a FIFO directly instead of replacing it', () => {
    writeFileAtomic('/dev/null', 'report');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const d = dir();
    const fifo = join(d, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawnSync('sh', ['-c', `cat '${fifo}' & sleep 0.2; node -e "import(process.argv[1]).then(m => m.writeFileAtomic(process.argv[2], 'through the pipe'))" '${join(ROOT, 'dist/fs/atomic.js')}' '${fifo}'; wait`], { encoding: 'utf8', timeout: 20_000 });
    expect(reader.stdout).toBe('through the pipe');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });
});
