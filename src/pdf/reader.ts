/**
 * The PDF reader stage: bytes → pages of rows of cells. The edge that drives pdfjs (one
 * page at a time); every decision about the page is in the pure modules it calls.
 */
import { uprightMatrix } from './geometry';
import { readGraphics, type OpCodes } from './graphics';
import { OPS, openPdf, PdfError, type PdfjsPage } from './load';
import { layoutPage, type PageRow } from './page';
import { judgePages, pageList, pageStatus, type PageStatus } from './quality';
import { dropHidden, toTextItems, type RawItem } from './text';

export interface PdfPage {
  /** 1-based page number. */
  page: number;
  status: PageStatus;
  rows: PageRow[];
  tables: number;
  fallback: boolean;
  /** Text items dropped because a clip region hides them. */
  hidden: number;
  /** Column edges of the page's lowest table, for a table continued on the next page. */
  lastColumns?: number[];
}

export interface PdfRead {
  pages: PdfPage[];
  warnings: string[];
}

const opCodes = OPS as unknown as OpCodes;

async function readPage(page: PdfjsPage, number: number, previous?: number[]): Promise<PdfPage> {
  const content = await page.getTextContent();
  const raw = content.items.filter((i): i is RawItem & typeof i => 'str' in i);
  const list = await page.getOperatorList();
  const view = uprightMatrix(page.view, page.rotate);
  const graphics = readGraphics(list, opCodes, view);
  const { kept, hidden } = dropHidden(toTextItems(raw, view), graphics.runs);
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const status = pageStatus(kept.map((i) => i.str).join(''), graphics.imageArea, Math.abs((x1 - x0) * (y1 - y0)));
  page.cleanup();
  if (status !== 'text') return { page: number, status, rows: [], tables: 0, fallback: false, hidden: hidden.length };
  const { lastColumns, ...layout } = layoutPage(kept, graphics.segments, previous);
  return { page: number, status, ...layout, lastColumns, hidden: hidden.length };
}

/** Read every page; throws PdfError for a file that is not a readable PDF or mostly unreadable. */
export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const { doc, close } = await openPdf(bytes);
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        pages.push(await readPage(await doc.getPage(n), n, pages.at(-1)?.lastColumns));
      } catch (e) {
        throw new PdfError(`第 ${n} 页无法读取（${(e as Error).message}）`);
      }
    }
    const verdict = judgePages(pages.map((p) => p.status));
    if (verdict.refused) throw new PdfError(verdict.refused);
    const warnings = [...verdict.warnings];
    const fallback = pages.filter((p) => p.fallback).map((p) => p.page);
    if (fallback.length > 0) {
      warnings.push(`${pageList(fallback)}的表格没有表格线，列是按表头位置和数字对齐推断的，请核对`);
    }
    return { pages, warnings };
  } finally {
    await close();
  }
}
