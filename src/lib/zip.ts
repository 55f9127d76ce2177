/**
 * Deterministic ZIP archives (fflate): entries sorted by path, one fixed timestamp for
 * every entry, a fixed compression level. The same files give the same bytes on any
 * machine and in any time zone.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ZipFile {
  /** Path inside the archive, with "/" separators, no leading slash. */
  path: string;
  data: string | Uint8Array;
}

/**
 * A ZIP entry stores its time as local date fields (MS-DOS format) and fflate reads them
 * with the local getters, so the Date is built from local fields: the stored fields are
 * those of `date` (YYYY-MM-DD, noon) whatever the machine's time zone.
 */
function entryTime(date: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`zip: expected a date YYYY-MM-DD, got ${date}`);
  const year = Math.max(1980, Number(m[1]));
  return new Date(year, Number(m[2]) - 1, Number(m[3]), 12, 0, 0);
}

export function buildZip(files: readonly ZipFile[], date: string): Uint8Array {
  const mtime = entryTime(date);
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const tree: Zippable = {};
  for (const f of sorted) {
    if (f.path.startsWith('/') || f.path.includes('\\') || f.path.split('/').includes('..')) {
      throw new Error(`zip: bad entry path ${f.path}`);
    }
    if (f.path in tree) throw new Error(`zip: two entries named ${f.path}`);
    tree[f.path] = [typeof f.data === 'string' ? strToU8(f.data) : f.data, { mtime, level: 9 }];
  }
  return zipSync(tree, { mtime, level: 9 });
}

/** "12.3 KB", "1.4 MB": sizes shown beside download links (1 KB = 1024 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
