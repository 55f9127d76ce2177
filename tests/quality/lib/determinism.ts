/**
 * Determinism: compares two build directories file by file (list of files and
 * SHA-256 of each) and describes the first differences.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** SHA-256 of every file under `dir`, keyed by POSIX relative path. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const hashes = new Map<string, string>();
  const files = entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    const relative = path.relative(dir, file).split(path.sep).join('/');
    hashes.set(
      relative,
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    );
  }
  return hashes;
}

export interface TreeDiff {
  onlyInA: string[];
  onlyInB: string[];
  different: string[];
  identical: number;
}

export function diffHashes(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): TreeDiff {
  const diff: TreeDiff = { onlyInA: [], onlyInB: [], different: [], identical: 0 };
  for (const [file, hash] of a) {
    const other = b.get(file);
    if (other === undefined) diff.onlyInA.push(file);
    else if (other !== hash) diff.different.push(file);
    else diff.identical += 1;
  }
  for (const file of b.keys()) if (!a.has(file)) diff.onlyInB.push(file);
  diff.onlyInA.sort();
  diff.onlyInB.sort();
  diff.different.sort();
  return diff;
}

export async function compareTrees(a: string, b: string): Promise<TreeDiff> {
  const [hashesA, hashesB] = await Promise.all([hashTree(a), hashTree(b)]);
  return diffHashes(hashesA, hashesB);
}

export function isIdentical(diff: TreeDiff): boolean {
  return diff.onlyInA.length === 0 && diff.onlyInB.length === 0 && diff.different.length === 0;
}

/** Where two files first differ, with a short excerpt of each around that point. */
export async function firstDifference(fileA: string, fileB: string, context = 60): Promise<string> {
  const [a, b] = await Promise.all([readFile(fileA), readFile(fileB)]);
  let offset = 0;
  const length = Math.min(a.length, b.length);
  while (offset < length && a[offset] === b[offset]) offset += 1;
  const excerpt = (buffer: Buffer) =>
    JSON.stringify(
      buffer.subarray(Math.max(0, offset - context), Math.min(buffer.length, offset + context)).toString('utf8'),
    );
  const line = a.subarray(0, offset).toString('utf8').split('\n').length;
  return `first difference at byte ${offset} (line ${line}; sizes ${a.length} vs ${b.length}):\n      A: ${excerpt(a)}\n      B: ${excerpt(b)}`;
}

/**
 * A readable report of a difference: counts, then at most `limit` files of
 * each kind, and for the first differing files where they differ.
 */
export async function describeDiff(
  diff: TreeDiff,
  a: string,
  b: string,
  options: { limit?: number; detailed?: number } = {},
): Promise<string> {
  const limit = options.limit ?? 10;
  const detailed = options.detailed ?? 3;
  const lines = [
    `${a} (A) and ${b} (B) differ: ${diff.different.length} file(s) with different content, ` +
      `${diff.onlyInA.length} only in A, ${diff.onlyInB.length} only in B, ${diff.identical} identical.`,
  ];
  const list = (title: string, files: string[]) => {
    if (files.length === 0) return;
    lines.push(`  ${title}:`);
    for (const file of files.slice(0, limit)) lines.push(`    ${file}`);
    if (files.length > limit) lines.push(`    … and ${files.length - limit} more`);
  };
  if (diff.different.length > 0) {
    lines.push('  different content:');
    for (const [index, file] of diff.different.slice(0, limit).entries()) {
      lines.push(`    ${file}`);
      if (index < detailed) {
        lines.push(`      ${await firstDifference(path.join(a, file), path.join(b, file))}`);
      }
    }
    if (diff.different.length > limit) lines.push(`    … and ${diff.different.length - limit} more`);
  }
  list('only in A', diff.onlyInA);
  list('only in B', diff.onlyInB);
  return lines.join('\n');
}

/**
 * The newest modification time (ms) of any file under the given files or
 * directories (missing ones are ignored), and the file it belongs to.
 */
export async function newestFile(paths: readonly string[]): Promise<{ file: string; mtimeMs: number } | undefined> {
  let newest: { file: string; mtimeMs: number } | undefined;
  const consider = async (file: string) => {
    const info = await stat(file);
    if (newest === undefined || info.mtimeMs > newest.mtimeMs) newest = { file, mtimeMs: info.mtimeMs };
  };
  for (const target of paths) {
    let info;
    try {
      info = await stat(target);
    } catch {
      continue;
    }
    if (!info.isDirectory()) {
      await consider(target);
      continue;
    }
    const entries = await readdir(target, { recursive: true, withFileTypes: true });
    for (const entry of entries) if (entry.isFile()) await consider(path.join(entry.parentPath, entry.name));
  }
  return newest;
}
