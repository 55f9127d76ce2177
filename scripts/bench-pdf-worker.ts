/**
 * One side of the PDF reader bench, in its own process so its peak RSS is its own:
 *   baseline  pdfjs text extraction alone (getTextContent of every page)
 *   reader    the reader stage (src/pdf: text, operator list, grid, cells, rows)
 * over every PDF in ../shared/real-docs. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openPdf } from '../src/pdf/load';
import { readPdf } from '../src/pdf/reader';
import { realDocsDir, realPdfs } from '../src/pdf/test-support/real-docs';

async function baseline(bytes: Uint8Array): Promise<number> {
  const { doc, close } = await openPdf(bytes);
  try {
    for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
    return doc.numPages;
  } finally {
    await close();
  }
}

const mode = process.argv[2];
if (!realDocsDir || (mode !== 'baseline' && mode !== 'reader')) {
  console.log(JSON.stringify({ error: realDocsDir ? `unknown mode ${mode}` : 'no ../shared/real-docs' }));
} else {
  const files = realPdfs();
  let pages = 0;
  const started = performance.now();
  for (const f of files) {
    const bytes = new Uint8Array(readFileSync(join(realDocsDir, f)));
    pages += mode === 'baseline' ? await baseline(bytes) : (await readPdf(bytes)).pages.length;
  }
  const ms = performance.now() - started;
  console.log(JSON.stringify({ files: files.length, pages, ms, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}
