import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../tests/fixtures/final-accounts/build';
import { departmentSeriesChart } from '../charts/data/department';
import { reportStem, type Report } from '../schemas';
import { departmentSeries } from './department-series';
import { previousOf, yearOnYear, yearOnYearChecks } from './year-on-year';

const CONTENT = 'tests/fixtures/final-accounts/content';
const { reports } = buildFixture();
const series = departmentSeries(reports);

/** The committed report JSON and source text of a fixture document, read from disk. */
function committed(r: Report): { json: Report; lines: string[] } {
  const json = JSON.parse(
    readFileSync(`${CONTENT}/reports/${r.region}/${r.department.slug}/${reportStem(r)}.json`, 'utf8'),
  ) as Report;
  const lines = readFileSync(`${CONTENT}/sources/${json.source.files[0]!.file}`, 'utf8').split('\n');
  return { json, lines };
}

describe('department series', () => {
  it('lists the documents by year, the budget before the final accounts', () => {
    expect(series.documents.map((d) => d.label)).toEqual(['2022年预算', '2023年预算', '2024年预算', '2024年决算']);
  });

  it('takes 支出总计 of each year from that year’s report JSON and its source line', () => {
    const row = series.rows.find((r) => r.key === 'total')!;
    // Read by eye from the fixture sources: 支出总表 / 支出决算表 合计.
    expect(row.cells.map((c) => c?.value)).toEqual(['290.00', '301.20', '314.58', '307.82']);
    series.documents.forEach((d, i) => {
      const ref = row.cells[i]!;
      const { json, lines } = committed(d.report);
      const table = json.tables.find((t) => t.key === ref.table)!;
      const jsonRow = table.rows.find((r) => r.id === ref.rowId)!;
      expect(jsonRow.cells[table.columns.findIndex((c) => c.key === ref.column)]).toBe(ref.value);
      expect(jsonRow.sourceLines[0]).toBe(ref.line);
      expect(lines[ref.line - 1]).toContain(`  ${ref.value}`);
    });
  });

  it('takes the 三公 parts and the largest function classes', () => {
    const keys = series.rows.map((r) => r.key);
    expect(keys).toEqual([
      'total',
      'basic',
      'project',
      'three-public',
      'abroad',
      'vehicles',
      'reception',
      'class-201',
      'class-221',
      'class-208',
    ]);
    expect(series.rows.find((r) => r.key === 'reception')!.cells.map((c) => c?.value)).toEqual([
      '1.00',
      '1.20',
      '1.50',
      '1.35',
    ]);
  });

  it('charts a figure with one bar per document and says where a document is missing', () => {
    const model = departmentSeriesChart(series, 'three-public', '测试区社会工作部');
    expect(model.status).toBe('ok');
    if (model.status !== 'ok') return;
    expect(model.data.rows.map((r) => r.bars.map((b) => b.label))).toEqual([
      ['3.00', '无此文件'],
      ['3.50', '无此文件'],
      ['4.38', '3.95'],
    ]);
  });
});

describe('real year-on-year', () => {
  const budget2024 = reports.find((r) => r.year === 2024 && r.documentType === 'budget')!;
  const previous = previousOf(reports, budget2024)!;

  it('finds last year’s budget and computes each change from the two documents', () => {
    expect(previous.year).toBe(2023);
    const tp = yearOnYear(budget2024, previous).find((c) => c.key === 'three-public')!;
    expect([tp.previous?.value, tp.current?.value, tp.change, tp.percent]).toEqual(['3.50', '4.38', '0.88', '25.14']);
  });

  it('agrees with the text’s “比上年增加0.88万元” and fails a wrong claim', () => {
    expect(yearOnYearChecks(budget2024, previous).map((c) => c.status)).toEqual(['pass', 'pass']);
    const wrong = structuredClone(budget2024);
    wrong.narrative[0]!.figures.find((f) => f.claim === 'three-public-change')!.value = '0.98';
    const failed = yearOnYearChecks(wrong, previous).find((c) => c.id.includes('three-public'))!;
    expect(failed.status).toBe('fail');
    expect(failed.difference).toBe('0.10');
  });

  it('has no previous document for the first year or for final accounts without last year’s', () => {
    expect(previousOf(reports, reports[0]!)).toBeUndefined();
    expect(
      previousOf(
        reports,
        reports.find((r) => r.documentType === 'final-accounts')!,
      ),
    ).toBeUndefined();
  });
});
