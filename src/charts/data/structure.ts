import type { Report, Row } from '../../schemas';
import type { ChartModel, DataTable, TreeNode, TreemapData } from '../model';
import { compareDecimal, formatAmount, isDecimal, minus, percent, sum } from '../numbers';
import { cellOf, emptyReason, findTable, tableSource, totalRow } from '../report-tables';

/**
 * Expenditure by function (类/款/项): the coded rows of the `expenditure` table, nested by
 * code prefix. Leaves are the deepest coded rows; their amounts are what the treemap draws.
 */

const LEVEL_NAME = ['', '类', '款', '项'];

interface Draft {
  row: Row;
  children: Draft[];
}

/** Nest coded rows by code prefix (201 ⊃ 20113 ⊃ 2011301), keeping table order. */
export function nestByCode(rows: Row[]): Draft[] {
  const roots: Draft[] = [];
  const stack: Draft[] = [];
  for (const row of rows) {
    if (!row.code) continue;
    const node: Draft = { row, children: [] };
    while (stack.length > 0 && !row.code.startsWith(stack.at(-1)!.row.code!)) stack.pop();
    const parent = stack.at(-1);
    if (parent && parent.row.code !== row.code) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

export function structureChart(report: Report): ChartModel<TreemapData> {
  const table = findTable(report, 'expenditure');
  const base = {
    title: `${report.year}年支出预算按功能分类（类/款/项）`,
    unit: '万元' as const,
    source: table ? tableSource(table) : null,
  };
  const empty = (reason: string, notes: string[] = []): ChartModel<TreemapData> => ({
    ...base,
    notes,
    summary: `没有可画出的支出功能分类数据：${reason}`,
    table: null,
    status: 'empty',
    reason,
  });
  const reason = emptyReason(table, '部门预算支出总表');
  if (reason || !table) return empty(reason ?? '');

  const amount = (row: Row): string | null => cellOf(table, row, 'total') ?? null;
  const notes: string[] = [];
  const skipped: string[] = [];
  const toNode = (d: Draft): TreeNode | null => {
    const children = d.children.map(toNode).filter((n): n is TreeNode => n !== null);
    if (d.children.length > 0) {
      if (children.length === 0) return null;
      return { code: d.row.code!, label: d.row.label, value: sum(children.map((c) => c.value)), children };
    }
    const value = amount(d.row);
    if (!isDecimal(value) || compareDecimal(value, '0') <= 0) {
      skipped.push(`${d.row.code} ${d.row.label}（${value === null ? '空白' : formatAmount(value)}）`);
      return null;
    }
    return { code: d.row.code!, label: d.row.label, value, children: [] };
  };
  const classes = nestByCode(table.rows)
    .map(toNode)
    .filter((n): n is TreeNode => n !== null);
  if (skipped.length > 0) notes.push(`金额为空白、0 或负数的科目不画出：${skipped.join('、')}。`);
  if (classes.length === 0) {
    const noCodes = table.rows.every((r) => !r.code);
    return empty(noCodes ? '支出总表中没有政府收支分类科目编码。' : '各科目金额均为 0 或空白。', notes);
  }

  const leafSum = sum(classes.map((c) => c.value));
  const total = totalRow(table);
  const printedTotal = total ? amount(total) : null;
  if (isDecimal(printedTotal) && compareDecimal(printedTotal, leafSum) !== 0) {
    notes.push(
      `各科目之和 ${formatAmount(leafSum)} 与表中合计 ${formatAmount(printedTotal)} 相差 ${formatAmount(minus(printedTotal, leafSum))}，面积按各科目金额画出。`,
    );
  }
  notes.push('每个格子的面积与该科目（最末一级）的支出金额成正比；同一颜色为同一类。');
  const totalLabel = formatAmount(isDecimal(printedTotal) ? printedTotal : leafSum);

  const tableRows: DataTable['rows'] = [];
  const walk = (nodes: TreeNode[], level: number): void => {
    for (const n of nodes) {
      const row = table.rows.find((r) => r.code === n.code)!;
      const cell = (key: string): string => {
        const v = cellOf(table, row, key);
        return v === null || v === undefined ? '—' : formatAmount(v);
      };
      tableRows.push({
        th: `${n.code} ${n.label}`,
        cells: [LEVEL_NAME[level] ?? '', cell('total'), cell('basic'), cell('project')],
        level,
      });
      walk(n.children, level + 1);
    }
  };
  walk(classes, 1);
  if (total) {
    const cell = (key: string): string => {
      const v = cellOf(table, total, key);
      return v === null || v === undefined ? '—' : formatAmount(v);
    };
    tableRows.push({ th: '合计', cells: ['', cell('total'), cell('basic'), cell('project')], level: 0 });
  }

  const whole = isDecimal(printedTotal) ? printedTotal : leafSum;
  const summary =
    `${report.year}年支出预算合计 ${totalLabel} 万元，按功能分类：` +
    classes.map((c) => `${c.label} ${formatAmount(c.value)} 万元（${percent(c.value, whole) ?? '—'}%）`).join('；') +
    '。';
  return {
    ...base,
    notes,
    summary,
    table: {
      head: ['科目', '级次', '合计', '基本支出', '项目支出'],
      rows: tableRows,
      numeric: [false, true, true, true],
    },
    status: 'ok',
    data: { classes, totalLabel },
  };
}
