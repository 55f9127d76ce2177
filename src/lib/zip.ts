/**
 * Deterministic ZIP archives: entries sorted by path, one fixed timestamp for every entry,
 * one fixed compression level (fflate's deflate, pure JavaScript, so the bytes do not depend
 * on the zlib build of the machine). The same files give the same bytes on any machine and
 * in any time zone.
 *
 * An entry is compressed once (`compressFile`) and can go into several archives: a report's
 * files are compressed for its own ZIP and the same compressed entries make up the site
 * archive, so nothing is compressed twice and the site archive never holds every text at once.
 */
import { crc32 } from 'node:zlib';
import { deflateSync, strToU8 } from 'fflate';

export interface ZipFile {
  /** Path inside the archive, with "/" separators, no leading slash. */
  path: string;
  data: string | Uint8Array;
}

/** A file compressed for an archive. */
export interface ZipEntry {
  path: string;
  /** CRC-32 and length of the uncompressed bytes. */
  crc: number;
  size: number;
  deflated: Uint8Array;
}

/**
 * Level 6 (zlib's default): 0.4 % larger than level 9 on the report JSON and five times
 * faster (5 vs 28 ms for 168 KB); the downloads were the largest single cost of a build.
 */
const LEVEL = 6;
/** The ZIP format without its 64-bit extension counts entries and offsets in 16 and 32 bits. */
const MAX_ENTRIES = 0xffff;
const MAX_BYTES = 0xffffffff;

function fileBytes(f: ZipFile): Uint8Array {
  if (f.path.startsWith('/') || f.path.includes('\\') || f.path.split('/').includes('..')) {
    throw new Error(`zip: bad entry path ${f.path}`);
  }
  return typeof f.data === 'string' ? strToU8(f.data) : f.data;
}

const entryOf = (path: string, bytes: Uint8Array, deflated: Uint8Array): ZipEntry => ({
  path,
  crc: crc32(bytes) >>> 0,
  size: bytes.length,
  deflated,
});

export function compressFile(f: ZipFile): ZipEntry {
  const bytes = fileBytes(f);
  return entryOf(f.path, bytes, deflateSync(bytes, { level: LEVEL }));
}

/** A deflate of the same bytes as fflate's `deflateSync` at `level`, run elsewhere (./deflate-worker). */
export type Deflate = (bytes: Uint8Array, level: number) => Promise<Uint8Array>;

/** `compressFile` with the deflate done by `deflate` (e.g. on another thread): the same entry. */
export async function compressFileWith(f: ZipFile, deflate: Deflate): Promise<ZipEntry> {
  const bytes = fileBytes(f);
  return entryOf(f.path, bytes, await deflate(bytes, LEVEL));
}

/**
 * MS-DOS time and date fields of `date` (YYYY-MM-DD) at noon, as stored in every entry:
 * written from the date's own fields, whatever the machine's time zone.
 */
function dosTime(date: string): { time: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`zip: expected a date YYYY-MM-DD, got ${date}`);
  const year = Math.max(1980, Number(m[1]));
  return { time: 12 << 11, day: ((year - 1980) << 9) | (Number(m[2]) << 5) | Number(m[3]) };
}

const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const VERSION = 20;

/** Bytes of the headers of one entry: local (30) and central (46), each with the name. */
const HEADERS = 30 + 46;
/** Bytes of the end of central directory record. */
const END = 22;

/** The byte size of the archive writeZip makes of `entries`, without making it. */
export function zipSize(entries: readonly ZipEntry[]): number {
  return entries.reduce((n, e) => n + HEADERS + 2 * strToU8(e.path).length + e.deflated.length, END);
}

/** An archive of `entries`, sorted by path; two entries with one path are an error. */
export function writeZip(entries: readonly ZipEntry[], date: string): Uint8Array {
  const { time, day } = dosTime(date);
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (sorted.length > MAX_ENTRIES) throw new Error(`zip: ${sorted.length} entries, more than ${MAX_ENTRIES}`);
  const names = sorted.map((e) => strToU8(e.path));
  const size = zipSize(sorted);
  if (size > MAX_BYTES) throw new Error('zip: archive larger than 4 GB');
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (v: number): void => {
    view.setUint16(at, v, true);
    at += 2;
  };
  const u32 = (v: number): void => {
    view.setUint32(at, v >>> 0, true);
    at += 4;
  };
  const put = (b: Uint8Array): void => {
    out.set(b, at);
    at += b.length;
  };
  // Fields shared by the local and the central header, from "version needed" to "extra length".
  const common = (e: ZipEntry, name: Uint8Array): void => {
    for (const v of [VERSION, UTF8_NAMES, DEFLATE, time, day]) u16(v);
    for (const v of [e.crc, e.deflated.length, e.size]) u32(v);
    u16(name.length);
    u16(0);
  };
  const offsets: number[] = [];
  sorted.forEach((e, i) => {
    if (i > 0 && e.path === sorted[i - 1]!.path) throw new Error(`zip: two entries named ${e.path}`);
    offsets.push(at);
    u32(0x04034b50);
    common(e, names[i]!);
    put(names[i]!);
    put(e.deflated);
  });
  const central = at;
  sorted.forEach((e, i) => {
    u32(0x02014b50);
    u16(VERSION);
    common(e, names[i]!);
    for (const v of [0, 0, 0]) u16(v); // comment length, disk, internal attributes
    u32(0); // external attributes
    u32(offsets[i]!);
    put(names[i]!);
  });
  const end = at;
  u32(0x06054b50);
  for (const v of [0, 0, sorted.length, sorted.length]) u16(v);
  u32(end - central);
  u32(central);
  u16(0);
  return out;
}

export function buildZip(files: readonly ZipFile[], date: string): Uint8Array {
  return writeZip(files.map(compressFile), date);
}

/** "12.3 KB", "1.4 MB": sizes shown beside download links (1 KB = 1024 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
