import type { Row, Table } from '../schemas';

/**
 * The budget “三公”经费表 comes in two shapes. Some templates print the items as rows (因公出国
 * （境）费, 公务接待费 … under 合计 | 一般公共预算 …); others print them as columns (Jiangsu:
 * 合计 | “三公”经费 {小计 | 因公出国（境）费 | 公务用车购置及运行维护费 {…} | 公务接待费} | 会议费 |
 * 培训费; Shanghai: “三公”经费预算数 {合计 | … } | 机关运行经费预算数), one row of figures. The
 * vocabulary gives such columns the keys below; checks, charts and summaries read an item
 * through `itemColumns` when the table has them.
 */

export type ThreePublicItem = 'total' | 'abroad' | 'reception' | 'vehicles' | 'vehicle-purchase' | 'vehicle-operation';

/** Columns that only a table printing the items as columns has (“三公”经费 小计 among them). */
const ITEM_KEYS = ['three-public', 'abroad', 'reception', 'vehicles', 'vehicle-purchase', 'vehicle-operation'];
const AMOUNT = /^-?\d+(\.\d+)?$/;

export interface ItemColumns {
  /** The row that carries the figures (the total row, else the first row with an amount). */
  row: Row;
  /** The column key of an item: the 三公 sum is `three-public` where a wider 合计 is `total`. */
  column: (item: ThreePublicItem) => string;
}

/** The row and columns of a table that prints the 三公 items as columns; null for the row shape. */
export function itemColumns(table: Table): ItemColumns | null {
  const has = (key: string): boolean => table.columns.some((c) => c.key === key);
  if (!ITEM_KEYS.some(has)) return null;
  const figures = (r: Row): boolean =>
    table.columns.some((c, i) => c.kind === 'amount' && AMOUNT.test(r.cells[i] ?? ''));
  const row = table.rows.find((r) => r.kind === 'total' && figures(r)) ?? table.rows.find(figures);
  if (!row) return null;
  return { row, column: (item) => (item === 'total' ? (has('three-public') ? 'three-public' : 'total') : item) };
}
