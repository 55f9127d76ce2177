/**
 * Tables in the shapes real documents print (Jiangsu 2017–2019, Shanghai Putuo 2025–2026),
 * for the check tests: hand-written columns (key, printed header, kind) and rows of cells,
 * on the rows `table` of ./build.ts makes (ids, levels, source lines).
 */
import type { Table } from '../../schemas';
import { table } from './build';

export type Col = [key: string, header: string, kind: Table['columns'][number]['kind']];

export interface ShapedRow {
  code?: string;
  label: string;
  kind?: Table['rows'][number]['kind'];
  cells: (string | null)[];
}

/** An amount column. */
export const amount = (key: string, header: string): Col => [key, header, 'amount'];

/** The 科目编码 | 科目名称 columns a coded table starts with. */
export const CODE_NAME: Col[] = [
  ['code', '科目编码', 'code'],
  ['name', '科目名称', 'text'],
];

/** A table of `key` with the given columns and rows. */
export function shaped(key: Table['key'], columns: Col[], rows: ShapedRow[]): Table {
  const t = table(
    key,
    rows.map((r) => ({ ...(r.code ? { code: r.code } : {}), label: r.label, ...(r.kind ? { kind: r.kind } : {}) })),
  );
  return {
    ...t,
    columns: columns.map(([k, header, kind]) => ({ key: k, path: [header], kind })),
    rows: t.rows.map((row, i) => ({ ...row, cells: rows[i]!.cells })),
  };
}
