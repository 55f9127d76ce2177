import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPages } from '../pdf';
import { readPdfShared } from '../pdf/test-support/cached-read';
import { realDocsDir, realDocsMissing, realPdfs } from '../pdf/test-support/real-docs';
import type { Table } from '../schemas';
import { toLines, type SourceLine } from './lines';
import { parseTables } from './tables';
import { coverageOf } from './test-support/coverage';

/**
 * The table stage on the PDF reader's output (TAB-separated rows, page numbers from the
 * reader's page → line map) for every budget PDF of ../shared/real-docs, and the same
 * figures as the `pdftotext -layout` texts of tests/fixtures/real-docs-layout/.
 */

const budgets = realPdfs().filter((f) => !f.includes('final-accounts'));
const year = (file: string): number => Number(file.split('/').at(-1)!.slice(0, 4));

async function pdfTables(file: string): Promise<{ lines: SourceLine[]; tables: Table[] }> {
  const read = await readPdfShared(new Uint8Array(readFileSync(`${realDocsDir}/${file}`)));
  const rendered = renderPages(read.pages);
  const pageOf = (n: number): number | undefined =>
    rendered.pages.find((p) => p.lines.from <= n && n <= p.lines.to)?.page;
  const lines = toLines(rendered.text).map((l) => ({ ...l, page: pageOf(l.n) }));
  return { lines, tables: parseTables(lines, { year: year(file), departmentNames: [], tocNumbers: new Map() }).tables };
}

function layoutTables(file: string): Table[] {
  const name = file
    .split('/')
    .at(-1)!
    .replace(/\.pdf$/, '.txt');
  const text = readFileSync(new URL(`../../tests/fixtures/real-docs-layout/${name}`, import.meta.url), 'utf8');
  return parseTables(toLines(text), { year: year(file), departmentNames: [], tocNumbers: new Map() }).tables;
}

/** The amounts of each kind of table, sorted: the figures, whatever their column order. */
const figures = (tables: Table[]): Record<string, string[]> =>
  Object.fromEntries(
    tables.map((t) => [
      t.id,
      t.rows.flatMap((r) => r.cells.filter((c): c is string => c !== null && /^-?\d+\.\d+$/.test(c))).sort(),
    ]),
  );

describe.skipIf(!realDocsDir)('real budget PDFs through the PDF reader', () => {
  if (!realDocsDir) console.log(realDocsMissing);

  it.each(budgets)(
    '%s: ≥ 99.5 % of the amounts printed in its tables are in the parsed rows',
    { timeout: 60_000 },
    async (file) => {
      const { lines, tables } = await pdfTables(file);
      const coverage = coverageOf(file, lines, tables);
      expect(coverage.found).toBeGreaterThanOrEqual(coverage.printed * 0.995);
    },
  );

  // One document of each producer: WPS (Shanghai), Excel 2010 (政协 tables), PScript5 (人大 tables).
  it.each([
    'shanghai/2025-putuo-government-office-budget.pdf',
    'jiangsu/2018-jiangsu-cppcc-office-budget-tables.pdf',
    'jiangsu/2019-jiangsu-npc-office-budget-tables.pdf',
  ])(
    '%s: the pdftotext -layout text gives the same tables and figures as the PDF',
    { timeout: 60_000 },
    async (file) => {
      const fromPdf = (await pdfTables(file)).tables;
      const fromText = layoutTables(file);
      expect(fromText.map((t) => [t.id, t.unit])).toEqual(fromPdf.map((t) => [t.id, t.unit]));
      expect(figures(fromText)).toEqual(figures(fromPdf));
    },
  );
});
