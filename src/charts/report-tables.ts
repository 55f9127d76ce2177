import type { Report, Row, Table, TableKey } from '../schemas';

/** Reading report tables by stable keys (never by position). */

export function findTable(report: Report, key: TableKey): Table | undefined {
  return report.tables.find((t) => t.key === key);
}

/** The cell of `row` in the column with key `column`; undefined when there is no such column. */
export function cellOf(table: Table, row: Row, column: string): string | null | undefined {
  const i = table.columns.findIndex((c) => c.key === column);
  return i < 0 ? undefined : (row.cells[i] ?? null);
}

export function totalRow(table: Table): Row | undefined {
  return table.rows.find((r) => r.kind === 'total');
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
