import type { Row, Table } from '../schemas';
import { columnIndex, plainLabel } from './access';

/**
 * The two-sided tables (收支总表, 财政拨款收支总表) print income items on the left and
 * expenditure items on the right of the same rows. This finds their parts by the printed
 * labels, which are standard.
 */
export interface TwoSided {
  table: Table;
  /** Income items above 本年收入合计 (一、一般公共预算 …). */
  incomeItems: Row[];
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

export function twoSided(table: Table): TwoSided {
  const income = (row: Row): string => text(table, row, 'income-item');
  const expenditure = (row: Row): string => text(table, row, 'expenditure-item');
  const currentIndex = table.rows.findIndex((r) => /本年(收入|支出)合计/.test(income(r) + expenditure(r)));
  const carryoverIndex = table.rows.findIndex(
    (r) => /^上年(财政拨款)?结转/.test(income(r)) || /^年终结转/.test(expenditure(r)),
  );
  const grandIndex = table.rows.findIndex((r) => /(收入|支出)总计/.test(income(r) + expenditure(r)));
  const above = currentIndex >= 0 ? table.rows.slice(0, currentIndex) : [];
  const between =
    carryoverIndex >= 0 ? table.rows.slice(carryoverIndex + 1, grandIndex >= 0 ? grandIndex : undefined) : [];
  return {
    table,
    incomeItems: above.filter((r) => income(r) !== ''),
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
