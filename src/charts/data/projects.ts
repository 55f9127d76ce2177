import type { Report } from '../../schemas';
import type { BarChartData, ChartModel } from '../model';
import { formatAmount, isZero } from '../numbers';
import { cellOf, emptyReason, findTable, tableSource } from '../report-tables';
import { sortedBars, type SortedItem } from './sorted';

/** The largest projects of the `projects` table (item rows; department group rows skipped). */

export const PROJECTS_MAX = 10;

export function projectItems(report: Report): SortedItem[] {
  const table = findTable(report, 'projects');
  if (!table || table.empty) return [];
  return table.rows
    .filter((r) => r.kind === 'item')
    .map((r) => ({ label: r.label, value: cellOf(table, r, 'total') ?? null }));
}

export function projectsChart(report: Report): ChartModel<BarChartData> {
  const table = findTable(report, 'projects');
  const base = {
    title: `${report.year}年金额最大的项目`,
    unit: '万元' as const,
    source: table ? tableSource(table) : null,
  };
  const empty = (reason: string): ChartModel<BarChartData> => ({
    ...base,
    notes: [],
    summary: `没有可画出的项目支出数据：${reason}`,
    table: null,
    status: 'empty',
    reason,
  });
  const reason = emptyReason(table, '项目支出预算表');
  if (reason) return empty(reason);
  const items = projectItems(report);
  if (items.length === 0) return empty('项目支出预算表中没有项目明细。');
  if (items.every((i) => isZero(i.value))) return empty('各项目金额均为 0 或空白。');

  const result = sortedBars(items, { max: PROJECTS_MAX, series: '项目支出', head: ['项目名称'] });
  const notes = ['按金额从大到小排列，金额为项目支出预算表（本年预算）的“合计”列。'];
  if (result.rest.length > 0) {
    notes.push(
      `共 ${items.length} 个项目，图中列出金额最大的 ${PROJECTS_MAX} 个；其余 ${result.rest.length} 个合计 ${formatAmount(result.restSum)}。`,
    );
  }
  const summary =
    `共 ${items.length} 个项目。` +
    result.shown.map((i) => `${i.label} ${i.value === null ? '空白' : `${formatAmount(i.value)} 万元`}`).join('；') +
    '。';
  return { ...base, notes, summary, table: result.table, status: 'ok', data: result.data };
}
