import type { Row, Table } from '../schemas';
import { columnIndex, plainLabel } from './access';

/**
 * The two-sided tables (收支总表, 财政拨款收支总表) print income items on the left and
 * expenditure items on the right of the same rows. This finds their parts by the printed
 * labels, which are standard.
 */
export interface TwoSided {
  table: Table;
  /** Income items above 本年收入合计 (一、一般公共预算 …), sub-items included. */
  incomeItems: Row[];
  /**
   * The income items whose sum is 本年收入合计: without the sub-items numbered 1. 2. under a
   * 一、 item (Jiangsu: 一、财政拨款 {1.一般公共预算, 2.政府性基金预算}, 二、财政专户管理资金 …).
   */
  incomeTop: Row[];
  /** Expenditure items above 本年支出合计 (一、一般公共服务支出 …). */
  expenditureItems: Row[];
  /** The row of 本年收入合计 / 本年支出合计. */
  current?: Row;
  /** The row of 上年结转 (上年财政拨款结转) / 年终结转. */
  carryover?: Row;
  /** Income items under 上年财政拨款结转 (一、一般公共预算 …), 财政拨款收支总表 only. */
  carryoverItems: Row[];
  /** The row of 收入总计 / 支出总计. */
  grand?: Row;
}

const text = (table: Table, row: Row, key: string): string => {
  const i = columnIndex(table, key);
  return i >= 0 ? plainLabel(row.cells[i] ?? '') : '';
};

/**
 * The printed labels of the total rows, as vocabulary (not per template): 本年收入合计 /
 * 当年收入小计 for the current year; 上年结转(资金) / 年终结转 / 结转下年资金 for the
 * carry-over; 收入总计 / 支出总计, or a bare 收入合计 / 支出合计 printed after a current-year
 * subtotal, for the grand total.
 */
export const TWO_SIDED_LABELS = {
  current: /(本年|当年)(收入|支出)(合计|小计)/,
  carryoverIncome: /^上年(财政拨款)?结转/,
  carryoverExpenditure: /^(年终结转|结转下年)/,
  grand: /(收入|支出)总计/,
  grandAfterSubtotal: /^(收入|支出)合计$/,
};

/** Numbering of a first-level item (一、) and of an item printed under it (1. / （一）). */
const TOP_NUMBER = /^[一二三四五六七八九十]+、/;
const SUB_NUMBER = /^(\d+[.．、]|[（(][一二三四五六七八九十]+[)）])/;

export function twoSided(table: Table): TwoSided {
  const income = (row: Row): string => text(table, row, 'income-item');
  const expenditure = (row: Row): string => text(table, row, 'expenditure-item');
  const either = (row: Row, re: RegExp): boolean => re.test(income(row)) || re.test(expenditure(row));
  let currentIndex = table.rows.findIndex((r) => either(r, TWO_SIDED_LABELS.current));
  const carryoverIndex = table.rows.findIndex(
    (r) =>
      TWO_SIDED_LABELS.carryoverIncome.test(income(r)) || TWO_SIDED_LABELS.carryoverExpenditure.test(expenditure(r)),
  );
  let grandIndex = table.rows.findIndex((r) => either(r, TWO_SIDED_LABELS.grand));
  if (grandIndex < 0) {
    const bare = table.rows.findIndex((r, i) => i > currentIndex && either(r, TWO_SIDED_LABELS.grandAfterSubtotal));
    // A bare 收入合计 / 支出合计 with no subtotal and no carry-over above it (Jiangsu's
    // 财政拨款收支总表) is the current year's total and the grand total at once.
    if (currentIndex < 0 && bare >= 0 && (carryoverIndex < 0 || carryoverIndex > bare)) currentIndex = bare;
    grandIndex = bare;
  }
  const above = currentIndex >= 0 ? table.rows.slice(0, currentIndex) : [];
  const between =
    carryoverIndex >= 0 ? table.rows.slice(carryoverIndex + 1, grandIndex >= 0 ? grandIndex : undefined) : [];
  const incomeItems = above.filter((r) => income(r) !== '');
  const raw = (r: Row): string => (r.cells[columnIndex(table, 'income-item')] ?? '').replace(/\s+/g, '');
  const nested = incomeItems.some((r) => TOP_NUMBER.test(raw(r))) ? (r: Row) => SUB_NUMBER.test(raw(r)) : () => false;
  return {
    table,
    incomeItems,
    incomeTop: incomeItems.filter((r) => !nested(r)),
    expenditureItems: above.filter((r) => expenditure(r) !== ''),
    current: table.rows[currentIndex],
    carryover: table.rows[carryoverIndex],
    carryoverItems: between.filter((r) => income(r) !== ''),
    grand: table.rows[grandIndex],
  };
}

/** The income item of a two-sided table by its printed name (一般公共预算 …). */
export const incomeItem = (side: TwoSided, name: RegExp): Row | undefined =>
  side.incomeItems.find((r) => name.test(text(side.table, r, 'income-item')));

/** An expenditure item by its printed function name (一般公共服务支出 …). */
export const expenditureItem = (side: TwoSided, name: string): Row | undefined =>
  side.expenditureItems.find((r) => text(side.table, r, 'expenditure-item') === plainLabel(name));

export const expenditureName = (side: TwoSided, row: Row): string => text(side.table, row, 'expenditure-item');

/**
 * The column to read an expenditure-side figure of `row` from: `preferred`, unless the
 * expenditure side is printed in two sections (Jiangsu's 收支总表: 功能分类 {名称 | 金额} and
 * 支出用途 {名称 | 金额}) and the row's label runs across both (当年支出小计, 支出合计 in one
 * merged cell), its figure printed only in the second section's amount column.
 */
export function spendColumn(side: TwoSided, row: Row | undefined, preferred: string): string {
  const { table } = side;
  const filled = (i: number): boolean => i >= 0 && row !== undefined && /\d/.test(row.cells[i] ?? '');
  const at = columnIndex(table, preferred);
  if (!row || at < 0 || filled(at)) return preferred;
  const from = columnIndex(table, 'expenditure-item');
  const section = table.columns.findIndex((c, i) => i > at && i > from && c.kind === 'text');
  if (from < 0 || section < 0 || (row.cells[section] ?? '').trim() !== '') return preferred;
  const other = table.columns.findIndex((c, i) => i > section && c.kind === 'amount' && filled(i));
  return other >= 0 ? table.columns[other]!.key : preferred;
}
