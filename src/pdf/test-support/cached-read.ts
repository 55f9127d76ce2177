/**
 * The reader's result for a PDF, read once per test run and shared by the test files that
 * need it (the real-document tests each read all 30 PDFs, ~30 s a pass). Vitest's global
 * setup (tests/support/pdf-cache-setup.ts) makes one folder per run and names it in
 * `PDF_READ_CACHE`; the first file to ask for a PDF reads it and stores the result there as
 * JSON under the sha256 of its bytes; the others load it. While one worker reads a PDF, a
 * lock file (created exclusively) makes the others wait for its result instead of reading it
 * too. Without the folder (the module used outside such a run) every call reads. A PDF the
 * reader refuses is never stored: the error is thrown again on every call.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { readPdf, type PdfRead } from '../reader';

/** How long a worker waits for another one's read before reading the file itself. */
const WAIT_MS = 120_000;

/** Takes the lock on `path`; false when another worker holds it. */
function lock(path: string): boolean {
  try {
    closeSync(openSync(path, 'wx'));
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

async function readAndStore(bytes: Uint8Array, file: string, lockFile: string): Promise<PdfRead> {
  try {
    const read = await readPdf(bytes);
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, JSON.stringify(read));
    renameSync(tmp, file);
    return read;
  } finally {
    rmSync(lockFile, { force: true });
  }
}

/** `readPdf(bytes)`, read at most once per test run. */
export async function readPdfShared(bytes: Uint8Array): Promise<PdfRead> {
  const dir = process.env.PDF_READ_CACHE;
  if (!dir || !existsSync(dir)) return readPdf(bytes);
  const key = createHash('sha256').update(bytes).digest('hex');
  const file = join(dir, `${key}.json`);
  const lockFile = `${file}.lock`;
  const started = Date.now();
  for (;;) {
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as PdfRead;
    if (lock(lockFile)) return readAndStore(bytes, file, lockFile);
    // Another worker is reading it (or gave up on an error and removed its lock: then this one reads).
    if (Date.now() - started > WAIT_MS) return readPdf(bytes);
    await sleep(100);
  }
}
