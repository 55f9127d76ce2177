/**
 * Source links in Chromium with JavaScript off: a table's "来源 … 第a–b行" on a report page
 * opens the source view with exactly those lines marked (CSS :target, no script); a PDF
 * source's "第 N 页" link opens the stored PDF at #page=N (a fixture PDF written by the
 * test, linked the way SourceNote links a report of format 'pdf'); and on a real imported
 * PDF report (a narrative with its tables attached as a second PDF, when there is one) a
 * table's link opens the file and page that hold the table.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileOfLine, locate, sourceLink } from '../../src/lib/provenance';
import { reportPath } from '../../src/lib/routes';
import { readPdf } from '../../src/pdf';
import { makePdf } from '../../src/pdf/test-support/make-pdf';
import { tablePage } from '../../src/pdf/test-support/fixture-pages';
import type { Report, SourceDocument } from '../../src/schemas';
import { SITES } from './support/sites';
import { startServerAndChromiumForSuite } from './support/suite';

const MARK = 'rgb(255, 243, 176)';

describe('text source: 第a–b行 opens the marked lines', () => {
  const suite = startServerAndChromiumForSuite(SITES[0]);
  let context: BrowserContext;
  beforeAll(async () => {
    context = await suite.browser.newContext({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await context.close();
  });

  it('follows the first table source link of a report page', async () => {
    const page = await context.newPage();
    await page.goto(`${suite.server.url}r/jinzhong/chanye-guihua/2024/`);
    const link = page.locator('.table-section .source-note a').first();
    const href = (await link.getAttribute('href')) ?? '';
    const match = /#L(\d+)-(\d+)$/.exec(href);
    expect(match, href).not.toBeNull();
    const [from, to] = [Number(match?.[1]), Number(match?.[2])];
    expect(await page.locator('.table-section .source-note').first().textContent()).toContain(`第${from}–${to}行`);
    await link.click();
    await page.waitForURL(/\/s\/[\w-]+\/#L\d+-\d+$/);
    const background = (n: number): Promise<string> =>
      page.locator(`#L${n}`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background(from)).toBe(MARK);
    expect(await background(to)).toBe(MARK);
    expect(await background(to + 1)).not.toBe(MARK);
    expect(await page.locator(`#L${from}`).isVisible()).toBe(true);
    expect(await page.locator(`a[href$=".txt"]`).count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('PDF source: 第 N 页 opens the page of the stored PDF', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'pdf-links-'));
  const pdf = makePdf([tablePage, { texts: [{ str: '第二页', x: 60, y: 700 }] }, tablePage]);
  const source: SourceDocument = {
    title: '测试',
    publishedBy: '测试',
    files: [
      {
        file: 'fixture.pdf',
        sha256: '0'.repeat(64),
        format: 'pdf',
        lines: [1, 17],
        pages: [
          { page: 1, lines: [1, 8] },
          { page: 2, lines: [9, 9] },
          { page: 3, lines: [10, 17] },
        ],
      },
    ],
  };
  const link = sourceLink(source, [13, 15]);
  mkdirSync(path.join(root, 'data/sources'), { recursive: true });
  writeFileSync(path.join(root, 'data/sources/fixture.pdf'), pdf);
  writeFileSync(
    path.join(root, 'index.html'),
    `<!doctype html><html lang="zh-CN"><title>t</title><p class="source-note">来源：<a href="${link.path.slice(1)}" type="application/pdf">fixture.pdf</a> ${link.label}</p></html>`,
  );
  const suite = startServerAndChromiumForSuite({ root, base: '/' });

  it('links row 13–15 to page 3 and the PDF arrives whole', async () => {
    expect(link).toEqual({ path: '/data/sources/fixture.pdf#page=3', label: '第 3 页第 4–6 行', format: 'pdf' });
    const context = await suite.browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(suite.server.url);
    expect(await page.locator('.source-note a').getAttribute('href')).toBe('data/sources/fixture.pdf#page=3');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/data/sources/fixture.pdf')),
      page
        .locator('.source-note a')
        .click()
        .catch(() => undefined),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const served = Buffer.from(await (await fetch(response.url())).arrayBuffer());
    expect(served.equals(Buffer.from(pdf))).toBe(true);
    await context.close();
  });
});

/** The committed reports read from PDFs only, those of several files (narrative + tables) first. */
function pdfReports(): Report[] {
  const dir = path.resolve('content/reports');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => JSON.parse(readFileSync(path.join(d.parentPath, d.name), 'utf8')) as Report)
    .filter((r) => r.tables.length > 0 && r.source.files.every((f) => f.format === 'pdf'))
    .sort((a, b) => b.source.files.length - a.source.files.length || reportPath(a).localeCompare(reportPath(b)));
}

const real = pdfReports()[0];

describe.skipIf(!real)('real PDF report: a table links to the page of the file that prints it', () => {
  const suite = startServerAndChromiumForSuite(SITES[0]);

  it('follows the link of a table of the last file the report was read from', async () => {
    const report = real!;
    const last = report.source.files.at(-1)!;
    const table = report.tables.find((t) => fileOfLine(report.source, t.sourceLines[0]).file === last.file)!;
    const at = locate(report.source, table.sourceLines[0]);
    expect([at.file, at.page === undefined]).toEqual([last.file, false]);

    const context = await suite.browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}${reportPath(report).slice(1)}`);
    const note = page.locator(`section#${table.id} .source-note`);
    const link = note.locator('a');
    expect(await link.getAttribute('href')).toBe(`/data/sources/${last.file}#page=${at.page}`);
    expect(await link.textContent()).toBe(last.file);
    expect(await note.textContent()).toContain(`第 ${at.page} 页`);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/data/sources/${last.file}`)),
      link.click().catch(() => undefined),
    ]);
    expect([response.status(), response.headers()['content-type']]).toEqual([200, 'application/pdf']);
    const served = new Uint8Array(await (await fetch(response.url())).arrayBuffer());
    expect(Buffer.from(served).equals(readFileSync(path.resolve('content/sources', last.file)))).toBe(true);
    await context.close();

    // The page the link opens prints the table's title (read from the served PDF).
    const read = await readPdf(served);
    const text = read.pages[at.page! - 1]!.rows.flatMap((r) => r.cells.map((c) => c.text)).join('');
    expect(text.replace(/\s/g, '')).toContain(table.title.replace(/\s/g, ''));
  });
});
