/**
 * A temporary copy of the seeds' content tree (tests/support/seed-content.ts: content/ as the
 * five seeds alone make it, so a case's import does not read every published PDF) in which one
 * corpus case is registered, and the import CLI run on it in this process (the same `run` as
 * `npm run import`), with its output captured and the tree compared before and after.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { vi } from 'vitest';
import { run } from '../../../scripts/import';
import { contentDir, useContentDir } from '../../../scripts/lib/sources';
import type { ManifestEntry, Report } from '../../../src/schemas';
import { seedContentDir } from '../../support/seed-content';

/** The seeds' content tree every case starts from (the committed content/ holds more). */
export const CONTENT = seedContentDir();
/** The importer's own content folder, restored after each case. */
const importerContent = contentDir;
export const manifest: ManifestEntry[] = JSON.parse(
  readFileSync(join(CONTENT, 'sources/manifest.json'), 'utf8'),
) as ManifestEntry[];

export function seedEntry(prefix: string): ManifestEntry {
  const e = manifest.find((m) => m.file.startsWith(prefix));
  if (!e) throw new Error(`no seed ${prefix}`);
  return e;
}

export function seedBytes(prefix: string): Buffer {
  return readFileSync(join(CONTENT, 'sources', seedEntry(prefix).file));
}

export function seedText(prefix: string): string {
  return seedBytes(prefix).toString('utf8');
}

/** sha256 of every file under dir, by relative path. */
export function treeHashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const p = join(d.parentPath, d.name);
    out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
  }
  return out;
}

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  /** Files under the temporary content/ whose bytes changed, were added or removed. */
  changed: string[];
  /** A report written by the import (by "<region>/<dept>/<year>"), when it succeeded. */
  report(path: string): Report;
}

export interface CaseInput {
  /** File name the case is stored under in content/sources/. */
  file: string;
  bytes: Uint8Array | string;
  /** Manifest entry to register the file under; its file and sha256 are filled in. */
  entry?: ManifestEntry;
  /** The seed entry the case replaces (its report path is then rewritten), if any. */
  replaces?: string;
  /** Run `import <file>` on a file that is not registered (the manifest stays as it is). */
  byName?: boolean;
  /** Run `import --add <file>` on the file placed outside content/ (the seed replaced is unregistered). */
  add?: boolean;
  /** Register this sha256 instead of the file's own (a source edited after registration). */
  sha256?: string;
  /** Content files to overwrite before the import (relative path → text). */
  edits?: Record<string, string>;
}

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function runCase(input: CaseInput): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), 'robust-'));
  const content = join(dir, 'content');
  cpSync(CONTENT, content, { recursive: true });
  const sourceFile = input.add ? join(dir, 'incoming', input.file) : join(content, 'sources', input.file);
  mkdirSync(dirname(sourceFile), { recursive: true });
  writeFileSync(sourceFile, input.bytes);
  if (input.add) {
    const list = manifest.filter((m) => m.file !== input.replaces);
    rmSync(join(content, 'sources', input.replaces ?? ''), { force: true });
    writeFileSync(join(content, 'sources/manifest.json'), `${JSON.stringify(list, null, 2)}\n`);
  } else if (!input.byName) {
    const entry = { ...input.entry!, file: input.file, sha256: input.sha256 ?? sha256(input.bytes) };
    const list = manifest.filter((m) => m.file !== input.replaces);
    list.push(entry);
    writeFileSync(join(content, 'sources/manifest.json'), JSON.stringify(list, null, 2));
  }
  for (const [p, text] of Object.entries(input.edits ?? {})) writeFileSync(join(content, p), text);

  const before = treeHashes(content);
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  useContentDir(content);
  let code: number;
  try {
    code = await run(input.add ? ['--add', sourceFile] : input.byName ? [sourceFile] : ['--all']);
  } finally {
    useContentDir(importerContent);
    log.mockRestore();
    error.mockRestore();
  }
  const after = treeHashes(content);
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p));
  const reports = new Map<string, string>();
  for (const p of after.keys()) {
    const m = /^reports\/(.+)\.json$/.exec(p);
    if (m) reports.set(m[1]!, readFileSync(join(content, p), 'utf8'));
  }
  rmSync(dir, { recursive: true, force: true });
  return {
    code,
    stdout: out.join('\n'),
    stderr: err.join('\n'),
    changed,
    report(path) {
      const r = reports.get(path);
      if (!r) throw new Error(`no report ${path}; changed: ${changed.join(', ')}\n${err.join('\n')}`);
      return JSON.parse(r) as Report;
    },
  };
}

/** The committed report of a seed. */
export function committedReport(path: string): Report {
  return JSON.parse(readFileSync(join(CONTENT, 'reports', `${path}.json`), 'utf8')) as Report;
}
