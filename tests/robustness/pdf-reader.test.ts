/**
 * The PDF cases of the corpus through the PDF reader stage (src/pdf): real PDFs cut at
 * seeded random points, one with an /Encrypt trailer, and a hand-made page that holds only an
 * image. Each is refused with a PdfError in plain words (never another exception) or read.
 * The same refusals through the import CLI are corpus cases (cases.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdfError, readPdf } from '../../src/pdf';
import { hasRealDocs, REAL_DOCS, realPdf } from './cases';
import { imageOnlyPdf, prng, withEncryptEntry } from './support/mutate';

async function outcome(bytes: Uint8Array): Promise<string> {
  try {
    const read = await readPdf(bytes);
    return `read ${read.pages.length} pages`;
  } catch (e) {
    if (e instanceof PdfError) return `refused: ${e.message}`;
    throw e;
  }
}

const shanghai = hasRealDocs ? readdirSync(join(REAL_DOCS, 'shanghai')).filter((f) => f.endsWith('.pdf')) : [];

describe.skipIf(!hasRealDocs)('PDF cases through the reader', { timeout: 120_000 }, () => {
  it.each(shanghai.map((f, i) => [f, i] as const))('%s cut at a random point: refused as damaged', async (file, i) => {
    const pdf = realPdf(join('shanghai', file));
    const at = Math.floor(pdf.length * (0.1 + 0.85 * prng(100 + i)()));
    expect(await outcome(pdf.subarray(0, at))).toMatch(/^refused: PDF 文件已损坏或不完整，无法读取/);
  });

  it('a PDF whose trailer names an /Encrypt dictionary: refused as encrypted', async () => {
    const pdf = withEncryptEntry(realPdf('shanghai/2026-putuo-justice-bureau-budget.pdf'));
    expect(await outcome(pdf)).toBe('refused: PDF 已加密（需要密码才能打开），请提供未加密的文件');
  });

  it('a page with only an image (a scan without text): refused as having no text', async () => {
    expect(await outcome(imageOnlyPdf())).toMatch(/^refused: PDF 中没有可提取的文字/);
  });

  it('the untouched PDF is read (the damage, not the file, is refused)', async () => {
    expect(await outcome(realPdf('shanghai/2026-putuo-justice-bureau-budget.pdf'))).toMatch(/^read \d+ pages$/);
  });
});
