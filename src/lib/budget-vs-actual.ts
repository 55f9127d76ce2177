/**
 * Budget vs actual: a department's budget and its final accounts of the same year, side by
 * side by function class (类 and 项) and for 三公: the budget document's figure, the final
 * accounts' own 年初预算数 and 全年预算数 (they can differ: adjustments), the actual figure
 * (决算数), the execution rate and the difference, with the differences explained in words.
 * Pure; every figure keeps the row or line it was read from; arithmetic in decimal.js.
 */
import Decimal from 'decimal.js';
import { plainLabel } from '../checks/access';
import { fmt } from '../checks/compare';
import { threePublicColumn, type FaThreePublicItem, type Report, type Table, type TableKey } from '../schemas';
import { itemName, readFinalNarrative, type ExecutionStatement } from './final-narrative';
import { faThreePublicRow, ref as cell } from './main-figures';
import { itemColumns } from './three-public-items';

/** A figure with where it is printed: a table cell, or a sentence of the text (line only). */
export interface Cited {
  value: string | null;
  line: number;
  table?: TableKey;
  tableId?: string;
  rowId?: string;
  column?: string;
}

export interface ExecutionRow {
  key: string;
  code: string | null;
  label: string;
  /** 0 total, 1 类, 3 项; 三公: 0 合计, 1 item, 2 part of 公务用车. */
  level: number;
  budget: Cited | null;
  initial: Cited | null;
  full: Cited | null;
  actual: Cited | null;
  /** actual ÷ budget document × 100, two places. */
  rate: string | null;
  /** actual ÷ the final accounts' own 年初预算数 (or 预算数) × 100. */
  rateInitial: string | null;
  /** actual − budget document. */
  difference: string | null;
  notes: string[];
  /** The reason the final accounts give for the difference, as printed. */
  reason: string | null;
}

export interface BudgetVsActual {
  budget: Report;
  final: Report;
  budgetTable: TableKey | null;
  actualTable: TableKey | null;
  classes: ExecutionRow[];
  threePublic: ExecutionRow[];
}

const tableOf = (r: Report, keys: TableKey[]): Table | undefined =>
  keys.map((k) => r.tables.find((t) => t.key === k)).find((t) => t !== undefined);

const ratio = (part: string | null | undefined, whole: string | null | undefined): string | null =>
  part === null || part === undefined || whole === null || whole === undefined || new Decimal(whole).isZero()
    ? null
    : new Decimal(part).times(100).div(whole).toFixed(2);

const wan = (v: string): string => `${v}万元`;

/** The words under a row: what differs and why, never hidden. */
function explain(
  row: Omit<ExecutionRow, 'notes' | 'rate' | 'rateInitial' | 'difference'>,
  budgetWord: string,
): string[] {
  const notes: string[] = [];
  const b = row.budget?.value ?? null;
  const a = row.actual?.value ?? null;
  const i = row.initial?.value ?? null;
  const f = row.full?.value ?? null;
  if (b === null && a !== null) notes.push(`预算文件的${budgetWord}没有列出这一项，决算有支出。`);
  if (b !== null && a === null) notes.push('决算没有列出这一项（可能未支出，或改列其他科目）。');
  if (i !== null && b !== null && !new Decimal(i).eq(b)) {
    const d = new Decimal(i).minus(b);
    notes.push(
      `决算所说的年初预算数${wan(i)}与预算文件的${wan(b)}不同，相差${wan(fmt(d))}。` +
        '可能的原因：预算文件公开后的调整、科目调整或统计口径不同；本站照原样列出两个数字。',
    );
  }
  if (i === null && b === null && f === null && a !== null) notes.push('两份文件都没有列出这一项的预算数。');
  if (f !== null && i !== null && !new Decimal(f).eq(i)) {
    const d = new Decimal(f).minus(i);
    notes.push(`年内预算调整：全年预算数${wan(f)}比年初预算数${d.isNeg() ? '少' : '多'}${wan(fmt(d.abs()))}。`);
  }
  return notes;
}

function finish(
  row: Omit<ExecutionRow, 'notes' | 'rate' | 'rateInitial' | 'difference'>,
  budgetWord: string,
): ExecutionRow {
  const a = row.actual?.value ?? null;
  const b = row.budget?.value ?? null;
  return {
    ...row,
    rate: ratio(a, b),
    rateInitial: ratio(a, row.initial?.value),
    difference: a !== null && b !== null ? fmt(new Decimal(a).minus(b)) : null,
    notes: explain(row, budgetWord),
  };
}

const said = (s: ExecutionStatement | undefined, v: 'initial' | 'full'): Cited | null =>
  s && s[v] !== null ? { value: s[v], line: s.line } : null;

