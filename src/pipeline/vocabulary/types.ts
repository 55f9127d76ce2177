import type { TableKey } from '../../schemas';

/**
 * The vocabulary of disclosure tables, as data: which printed titles name a kind of table,
 * and which printed header words name which column. Adding a template family (a province,
 * a year, 决算) means adding entries here, not code.
 */

/** A column the checks, charts and pages know by its stable key. */
export interface ColumnWord {
  /** Stable column key (ASCII), e.g. "total", "general". */
  key: string;
  /**
   * The printed header cell of the column (its lowest header row), spaces removed. One of
   * these patterns must match, e.g. /^(合计|小计|总计)$/.
   */
  header: RegExp;
  /** When set, the header rows above the cell (joined) must match: "收入" vs "支出". */
  under?: RegExp;
  /** When set, the column's cells must be of this kind (an amount column vs a name column). */
  kind?: 'code' | 'text' | 'amount';
  /**
   * The word also names rows of tables that print it as a row label (the 三公 items: one
   * template prints them as columns, another as rows), so a row of it alone is a data row.
   */
  rowLabel?: boolean;
}

export interface TableKind {
  key: TableKey;
  /** Chinese name used in messages and check labels. */
  name: string;
  /**
   * Printed titles, matched against the title with spaces, the printed number ("表一",
   * "公开01表："), the year ("2024年", "2017年度") and the department name removed; a kind
   * is found by the first pattern that matches, in the order of VOCABULARY.
   */
  titles: RegExp[];
  /** Column words in order of preference; each key is given to one column at most. */
  columns: ColumnWord[];
}
