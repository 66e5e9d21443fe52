import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readUrl } from '../../src/ingest/url.js';
import { runCapture as run, SOURCE_PATH } from '../helpers.js';

const REPORT = readFileSync(SOURCE_PATH);
let body: Buffer = REPORT;
let hits = 0;
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    if (req.url === '/report.txt') return void res.end(body);
    if (req.url === '/slow') return void setTimeout(() => res.end('too late'), 2000);
    if (req.url === '/huge') {
      res.writeHead(200); // no content-length: the limit must hold while reading
      res.write(Buffer.alloc(4096, 'a'));
      return void setTimeout(() => res.end(Buffer.alloc(4096, 'a')), 20);
    }
    res.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const cacheDir = () => mkdtempSync(join(tmpdir(), 'claimcheck-cache-'));

describe('a source given as a web address', () => {
  it('is downloaded, named by its address in the report, and read from the cache the next time', async () => {
    const d = mkdtempSync(join(tmpdir(), 'claimcheck-'));
    writeFileSync(join(d, 'draft.txt'), 'Ofsted said: \u201CStaff describe leaders as approachable, visible and supportive.\u201D\n');
    process.env.CLAIMCHECK_CACHE_DIR = cacheDir();
    try {
      const url = `${base}/report.txt`;
      hits = 0;
      const json = JSON.parse((await run(['check', join(d, 'draft.txt'), '--source', url, '--format', 'json'])).stdout);
      expect(json.sources[0]).toMatchObject({ id: 'S1', path: url, title: "Inspection of Lewisham local authority children's services" });
      expect(json.documents[0].claims[0].verdict).toBe('verbatim');
      const text = await run(['check', join(d, 'draft.txt'), '--source', url]);
      expect(text.stdout.split('\n')[0]).toBe(`Checked against S1 "Inspection of Lewisham local authority children's services" (${url})`);
      expect(hits).toBe(1);
      expect(readdirSync(join(process.env.CLAIMCHECK_CACHE_DIR, 'content'))).toHaveLength(1);

      // --no-cache downloads again (and here gets a report that no longer has the quote)
      body = Buffer.from('Inspection of somewhere else\n\nNothing here is like the draft.\n');
      const fresh = JSON.parse((await run(['check', join(d, 'draft.txt'), '--source', url, '--format', 'json', '--no-cache'])).stdout);
      expect(hits).toBe(2);
      expect(fresh.documents[0].claims[0].verdict).toBe('unsupported');
    } finally {
      body = REPORT;
      delete process.env.CLAIMCHECK_CACHE_DIR;
    }
  });

  it('in a config file, is kept as an address, not made a path', async () => {
    const d = mkdtempSync(join(tmpdir(), 'claimcheck-'));
    writeFileSync(join(d, 'draft.txt'), 'Ofsted said: \u201CStaff describe leaders as approachable, visible and supportive.\u201D\n');
    writeFileSync(join(d, 'claimcheck.config.json'), JSON.stringify({ sources: [`${base}/report.txt`], format: 'json' }));
    process.env.CLAIMCHECK_CACHE_DIR = cacheDir();
    try {
      const r = await run(['check', 'draft.txt'], d);
      expect(JSON.parse(r.stdout).sources[0].path).toBe(`${base}/report.txt`);
    } finally {
      delete process.env.CLAIMCHECK_CACHE_DIR;
    }
  });

  it('fails in one line on an HTTP error, over the size limit, and past the timeout', async () => {
    const options = { cacheDir: cacheDir() };
    await expect(readUrl(`${base}/missing.pdf`, options)).rejects.toThrow(`${base}/missing.pdf: could not be downloaded (HTTP 404 Not Found)`);
    await expect(readUrl(`${base}/huge`, { ...options, maxBytes: 5000 })).rejects.toThrow(`${base}/huge: is over the limit of 5000 bytes (raise it with --max-bytes)`);
    await expect(readUrl(`${base}/slow`, { ...options, timeoutMs: 200 })).rejects.toThrow(`${base}/slow: did not download within 0.2 s`);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(readUrl(`http://127.0.0.1:${port}/report.pdf`, options)).rejects.toThrow(`http://127.0.0.1:${port}/report.pdf: could not be downloaded (ECONNREFUSED)`);
    expect(readdirSync(options.cacheDir)).toEqual([]);
  });
});
