/**
 * Every published PDF in ../shared/real-docs through the reader: no exception; the amounts
 * it finds against an independent count (the amounts in pdfjs's raw text items joined in
 * their own order, with thousands separators) — none lost, none split; and in coded rows of tables whose first
 * amount column is the total of the others, the parts add up within the printed rounding.
 */
import Decimal from 'decimal.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPdf } from './load';
import type { PdfRead } from './reader';
import { readPdfShared } from './test-support/cached-read';
import { countAmounts, realDocsDir, realDocsMissing, realPdfs } from './test-support/real-docs';

const CODE = /^\d{3}(\d{2}){0,2}$/;
const AMOUNT = /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/;

async function rawPageTexts(bytes: Uint8Array): Promise<string[][]> {
  const { doc, close } = await openPdf(bytes);
  try {
    const pages: string[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      // pdfjs's own reading order; an item cut inside a number ("8,648.0" + "7") joins back.
      pages.push([content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('')]);
    }
    return pages;
  } finally {
    await close();
  }
}

const pageTexts = (read: PdfRead): string[][] =>
  read.pages.map((p) => p.rows.flatMap((r) => r.cells.map((c) => c.text)));

/** Amounts the raw items hold on a page and the reader does not (allowing copies hidden at a page break). */
function lostAmounts(raw: string[][], reader: string[][]): string[] {
  const lost: string[] = [];
  raw.forEach((items, i) => {
    const mine = countAmounts(reader[i] ?? []);
    const near = countAmounts([...(reader[i - 1] ?? []), ...(reader[i + 1] ?? [])]);
    for (const [amount, n] of countAmounts(items)) {
      const missing = n - (mine.get(amount) ?? 0);
      if (missing > 0 && (near.get(amount) ?? 0) < missing) lost.push(`p${i + 1} ${amount}×${missing}`);
    }
  });
  return lost;
}

/** Amounts the reader shows more often than the raw items hold them (a number cut or glued into a new one). */
function splitAmounts(raw: string[][], reader: string[][]): string[] {
  const split: string[] = [];
  reader.forEach((cells, i) => {
    const theirs = countAmounts(raw[i] ?? []);
    for (const [amount, n] of countAmounts(cells)) {
      if (n > (theirs.get(amount) ?? 0)) split.push(`p${i + 1} ${amount}`);
    }
  });
  return split;
}

interface SumCheck {
  rows: number;
  failures: string[];
}

const decimals = (s: string): number => s.split('.')[1]?.length ?? 0;

/**
 * Per table: coded rows' amounts [total, ...parts]. A table counts as "parts of a total"
 * when most of its coded rows add up; then every coded row must.
 */
function checkSums(read: PdfRead): SumCheck {
  let rows = 0;
  const failures: string[] = [];
  for (const page of read.pages) {
    const tables = new Map<number, { amounts: string[]; label: string }[]>();
    for (const row of page.rows) {
      if (row.kind !== 'table' || row.table === undefined) continue;
      const texts = row.cells.map((c) => c.text);
      if (!texts.slice(0, 3).some((t) => CODE.test(t))) continue;
      const firstAmount = texts.findIndex((t) => t.includes('.') && AMOUNT.test(t));
      if (firstAmount < 0) continue;
      const amounts = texts
        .slice(firstAmount)
        .map((t) => (AMOUNT.test(t) ? t.replace(/,/g, '') : t === '' ? '0' : 'x'));
      if (amounts.includes('x') || amounts.length < 3) continue;
      const list = tables.get(row.table) ?? [];
      list.push({ amounts, label: `p${page.page} ${texts.slice(0, firstAmount).join(' ')}` });
      tables.set(row.table, list);
    }
    for (const list of tables.values()) {
      const adds = (a: string[]): boolean => {
        const [total, ...parts] = a.map((x) => new Decimal(x));
        const unit = new Decimal(10).pow(-Math.max(...a.map(decimals)));
        const sum = parts.reduce((s, p) => s.plus(p), new Decimal(0));
        return sum
          .minus(total as Decimal)
          .abs()
          .lte(unit.times(parts.length));
      };
      const good = list.filter((r) => adds(r.amounts)).length;
      if (list.length < 2 || good * 5 < list.length * 4) continue;
      rows += list.length;
      for (const r of list) if (!adds(r.amounts)) failures.push(`${r.label}: ${r.amounts.join(' ')}`);
    }
  }
  return { rows, failures };
}

/**
 * Rows the documents themselves print wrong, read against the page (not reader faults):
 * 司法局 2026 单位预算 prints 行政运行's 项目支出 as the 司法 total's 64,840,547.00.
 */
const KNOWN_FAULTS: Record<string, string[]> = {
  'shanghai/2026-putuo-justice-bureau-unit-budget.pdf': [
    'p11 204 06 01 行政运行: 14348853.34 14348853.34 64840547.00',
    'p14 204 06 01 行政运行: 14348853.34 14348853.34 64840547.00',
  ],
};

const summary: string[] = [];

describe.skipIf(!realDocsDir)('real PDFs (../shared/real-docs)', () => {
  afterAll(() => {
    if (summary.length > 0)
      console.log(`per document (pages, amounts raw/reader, coded rows checked):\n${summary.join('\n')}`);
  });

  for (const file of realPdfs()) {
    it(
      file,
      async () => {
        const bytes = new Uint8Array(readFileSync(join(realDocsDir as string, file)));
        const read = await readPdfShared(bytes);
        const raw = await rawPageTexts(bytes);
        const mine = pageTexts(read);
        expect(lostAmounts(raw, mine), 'amounts lost').toEqual([]);
        expect(splitAmounts(raw, mine), 'amounts split or glued').toEqual([]);
        const sums = checkSums(read);
        expect(sums.failures, 'coded rows that do not add up').toEqual(KNOWN_FAULTS[file] ?? []);
        const count = (pages: string[][]): number =>
          [...countAmounts(pages.flat()).values()].reduce((s, n) => s + n, 0);
        summary.push(`${file}: ${read.pages.length} p, ${count(raw)}/${count(mine)} amounts, ${sums.rows} coded rows`);
      },
      30_000,
    );
  }
});

describe.skipIf(realDocsDir)('real PDFs', () => {
  it.skip(realDocsMissing, () => {});
});
