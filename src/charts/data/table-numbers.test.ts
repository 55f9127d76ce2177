import { describe, expect, it } from 'vitest';
import type { TreeNode } from '../model';
import { formatAmount } from '../numbers';
import { cellOf, findTable, totalRow } from '../report-tables';
import { allReports, makeReport, makeTable } from '../test-support/reports';
import { balanceChart } from './balance';
import { economicChart } from './economic';
import { projectsChart } from './projects';
import { structureChart } from './structure';

/** The numbers a chart draws and prints are the report's table cells, exactly. */

const leaves = (nodes: TreeNode[]): TreeNode[] => nodes.flatMap((n) => (n.children.length ? leaves(n.children) : [n]));

describe.each(allReports())('chart numbers equal the table cells: $name', ({ report }) => {
  it('structure: every tile is a coded row of the expenditure table', () => {
    const model = structureChart(report);
    if (model.status !== 'ok') return;
    const t = findTable(report, 'expenditure')!;
    for (const leaf of leaves(model.data.classes)) {
      const row = t.rows.find((r) => r.code === leaf.code)!;
      expect(leaf.value).toBe(cellOf(t, row, 'total'));
    }
    expect(model.data.totalLabel).toBe(formatAmount(cellOf(t, totalRow(t)!, 'total')));
  });

  it('balance: the parts are the total-row cells', () => {
    const model = balanceChart(report);
    if (model.status !== 'ok') return;
    const expenditure = findTable(report, 'expenditure')!;
    const first = model.data.bars.find((b) => b.title === '基本支出与项目支出');
    if (first) {
      const row = totalRow(expenditure)!;
      expect(first.parts.map((p) => p.label)).toEqual(
        ['basic', 'project'].map((k) => formatAmount(cellOf(expenditure, row, k) ?? '—')),
      );
    }
  });

  it.each([
    ['economic', economicChart, 'basic-economic'],
    ['projects', projectsChart, 'projects'],
  ] as const)('%s: every bar is an item row of its table', (_name, chart, key) => {
    const model = chart(report);
    if (model.status !== 'ok') return;
    const t = findTable(report, key)!;
    for (const row of model.data.rows) {
      const source = t.rows.find((r) => r.kind === 'item' && r.label === row.label)!;
      expect(row.bars[0]!.value).toBe(cellOf(t, source, 'total'));
      expect(row.bars[0]!.label).toBe(formatAmount(cellOf(t, source, 'total') ?? '—'));
    }
  });
});

describe('edge cases', () => {
  it('structure: nests 类/款/项 by code and reports a total that differs from the sum', () => {
    const report = makeReport({
      tables: [
        makeTable('expenditure', [
          { label: '合计', kind: 'total', level: 0, cells: { total: '10.01' } },
          { label: '一般公共服务支出', code: '201', kind: 'subtotal', cells: { total: '10.00' } },
          { label: '商贸事务', code: '20113', kind: 'subtotal', cells: { total: '10.00' } },
          { label: '行政运行', code: '2011301', cells: { total: '6.00' } },
          { label: '招商引资', code: '2011308', cells: { total: '4.00' } },
          { label: '空白项', code: '2011399', cells: { total: null } },
        ]),
      ],
    });
    const model = structureChart(report);
    expect(model.status).toBe('ok');
    if (model.status !== 'ok') return;
    expect(model.data.classes[0]!.children[0]!.children.map((c) => c.code)).toEqual(['2011301', '2011308']);
    expect(model.notes.join('')).toContain('各科目之和 10.00 与表中合计 10.01 相差 0.01');
    expect(model.notes.join('')).toContain('2011399 空白项（空白）');
  });

  it('structure: no codes or all zero gives "no data" with the reason', () => {
    const noCodes = makeReport({
      tables: [makeTable('expenditure', [{ label: '合计', kind: 'total', level: 0, cells: { total: '1.00' } }])],
    });
    expect(structureChart(noCodes)).toMatchObject({ status: 'empty', reason: '支出总表中没有政府收支分类科目编码。' });
    const zeros = makeReport({
      tables: [makeTable('expenditure', [{ label: '行政运行', code: '2011301', cells: { total: '0.00' } }])],
    });
    expect(structureChart(zeros)).toMatchObject({ status: 'empty', reason: '各科目金额均为 0 或空白。' });
  });

  it('balance: a blank cell counts as 0 and an empty economic table is named', () => {
    const report = makeReport({
      tables: [
        makeTable('expenditure', [
          { label: '合计', kind: 'total', level: 0, cells: { total: '5.00', basic: null, project: '5.00' } },
        ]),
        makeTable('basic-economic', [{ label: '合计', kind: 'total', level: 0, cells: {} }], { empty: true }),
      ],
    });
    const model = balanceChart(report);
    expect(model.status === 'ok' && model.data.bars[0]!.parts.map((p) => [p.label, p.share])).toEqual([
      ['—', '0.00'],
      ['5.00', '100.00'],
    ]);
    expect(model.notes.join('')).toContain('基本支出经济分类表注明“本表无数据”');
  });

  it('projects: many projects show the largest ten and sum the rest', () => {
    const rows = Array.from({ length: 14 }, (_, i) => ({ label: `项目${i + 1}`, cells: { total: `${i + 1}.00` } }));
    const model = projectsChart(makeReport({ tables: [makeTable('projects', rows)] }));
    expect(model.status === 'ok' && model.data.rows.map((r) => r.label).slice(0, 2)).toEqual(['项目14', '项目13']);
    expect(model.status === 'ok' && model.data.rows).toHaveLength(10);
    expect(model.notes.join('')).toContain('其余 4 个合计 10.00');
  });

  it('economic and projects: missing or empty tables give "no data"', () => {
    expect(economicChart(makeReport())).toMatchObject({ status: 'empty', reason: '本报告没有基本支出经济分类表。' });
    const empty = makeReport({ tables: [makeTable('projects', [], { empty: true })] });
    expect(projectsChart(empty)).toMatchObject({ status: 'empty', reason: '项目支出预算表注明“本表无数据”。' });
  });
});