function classRows(budget: Report, final: Report, statements: ExecutionStatement[]) {
  const planned = tableOf(budget, ['general', 'expenditure']);
  const spent = tableOf(final, ['fa-general', 'fa-expenditure']);
  const codes = new Map<string, string>();
  for (const t of [planned, spent])
    for (const r of t?.rows ?? [])
      if (r.code && r.code.length !== 5 && !codes.has(r.code)) codes.set(r.code, plainLabel(r.label));
  const byCode = (t: Table | undefined, code: string) => t?.rows.find((r) => r.code === code);
  const total = (t: Table | undefined) => t?.rows.find((r) => r.kind === 'total');
  const statementFor = (label: string) => statements.find((s) => s.kind === 'item' && itemName(s.subject) === label);
  const general = statements.find((s) => s.kind === 'general');
  const budgetWord = planned ? `《${planned.title}》` : '预算表';
  const rows: ExecutionRow[] = [
    finish(
      {
        key: 'total',
        code: null,
        label: '合计',
        level: 0,
        budget: planned ? cell(planned, total(planned), 'total') : null,
        initial: said(general, 'initial'),
        full: said(general, 'full'),
        actual: spent ? cell(spent, total(spent), 'total') : null,
        reason: general?.reason ?? null,
      },
      budgetWord,
    ),
  ];
  for (const [code, label] of [...codes].sort(([a], [b]) => a.localeCompare(b))) {
    const s = code.length === 7 ? statementFor(label) : undefined;
    rows.push(
      finish(
        {
          key: code,
          code,
          label,
          level: code.length === 3 ? 1 : 3,
          budget: planned ? cell(planned, byCode(planned, code), 'total') : null,
          initial: said(s, 'initial'),
          full: said(s, 'full'),
          actual: spent ? cell(spent, byCode(spent, code), 'total') : null,
          reason: s?.reason ?? null,
        },
        budgetWord,
      ),
    );
  }
  return { rows, budgetTable: planned?.key ?? null, actualTable: spent?.key ?? null };
}

const THREE_PUBLIC: { item: FaThreePublicItem; label: string; budgetRow: RegExp; text: RegExp; level: number }[] = [
  { item: 'total', label: '“三公”经费合计', budgetRow: /^合计$/, text: /^“三公”经费$/, level: 0 },
  { item: 'abroad', label: '因公出国（境）费', budgetRow: /^因公出国/, text: /因公出国/, level: 1 },
  { item: 'vehicles', label: '公务用车购置及运行维护费', budgetRow: /^公务用车购置及运行/, text: /公务用车/, level: 1 },
  { item: 'vehicle-purchase', label: '公务用车购置费', budgetRow: /^(其中：)?公务用车购置费$/, text: /^$/, level: 2 },
  {
    item: 'vehicle-operation',
    label: '公务用车运行维护费',
    budgetRow: /^公务用车运行(维护)?费$/,
    text: /^$/,
    level: 2,
  },
  { item: 'reception', label: '公务接待费', budgetRow: /^公务接待/, text: /公务接待/, level: 1 },
];

function threePublicRows(budget: Report, final: Report, statements: ExecutionStatement[]): ExecutionRow[] {
  const planned = budget.tables.find((t) => t.key === 'three-public');
  const spent = final.tables.find((t) => t.key === 'fa-three-public');
  if (!planned && !spent) return [];
  const spentRow = spent && faThreePublicRow(spent);
  const byColumn = planned && itemColumns(planned);
  return THREE_PUBLIC.map((x) => {
    // Items as rows: the item's row, 合计 column; items as columns: the row of figures.
    const row = byColumn ? byColumn.row : planned?.rows.find((r) => x.budgetRow.test(plainLabel(r.label)));
    const column = byColumn ? byColumn.column(x.item) : 'total';
    const s = statements.find((st) => st.kind === 'three-public' && x.text.test(st.subject));
    return finish(
      {
        key: `three-public-${x.item}`,
        code: null,
        label: x.label,
        level: x.level,
        budget: planned ? cell(planned, row, column) : null,
        initial: spent ? cell(spent, spentRow, threePublicColumn(x.item, 'budget')) : null,
        full: null,
        actual: spent ? cell(spent, spentRow, threePublicColumn(x.item, 'actual')) : null,
        reason: s?.reason ?? null,
      },
      '“三公”经费表',
    );
  });
}

export function budgetVsActual(budget: Report, final: Report): BudgetVsActual {
  const { executions } = readFinalNarrative(final);
  const classes = classRows(budget, final, executions);
  return {
    budget,
    final,
    budgetTable: classes.budgetTable,
    actualTable: classes.actualTable,
    classes: classes.rows,
    threePublic: threePublicRows(budget, final, executions),
  };
}

const pairsOf = new WeakMap<readonly Report[], { budget: Report; final: Report }[]>();

/** Pairs of a budget and final accounts of the same department and year. */
export function budgetActualPairs(reports: readonly Report[]): { budget: Report; final: Report }[] {
  // Every report page asks with the build's one list of reports: computed once per list.
  let pairs = pairsOf.get(reports);
  if (!pairs) {
    const key = (r: Report) => `${r.region}/${r.department.slug}/${r.year}`;
    const budgets = new Map<string, Report>();
    for (const r of reports) if (r.documentType === 'budget' && !budgets.has(key(r))) budgets.set(key(r), r);
    pairs = reports
      .filter((r) => r.documentType === 'final-accounts')
      .flatMap((final) => {
        const budget = budgets.get(key(final));
        return budget ? [{ budget, final }] : [];
      });
    pairsOf.set(reports, pairs);
  }
  return pairs;
}
