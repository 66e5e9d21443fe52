import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../errors.js';

// The index file: one binary file, read by offset, so that a lookup reads what its draft needs
// and no more. After a fixed header (magic, version, counts, and where each section starts and
// how long it is) come eight sections:
//   files        JSON [[path, size, mtimeMs, hash, facts version], …]: all a re-index of unchanged files reads
//   lengths      uint32 per document: its number of content words (BM25 needs every one)
//   termEnds     uint32 per stem: where it ends in termText (stems sorted by their UTF-8 bytes)
//   termText     the stems, UTF-8, end to end: the term dictionary, searched by halving
//   listEnds     uint32 per stem: where its list ends in postings, in [document, count] pairs
//   postings     uint32 [document, count] pairs, stem after stem: a lookup reads its stems' lists only
//   recordEnds   uint32 per document: where its record ends in records
//   records      JSON of each document (path, hash, title, facts): read for the shortlisted only
// Numbers are uint32 in the machine's byte order (little-endian on every platform Node runs on).
// Offsets are uint32 too: an index is refused past 4 GB rather than written wrong.

export const INDEX_VERSION = 3;

const MAGIC = Buffer.from('claimcheck-index');
export const SECTIONS = ['files', 'lengths', 'termEnds', 'termText', 'listEnds', 'postings', 'recordEnds', 'records'] as const;
export type Section = (typeof SECTIONS)[number];
/** magic, then version, documents, terms, then an offset and a length per section: uint32 each. */
const HEADER_BYTES = MAGIC.length + 4 * (3 + 2 * SECTIONS.length);

/** The four sections that hold the term dictionary and postings, as bytes. */
export type TermSections = Record<'termEnds' | 'termText' | 'listEnds' | 'postings', Buffer>;

/** What an index file holds, in the order the sections are written. */
export interface IndexContents {
  files: unknown[];
  lengths: Uint32Array;
  /** Stems with their posting lists as [document, count] pairs, in any order (written sorted); or
   * the term sections of an index of the same documents in the same order, taken as they are. */
  terms: Array<[string, Uint32Array | number[]]> | TermSections;
  records: string[];
}

/** The order of the term dictionary: by UTF-8 bytes, the order a reader can search without decoding. */
export const compareStems = (a: Buffer, b: Buffer) => Buffer.compare(a, b);

const u32 = (values: ArrayLike<number>) => Buffer.from(Uint32Array.from(values).buffer);
/** Running totals: where each of these sizes ends. */
const ends = (sizes: number[]) => {
  let at = 0;
  return sizes.map((s) => (at += s));
};

/** The term sections of these stems and lists. */
function termSections(terms: Array<[string, Uint32Array | number[]]>): TermSections {
  const sorted = terms.map(([stem, list]) => ({ key: Buffer.from(stem), list })).sort((a, b) => compareStems(a.key, b.key));
  const postings = new Uint32Array(sorted.reduce((n, t) => n + t.list.length, 0));
  let at = 0;
  for (const { list } of sorted) {
    postings.set(list, at);
    at += list.length;
  }
  return {
    termEnds: u32(ends(sorted.map((t) => t.key.length))),
    termText: Buffer.concat(sorted.map((t) => t.key)),
    listEnds: u32(ends(sorted.map((t) => t.list.length / 2))),
    postings: Buffer.from(postings.buffer),
  };
}

