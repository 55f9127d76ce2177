/**
 * The main figures of one report, budget or final accounts, each with the table row it is
 * printed in: 支出总计, 基本支出, 项目支出, “三公”经费 and its parts, and the function
 * classes (类). The department's time series, the real year-on-year figures and the
 * budget-vs-actual page all read them here, so a figure means the same thing everywhere.
 *
 *   budget          支出总表 (expenditure) 合计 / 类 rows; “三公”经费表 (three-public) 合计 column
 *   final accounts  支出决算表 (fa-expenditure) 合计 / 类 rows; 三公 决算表 (fa-three-public) 决算数 columns
 */
import { plainLabel } from '../checks/access';
import { totalsRow } from '../charts/report-tables';
import {
  threePublicColumn,
  type FaThreePublicItem,
  type Report,
  type Row,
  type Table,
  type TableKey,
} from '../schemas';
import { itemColumns } from './three-public-items';

export interface FigureRef {
  /** Decimal string as printed; null for a blank cell. */
  value: string | null;
  table: TableKey;
  /** The table's id: its anchor on the report page (`#<tableId>-<rowId>`). */
  tableId: string;
  rowId: string;
  column: string;
  /** Source line of the row. */
  line: number;
}

export const MEASURES = [
  { key: 'total', label: '支出总计' },
  { key: 'basic', label: '基本支出' },
  { key: 'project', label: '项目支出' },
  { key: 'three-public', label: '“三公”经费' },
  { key: 'abroad', label: '因公出国（境）费' },
  { key: 'vehicles', label: '公务用车购置及运行费' },
  { key: 'reception', label: '公务接待费' },
] as const;
export type MeasureKey = (typeof MEASURES)[number]['key'];

export interface FunctionClass {
  code: string;
  label: string;
  ref: FigureRef;
}

export interface MainFigures {
  /** null when the report has no such table (a KPI-only document). */
  figures: Record<MeasureKey, FigureRef | null>;
  classes: FunctionClass[];
}

const AMOUNT = /^-?\d+(\.\d+)?$/;

/** The cell of `row` in `column` as a FigureRef (non-amount text → null value); null when there is no such row or column. */
export function ref(table: Table, row: Row | undefined, column: string): FigureRef | null {
  if (!row) return null;
  const i = table.columns.findIndex((c) => c.key === column);
  if (i < 0) return null;
  const v = row.cells[i] ?? null;
  return {
    value: v !== null && AMOUNT.test(v) ? v : null,
    table: table.key,
    tableId: table.id,
    rowId: row.id,
    column,
    line: row.sourceLines[0],
  };
}

const tableOf = (report: Report, key: TableKey): Table | undefined => report.tables.find((t) => t.key === key);

const classesOf = (table: Table | undefined): FunctionClass[] =>
  table
    ? table.rows
        .filter((r) => r.code?.length === 3)
        .map((r) => ({ code: r.code!, label: plainLabel(r.label), ref: ref(table, r, 'total') }))
        .filter((c): c is FunctionClass => c.ref !== null)
    : [];

const BUDGET_THREE_PUBLIC: Record<'abroad' | 'vehicles' | 'reception', RegExp> = {
  abroad: /^因公出国[（(]境[)）]费(用)?$/,
  vehicles: /^公务用车购置及运行(维护)?费$/,
  reception: /^公务接待费$/,
};

const NONE: Record<MeasureKey, null> = {
  total: null,
  basic: null,
  project: null,
  'three-public': null,
  abroad: null,
  vehicles: null,
  reception: null,
};

function budgetFigures(report: Report): MainFigures {
  const exp = tableOf(report, 'expenditure');
  const tp = tableOf(report, 'three-public');
  const total = exp && totalsRow(exp);
  const tpRow = (re: RegExp) => tp?.rows.find((r) => re.test(plainLabel(r.label)));
  const byColumn = tp && itemColumns(tp);
  // Items as rows: each item's row in the 合计 column; items as columns: the row of figures.
  const item = (key: 'abroad' | 'vehicles' | 'reception'): FigureRef | null =>
    !tp ? null : byColumn ? ref(tp, byColumn.row, key) : ref(tp, tpRow(BUDGET_THREE_PUBLIC[key]), 'total');
  return {
    figures: {
      total: exp ? ref(exp, total, 'total') : null,
      basic: exp ? ref(exp, total, 'basic') : null,
      project: exp ? ref(exp, total, 'project') : null,
      'three-public': !tp
        ? null
        : byColumn
          ? ref(tp, byColumn.row, byColumn.column('total'))
          : ref(tp, totalsRow(tp), 'total'),
      abroad: item('abroad'),
      vehicles: item('vehicles'),
      reception: item('reception'),
    },
    classes: classesOf(exp),
  };
}

/** The row of the 三公 决算表 that carries the figures (the template prints one). */
export const faThreePublicRow = (table: Table): Row | undefined =>
  table.rows.find((r) => r.cells.some((c) => c !== null && AMOUNT.test(c)));

function finalFigures(report: Report): MainFigures {
  const exp = tableOf(report, 'fa-expenditure');
  const tp = tableOf(report, 'fa-three-public');
  const total = exp && totalsRow(exp);
  const tpRow = tp && faThreePublicRow(tp);
  const item = (i: FaThreePublicItem) => (tp ? ref(tp, tpRow, threePublicColumn(i, 'actual')) : null);
  return {
    figures: {
      total: exp ? ref(exp, total, 'total') : null,
      basic: exp ? ref(exp, total, 'basic') : null,
      project: exp ? ref(exp, total, 'project') : null,
      'three-public': item('total'),
      abroad: item('abroad'),
      vehicles: item('vehicles'),
      reception: item('reception'),
    },
    classes: classesOf(exp),
  };
}

export function mainFigures(report: Report): MainFigures {
  switch (report.documentType) {
    case 'budget':
      return budgetFigures(report);
    case 'final-accounts':
      return finalFigures(report);
    case 'performance-targets':
      return { figures: { ...NONE }, classes: [] };
  }
}
