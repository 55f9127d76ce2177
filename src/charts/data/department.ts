import type { DepartmentSeries, SeriesRow } from '../../lib/department-series';
import type { FigureRef } from '../../lib/main-figures';
import type { BarChartData, BarRow, ChartModel, DataTable } from '../model';
import { formatAmount } from '../numbers';

/**
 * One main figure of a department across the years (time series): one group of bars per
 * year, the budget (solid) and the final accounts (hatched) of that year side by side. A
 * year without one of the documents says so instead of drawing a bar; a blank cell is
 * "未列出", never 0.
 */

const NO_DOCUMENT = '无此文件';
const BLANK = '未列出';

function barOf(docs: boolean, ref: FigureRef | null | undefined): { value: string | null; label: string } {
  if (!docs) return { value: null, label: NO_DOCUMENT };
  if (!ref || ref.value === null) return { value: null, label: BLANK };
  return { value: ref.value, label: formatAmount(ref.value) };
}

export function departmentSeriesChart(
  series: DepartmentSeries,
  key: string,
  department: string,
): ChartModel<BarChartData> {
  const row: SeriesRow | undefined = series.rows.find((r) => r.key === key);
  const title = `${department}${row?.label ?? key}：历年预算与决算`;
  const base = {
    title,
    unit: '万元' as const,
    source: '各年预算的支出总表、“三公”经费表；决算的支出决算表、“三公”经费支出决算表',
  };
  const hasFinal = series.documents.some((d) => d.report.documentType === 'final-accounts');
  const cellFor = (year: number, type: 'budget' | 'final-accounts') => {
    const i = series.documents.findIndex((d) => d.report.year === year && d.report.documentType === type);
    return { present: i >= 0, ref: i >= 0 ? row?.cells[i] : null };
  };
  if (!row || row.cells.every((c) => c === null || c.value === null)) {
    return { ...base, notes: [], summary: '', table: null, status: 'empty', reason: '各年文件都没有列出这一数字。' };
  }
  const types = hasFinal ? (['budget', 'final-accounts'] as const) : (['budget'] as const);
  const rows: BarRow[] = series.years.map((year) => ({
    label: `${year}年`,
    note: null,
    bars: types.map((t) => {
      const c = cellFor(year, t);
      return barOf(c.present, c.ref);
    }),
  }));
  const table: DataTable = {
    head: ['年度', ...types.map((t) => (t === 'budget' ? '预算' : '决算'))],
    rows: rows.map((r) => ({ th: r.label, cells: r.bars.map((b) => b.label) })),
    numeric: types.map(() => true),
  };
  const summary = rows
    .map(
      (r) => `${r.label}：${types.map((t, i) => `${t === 'budget' ? '预算' : '决算'}${r.bars[i]!.label}`).join('，')}`,
    )
    .join('；');
  return {
    ...base,
    notes: [
      hasFinal ? '实心条为预算数，斜线条为决算数（实际支出）。' : '各年预算数；本站还没有这个部门的决算。',
      '“未列出”表示该文件没有这一数字，“无此文件”表示本站没有该年的这类文件。',
    ],
    summary: `${row.label}（万元）。${summary}。`,
    table,
    status: 'ok',
    data: {
      series: types.map((t) => ({ name: t === 'budget' ? '预算' : '决算', style: t === 'budget' ? 'solid' : 'hatch' })),
      rows,
    },
  };
}
