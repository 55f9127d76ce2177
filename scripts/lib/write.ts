/**
 * Writing the importer's output as one step: every new file is first written in full under
 * a temporary name next to its target; only when all are written are they renamed into
 * place and stale files removed. A failure while writing (disk full, permissions) removes
 * the temporary files and leaves content/ as it was.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface OutputText {
  /** Path relative to the content folder. */
  path: string;
  content: string;
}

export function writeAll(dir: string, files: readonly OutputText[], remove: readonly string[] = []): void {
  const staged: [string, string][] = [];
  const made: string[] = [];
  try {
    for (const f of files) {
      const target = join(dir, f.path);
      // mkdirSync returns the first folder it had to create: removing it undoes them all.
      const first = mkdirSync(dirname(target), { recursive: true });
      if (first) made.push(first);
      const tmp = `${target}.tmp-${process.pid}`;
      staged.push([tmp, target]);
      writeFileSync(tmp, f.content);
    }
  } catch (e) {
    // Clean up as far as possible; the first error is the one to report.
    const quietly = (path: string) => {
      try {
        rmSync(path, { recursive: true, force: true });
      } catch {
        // e.g. ENOTDIR for the very path whose write failed
      }
    };
    for (const [tmp] of staged) quietly(tmp);
    for (const folder of made.reverse()) quietly(folder);
    throw e;
  }
  for (const [tmp, target] of staged) renameSync(tmp, target);
  for (const p of remove) rmSync(join(dir, p));
}
