import { describe, expect, it } from 'vitest';
import { buildCompareChart, chartSvg } from '../index';
import { cellOf, findTable, totalsRow } from '../report-tables';
import { itemColumns } from '../../lib/three-public-items';
import { importedReports, fixture, makeReport, makeTable } from '../test-support/reports';
import { COMPARE_CHARTS, compareChart, compareRow, compareRows } from './compare';

const withStaff = (name: string, actual: number | null, quota: number | null) => {
  const report = fixture(name);
  report.performance.overall = {
    department: { code: null, name: null },
    internalDepartments: null,
    subordinateUnits: null,
    staffQuota: quota,
    staffActual: actual,
    duties: null,
    strategicGoal: null,
    fundsBySource: [],
    fundsByDirection: [],
    keyTasks: [],
    annualGoal: null,
    indicators: [],
    sourceLines: [1, 1],
  };
  return report;
};

describe('compareRow', () => {
  it('reads total, 三公, basic share and project count from the tables', () => {
    const row = compareRow(fixture('jincheng-jingji-anjian-2024'), '经济发展与安全监管部');
    expect(row).toMatchObject({
      budget: true,
      total: '2283.49',
      basic: '412.03',
      basicShare: '18.04',
      threePublic: null,
      threePublicNote: '本表无数据',
      projectCount: 19,
      staff: null,
      perStaff: null,
    });
  });

  // 2017 江苏省高级人民法院 (pdftotext -layout lines 324 and 499): 支出预算总表 prints one row of
  // 合计 | 基本支出 | 项目支出 | 单位预留机动经费; the 三公 table one row with 合计 (三公 + 会议费 +
  // 培训费) 2,599.37 and “三公”经费 小计 670.12 (因公出国（境）费 180 万元 is 26.86 % of it, line 731).
  it('reads a table that prints only its totals in one row, and 三公 as “三公”经费 小计', () => {
    const expenditure = makeTable('expenditure', [
      { label: '', cells: { total: '28849.38', basic: '17123.19', project: '11543.27' } },
    ]);
    const three = makeTable('three-public', [{ label: '', cells: { total: '2599.37' } }]);
    three.columns.push({ key: 'three-public', path: ['“三公”经费', '小计'], kind: 'amount' });
    three.rows[0]!.cells.push('670.12');
    const row = compareRow(makeReport({ tables: [expenditure, three] }));
    expect([row.total, row.basicShare, row.threePublic]).toEqual(['28849.38', '59.35', '670.12']);
  });

  it('divides by the actual staff, else by the quota', () => {
    expect(compareRow(withStaff('jinzhong-chanye-guihua-2024', 14, 20))).toMatchObject({
      staff: { count: 14, basis: '实有人数' },
      perStaff: '30.90',
    });
    expect(compareRow(withStaff('jinzhong-chanye-guihua-2024', null, 20))).toMatchObject({
      staff: { count: 20, basis: '编制人数' },
      perStaff: '21.63',
    });
    expect(compareRow(withStaff('jinzhong-chanye-guihua-2024', 0, null)).perStaff).toBeNull();
  });

  it('marks a performance-only report and compares nothing for it', () => {
    const report = { ...makeReport(), documentType: 'performance-targets' as const };
    expect(compareRow(report)).toMatchObject({ budget: false, total: null, projectCount: null });
  });
});

describe('compareChart', () => {
  const rows = compareRows(
    [
      'jincheng-jingji-anjian-2024',
      'jinzhong-chanye-guihua-2024',
      'jinzhong-xingzheng-shenpi-2024',
      'zonggai-xincailiao-2023',
    ].map((n) => fixture(n)),
  );

  it('sorts departments by the value, largest first, blanks last with the reason', () => {
    const model = compareChart('three-public', rows);
    expect(model.status).toBe('ok');
    if (model.status !== 'ok') return;
    expect(model.data.rows.map((r) => r.bars[0]!.label)).toEqual(['33.00', '3.00', '0.33', '本表无数据']);
  });

  it('draws shares on a fixed 0–100 % scale', () => {
    const model = compareChart('basic-share', rows);
    expect(model.status === 'ok' && model.data.max).toBe('100');
  });

  it('is "no data" when no report gives the value, and notes the performance-only reports', () => {
    const model = compareChart('per-staff', [
      ...rows,
      compareRow({ ...makeReport(), documentType: 'performance-targets' }),
    ]);
    expect(model).toMatchObject({ status: 'empty', reason: '没有可比较的数据（文件未提供人员数）。' });
    expect(model.notes.at(-1)).toBe('另有 1 个部门只公开了绩效目标表，没有预算表，未列入。');
    expect(compareChart('total', [])).toMatchObject({ status: 'empty', reason: '没有部门预算报告。' });
  });

  it('handles a single department', () => {
    const one = compareRows([
      makeReport({
        tables: [
          makeTable('expenditure', [
            { label: '合计', kind: 'total', level: 0, cells: { total: '5.00', basic: '5.00', project: null } },
          ]),
        ],
      }),
    ]);
    const model = compareChart('total', one);
    expect(model.status === 'ok' && model.data.rows).toHaveLength(1);
  });

  it.each(COMPARE_CHARTS)('%s renders to a snapshot', async (kind) => {
    const svg = chartSvg(buildCompareChart(kind, rows), { idPrefix: `compare-${kind}`, standalone: true });
    await expect(svg).toMatchFileSnapshot(`../__snapshots__/compare-${kind}.svg`);
  });
});

describe('compare numbers equal the report tables (imported reports)', () => {
  it.each(importedReports())('$name', ({ report }) => {
    const row = compareRow(report);
    if (!row.budget) return;
    const expenditure = findTable(report, 'expenditure')!;
    const totals = totalsRow(expenditure);
    const total = totals && cellOf(expenditure, totals, 'total');
    if (total === undefined) {
      // A 合计 row or column the importer did not recognise: no figure, and the reason says so (not "blank").
      expect([row.total, row.totalNote]).toEqual([
        null,
        totals ? '支出总表的“合计”栏未能识别' : '支出总表的合计行未能识别',
      ]);
      expect(compareChart('total', [row])).toMatchObject({ status: 'empty', reason: /未能识别/ });
      return;
    }
    expect(row.total).toBe(total);
    const three = findTable(report, 'three-public')!;
    const items = itemColumns(three);
    if (row.threePublic !== null)
      expect(row.threePublic).toBe(
        items ? cellOf(three, items.row, items.column('total')) : cellOf(three, totalsRow(three)!, 'total'),
      );
    const model = compareChart('total', [row]);
    expect(model.status === 'ok' && model.data.rows[0]!.bars[0]!.value).toBe(row.total);
  });
});
