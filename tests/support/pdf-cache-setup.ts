/**
 * Vitest global setup: one folder per test run where the PDF reader's results are shared
 * between test files (src/pdf/test-support/cached-read.ts), removed when the run ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-read-'));
  process.env.PDF_READ_CACHE = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
