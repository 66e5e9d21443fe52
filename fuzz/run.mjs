#!/usr/bin/env node
// Fuzzes the built CLI: random and mutated inputs of every format it reads, and inputs built to
// hurt (quote soup, a 1 MB line, 20,000 quotes, a zip bomb, rules with catastrophic patterns and
// a YAML alias bomb, 6,000 nested HTML elements, a symlink to /dev/zero, escapes in a draft).
// Every run must end with exit 0, 1 or 2, at most one line on stderr and no stack trace, within
// a time limit and a memory limit. Seeded and reproducible; prints the seed of any failure.
//   node fuzz/run.mjs [--seconds 45] [--seed N] [--per-run-seconds 30] [--max-rss-mb 1500]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli.js');
const SOURCE = join(ROOT, 'seeds/source/lewisham-2023-ofsted-report.txt');

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seconds = flag('seconds', 45);
const seed = flag('seed', Date.now() % 1_000_000);
const perRun = flag('per-run-seconds', 30);
const maxRssMb = flag('max-rss-mb', 1500);

if (!existsSync(CLI)) {
  console.error('fuzz: build first (npm run build)');
  process.exit(2);
}

// the same seeded PRNG the synthetic corpora use: a seed replays a run exactly
const { prng } = await import(join(ROOT, 'dist/corpus/synthetic.js'));

const FIXTURES = ['test/fixtures/lewisham-2023-ofsted-report.pdf', 'test/fixtures/lewisham-2023-ofsted-report.docx', 'test/fixtures/local-news-2024.html', 'seeds/drafts/local-news-2024.txt'].map((p) => ({
  name: p,
  bytes: readFileSync(join(ROOT, p)),
}));
const WORDS = ['Ofsted', 'said', 'inspectors', 'good', 'Good', 'not', 'all', 'most', 'three weeks', '2019', 'Lewisham', 'Lambeth', 'rated', '.', ',', '\n', '\n\n', ' ', '\u00A0', '\u200B', '\u{1F600}', 'e\u0301', '\u05E9\u05DC\u05D5\u05DD', '\r\n', '\t', '- ', '12. ', '...', '[', ']'];
const MARKS = ['"', "'", '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB', '\u201E'];

function zipBomb(inflated) {
  const data = deflateRawSync(Buffer.alloc(inflated, 32), { level: 9 });
  const name = Buffer.from('word/document.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(inflated, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(inflated, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/** One input: a file name, its bytes, and extra CLI arguments. */
function generate(rand, i) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const fixed = ['bigline', 'manyquotes', 'zipbomb', 'badrule', 'evilrule', 'aliasbomb', 'deephtml', 'devzero', 'escapes'];
  const kind = i < fixed.length ? fixed[i] : pick(['bytes', 'truncate', 'flip', 'soup', 'nested', 'words']);
  switch (kind) {
    case 'bytes': {
      const n = Math.floor(rand() * 4096) + 1;
      return { kind, name: `random${pick(['.txt', '.pdf', '.docx', '.html', '.md', ''])}`, bytes: Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256))) };
    }
    case 'truncate':
    case 'flip': {
      const f = pick(FIXTURES);
      const bytes = Buffer.from(f.bytes);
      const ext = f.name.slice(f.name.lastIndexOf('.'));
      if (kind === 'truncate') return { kind, name: `cut${ext}`, bytes: bytes.subarray(0, Math.floor(rand() * bytes.length) + 1) };
      for (let k = 0, n = 1 + Math.floor(rand() * 20); k < n; k++) bytes[Math.floor(rand() * bytes.length)] ^= 1 << Math.floor(rand() * 8);
      return { kind, name: `flipped${ext}`, bytes };
    }
    case 'soup':
      return { kind, name: 'soup.txt', bytes: Buffer.from(Array.from({ length: 300 }, () => (rand() < 0.3 ? pick(MARKS) : pick(WORDS) + ' ')).join('')) };
    case 'nested': {
      const depth = 1 + Math.floor(rand() * 200);
      return { kind, name: 'nested.md', bytes: Buffer.from(`Ofsted said ${'\u201C\u2018"'.repeat(depth)}staff are good${'\u201D'.repeat(Math.floor(rand() * depth))}.\n`) };
    }
    case 'words':
      return { kind, name: 'words.txt', bytes: Buffer.from(Array.from({ length: 400 }, () => pick(WORDS)).join(' ')) };
    case 'bigline':
      return { kind, name: 'bigline.txt', bytes: Buffer.from('Staff describe leaders as good and the inspection took place over three weeks '.repeat(13_000)) };
    case 'manyquotes':
      return { kind, name: 'quotes.txt', bytes: Buffer.from('\u201Cstaff describe leaders\u201D '.repeat(20_000)) };
    case 'zipbomb':
      return { kind, name: 'bomb.docx', bytes: zipBomb(300 * 1024 * 1024) };
    case 'evilrule':
      return { kind, name: 'draft.txt', bytes: Buffer.from('Ofsted rated it good.\n'), rule: 'id: slow\ntype: boilerplate\nmessage: x\npatterns: ["(.|\\\\w)*!"]\n' };
    case 'aliasbomb': {
      const levels = ['a: &a [x,x,x,x,x,x,x,x,x]', ...Array.from({ length: 8 }, (_, k) => `${String.fromCharCode(98 + k)}: &${String.fromCharCode(98 + k)} [${Array(9).fill(`*${String.fromCharCode(97 + k)}`).join(',')}]`)];
      return { kind, name: 'draft.txt', bytes: Buffer.from('Ofsted rated it good.\n'), rule: `${levels.join('\n')}\nid: bomb\ntype: boilerplate\nmessage: x\npatterns: ["x"]\n` };
    }
    case 'deephtml':
      return { kind, name: 'deep.html', bytes: Buffer.from(`<html><body>${'<div>'.repeat(6000)}<p>Ofsted said leaders are good.</p>${'</div>'.repeat(6000)}</body></html>`) };
    case 'devzero':
      return { kind, name: 'zero.md', link: '/dev/zero' };
    case 'escapes':
      return { kind, name: 'esc.html', bytes: Buffer.from('<html><body><p>Ofsted said: \u201CStaff describe leaders&#x1b;]0;x&#7; as approachable.\u201D</p></body></html>'), text: true };
    case 'badrule':
      return { kind, name: 'draft.txt', bytes: Buffer.from('Ofsted rated it good.\n'), rule: 'id: slow\ntype: boilerplate\nmessage: x\npatterns: ["^(a+)+$"]\n' };
  }
}