/** The bytes of an index file. */
export function encodeIndex(contents: IndexContents): Buffer {
  const recordBytes = contents.records.map((r) => Buffer.from(r));
  const terms = Array.isArray(contents.terms) ? termSections(contents.terms) : contents.terms;
  const parts: Record<Section, Buffer> = {
    files: Buffer.from(JSON.stringify(contents.files)),
    lengths: u32(contents.lengths),
    ...terms,
    recordEnds: u32(ends(recordBytes.map((b) => b.length))),
    records: Buffer.concat(recordBytes),
  };
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header);
  const fields = [INDEX_VERSION, contents.lengths.length, terms.termEnds.length / 4];
  let offset = HEADER_BYTES;
  for (const name of SECTIONS) {
    // every section starts on a 4-byte boundary, so a uint32 section read alone is one array view
    offset = Math.ceil(offset / 4) * 4;
    fields.push(offset, parts[name].length);
    offset += parts[name].length;
  }
  if (offset > 0xffffffff) throw new Error('index larger than 4 GB');
  fields.forEach((v, i) => header.writeUInt32LE(v, MAGIC.length + 4 * i));
  const out = Buffer.alloc(offset);
  header.copy(out);
  for (const name of SECTIONS) parts[name].copy(out, fields[3 + 2 * SECTIONS.indexOf(name)]!);
  return out;
}

/** An index file opened for reading by offset. */
export interface IndexFile {
  path: string;
  documents: number;
  terms: number;
  /** Bytes `from` to `to` of a section (all of it by default); a range outside it means a damaged index. */
  read(section: Section, from?: number, to?: number): Buffer;
  /** Entries `from` to `to` of a uint32 section. */
  numbers(section: Section, from?: number, to?: number): Uint32Array;
  /** A damaged index, as the one-line error to throw. */
  damaged(what: string): InputError;
  close(): void;
}

/** Opens an index file and checks its header: magic, version, and sections that lie inside the
 * file and fit the counts. Anything else is a one-line error naming the file. */
export function openIndexFile(path: string): IndexFile | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const fail = (problem: string) => {
    closeSync(fd);
    return new InputError(path, problem);
  };
  const size = fstatSync(fd).size;
  const header = Buffer.alloc(HEADER_BYTES);
  const got = readSync(fd, header, 0, HEADER_BYTES, 0);
  if (got < MAGIC.length || !header.subarray(0, MAGIC.length).equals(MAGIC)) {
    const older = header[0] === 0x7b; // '{': the JSON manifest of versions 1 and 2
    throw fail(older ? `is an index of an older claimcheck (version 1 or 2); delete it and build it again with 'claimcheck index'` : 'is not a claimcheck index');
  }
  if (got < HEADER_BYTES) throw fail('is a damaged claimcheck index (its header is cut short); delete it and build it again');
  const field = (i: number) => header.readUInt32LE(MAGIC.length + 4 * i);
  const version = field(0);
  if (version !== INDEX_VERSION) throw fail(`is a claimcheck index of version ${version}, and this claimcheck reads version ${INDEX_VERSION}; delete it and build it again with 'claimcheck index'`);
  const [documents, terms] = [field(1), field(2)];
  const where = new Map(SECTIONS.map((name, i) => [name, { offset: field(3 + 2 * i), length: field(4 + 2 * i) }]));
  const expected: Partial<Record<Section, number>> = { lengths: documents * 4, termEnds: terms * 4, listEnds: terms * 4, recordEnds: documents * 4 };
  for (const [name, s] of where) {
    if (s.offset % 4 || s.offset + s.length > size || (expected[name] !== undefined && s.length !== expected[name])) {
      throw fail(`is a damaged claimcheck index (its ${name} section does not fit the file); delete it and build it again`);
    }
  }
  const damaged = (what: string) => new InputError(path, `is a damaged claimcheck index (${what}); delete it and build it again`);
  const read = (section: Section, from = 0, to?: number) => {
    const s = where.get(section)!;
    const end = to ?? s.length;
    if (from < 0 || end < from || end > s.length) throw damaged(`a range outside its ${section} section`);
    const bytes = Buffer.alloc(end - from);
    if (readSync(fd, bytes, 0, bytes.length, s.offset + from) !== bytes.length) throw damaged(`its ${section} section is cut short`);
    return bytes;
  };
  return {
    path,
    documents,
    terms,
    read,
    numbers(section, from = 0, to) {
      const bytes = read(section, from * 4, to === undefined ? undefined : to * 4);
      return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
    },
    damaged,
    close: () => closeSync(fd),
  };
}
