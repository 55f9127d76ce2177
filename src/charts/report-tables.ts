import { toWanYuan } from '../lib/units';
import type { Report, Row, Table, TableKey } from '../schemas';

/** Reading report tables by stable keys (never by position). */

export function findTable(report: Report, key: TableKey): Table | undefined {
  return report.tables.find((t) => t.key === key);
}

/**
 * The cell of `row` in the column with key `column`, in 万元 (charts compare figures of
 * tables printed in 元 and in 万元); undefined when there is no such column.
 */
export function cellOf(table: Table, row: Row, column: string): string | null | undefined {
  const i = table.columns.findIndex((c) => c.key === column);
  if (i < 0) return undefined;
  const value = row.cells[i] ?? null;
  return table.columns[i]!.kind === 'amount' && value !== null && /^-?\d+(\.\d+)?$/.test(value)
    ? toWanYuan(value, table.unit)
    : value;
}

export function totalRow(table: Table): Row | undefined {
  return table.rows.find((r) => r.kind === 'total');
}

/**
 * The row that carries a table's totals: its 合计 row, or the one row of a table that prints
 * only totals (Jiangsu's 支出预算总表: 合计 | 基本支出 | 项目支出 … and one row of figures;
 * “三公” tables printing each item as a column).
 */
export function totalsRow(table: Table): Row | undefined {
  return totalRow(table) ?? (table.rows.length === 1 ? table.rows[0] : undefined);
}

/** "预算公开表10 2024年…预算表" — how a chart names its source table. */
export function tableSource(table: Table): string {
  return table.number ? `${table.number}《${table.title}》` : `《${table.title}》`;
}

/** A table that is missing, marked "本表无数据", or has no rows. */
export function emptyReason(table: Table | undefined, name: string): string | null {
  if (!table) return `本报告没有${name}。`;
  if (table.empty) return `${name}注明“本表无数据”。`;
  if (table.rows.length === 0) return `${name}没有数据行。`;
  return null;
}
