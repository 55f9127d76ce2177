import type { Report } from '../../schemas';
import type { BarChartData, ChartModel } from '../model';
import { formatAmount, isZero } from '../numbers';
import { cellOf, emptyReason, findTable, tableSource, totalRow } from '../report-tables';
import { sortedBars, type SortedItem } from './sorted';

/** Basic expenditure by economic classification: the item rows of `basic-economic`, sorted. */

export const ECONOMIC_MAX = 25;

export function economicChart(report: Report): ChartModel<BarChartData> {
  const table = findTable(report, 'basic-economic');
  const base = {
    title: `${report.year}年基本支出按经济分类`,
    unit: '万元' as const,
    source: table ? tableSource(table) : null,
  };
  const empty = (reason: string): ChartModel<BarChartData> => ({
    ...base,
    notes: [],
    summary: `没有可画出的基本支出经济分类数据：${reason}`,
    table: null,
    status: 'empty',
    reason,
  });
  const reason = emptyReason(table, '基本支出经济分类表');
  if (reason || !table) return empty(reason ?? '');

  let group = '';
  const items: SortedItem[] = [];
  for (const row of table.rows) {
    if (row.kind === 'subtotal') group = row.label;
    if (row.kind !== 'item') continue;
    items.push({ label: row.label, value: cellOf(table, row, 'total') ?? null, extra: [group] });
  }
  if (items.length === 0) return empty('基本支出经济分类表中没有明细科目。');
  if (items.every((i) => isZero(i.value))) return empty('各经济科目金额均为 0 或空白。');

  const result = sortedBars(items, {
    max: ECONOMIC_MAX,
    series: '基本支出',
    head: ['经济科目'],
    extraHead: ['所属类别'],
  });
  const total = totalRow(table);
  const totalCell = total ? cellOf(table, total, 'total') : null;
  const notes = ['按金额从大到小排列。'];
  if (result.rest.length > 0) {
    notes.push(
      `共 ${items.length} 个科目，图中列出金额最大的 ${ECONOMIC_MAX} 个；其余 ${result.rest.length} 个合计 ${formatAmount(result.restSum)}。`,
    );
  }
  const summary =
    (totalCell ? `${report.year}年一般公共预算基本支出合计 ${formatAmount(totalCell)} 万元。` : '') +
    result.shown.map((i) => `${i.label} ${i.value === null ? '空白' : `${formatAmount(i.value)} 万元`}`).join('；') +
    '。';
  return { ...base, notes, summary, table: result.table, status: 'ok', data: result.data };
}