const work = mkdtempSync(join(tmpdir(), 'claimcheck-fuzz-'));
const rand = prng(seed);
const hasTime = existsSync('/usr/bin/time');
const deadline = Date.now() + seconds * 1000;
let runs = 0;
const failures = [];
for (let i = 0; Date.now() < deadline; i++) {
  const input = generate(rand, i);
  const dir = join(work, String(i));
  mkdirSync(dir);
  const file = join(dir, input.name);
  if (input.link) symlinkSync(input.link, file);
  else writeFileSync(file, input.bytes);
  const extra = [];
  if (input.rule) {
    mkdirSync(join(dir, 'rules'));
    writeFileSync(join(dir, 'rules', 'slow.yaml'), input.rule);
    extra.push('--rules', join(dir, 'rules'));
  }
  const argv = [CLI, 'check', file, '--source', SOURCE, '--format', input.text ? 'text' : 'json', ...extra];
  const cmd = hasTime ? ['/usr/bin/time', ['-f', 'RSS_KB=%M', process.execPath, ...argv]] : [process.execPath, argv];
  const started = Date.now();
  const r = spawnSync(cmd[0], cmd[1], { encoding: 'utf8', timeout: perRun * 1000, maxBuffer: 512 << 20, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Date.now() - started;
  const rss = Number(/RSS_KB=(\d+)/.exec(r.stderr ?? '')?.[1] ?? 0) / 1024;
  const stderr = (r.stderr ?? '').replace(/^RSS_KB=\d+\n?/m, '').replace(/^Command exited with non-zero status \d+\n?/m, '');
  const lines = stderr.trim() ? stderr.trim().split('\n') : [];
  const problems = [];
  if (r.error?.code === 'ETIMEDOUT' || r.signal) problems.push(`did not finish within ${perRun} s (${r.signal ?? r.error?.code})`);
  else if (![0, 1, 2].includes(r.status)) problems.push(`exit status ${r.status}`);
  if (lines.length > 1) problems.push(`${lines.length} lines on stderr`);
  if (/\n\s+at |^\s+at /m.test(stderr)) problems.push('a stack trace on stderr');
  if (r.status === 2 && !/^claimcheck: /.test(lines[0] ?? '')) problems.push('an error that does not start with "claimcheck: "');
  // no control character but tab and newline may reach a terminal, from any input
  // eslint-disable-next-line no-control-regex
  if (input.text && /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(r.stdout ?? '')) problems.push('a control character in text output');
  if (rss > maxRssMb) problems.push(`${Math.round(rss)} MB resident, over ${maxRssMb} MB`);
  runs++;
  if (problems.length) {
    failures.push({ i, kind: input.kind, file, problems, stderr: stderr.slice(0, 500) });
    console.log(`FAIL seed=${seed} run=${i} ${input.kind} ${file}: ${problems.join('; ')}\n${stderr.slice(0, 500)}`);
  } else if (process.stdout.isTTY) {
    process.stdout.write(`\r${runs} runs, ${failures.length} failures (${input.kind} exit ${r.status} in ${ms} ms)        `);
  }
}
if (process.stdout.isTTY) process.stdout.write('\n');
console.log(`fuzz: seed=${seed} runs=${runs} failures=${failures.length} inputs in ${work}`);
console.log(`${runs - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
