import { FA_SUMMARY_ROWS, type Report, type Row, type Table } from '../schemas';
import { cellRef, findRow, plainLabel, TABLE_NAMES, tableOf } from './access';
import { notApplicable, sameCheck, sumCheck, type Ref } from './compare';
import { metaOf, subjectId, type CheckDefinition } from './define';
import type { CheckResult } from './schema';

/**
 * The tables of final accounts (部门决算) against themselves and each other:
 * - the balance of 收入支出决算总表: 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 总计
 *   = 本年支出合计 + 结余分配 + 年末结转和结余;
 * - the same total in two of the 9 tables (收入合计, 支出合计, 财政拨款, 基本支出, 各类支出);
 * - each row of 收入决算表, 支出决算表 and 一般公共预算财政拨款支出决算表: 合计 = its columns.
 */

export const FINAL_ONLY = ['final-accounts'] as const;

/** A cell by the row name on one side of a two-sided table, or a blank "not printed" reference. */
export function sideRef(table: Table, name: string, column: string): Ref {
  const row = findRow(table, [name], column);
  return row
    ? cellRef(table, row, column)
    : {
        label: `${TABLE_NAMES[table.key]} ${name}（未列出）`,
        value: null,
        table: table.key,
        column,
        // A row the reader did not recognise is unread, not a printed blank.
        unread: `${TABLE_NAMES[table.key]}中未能识别出“${name}”行。`,
      };
}

const missing = (def: CheckDefinition, report: Report, keys: Table['key'][]): CheckResult | null => {
  const absent = keys.filter((k) => !tableOf(report, k));
  return absent.length === 0
    ? null
    : notApplicable(metaOf(def, ''), `本报告没有${absent.map((k) => TABLE_NAMES[k]).join('、')}。`);
};

export const faBalance: CheckDefinition = {
  id: 'fa-balance',
  theme: 'totals',
  title: '收入支出决算总表收支平衡',
  rule: '本年收入合计＋使用非财政拨款结余＋年初结转和结余＝总计＝本年支出合计＋结余分配＋年末结转和结余。',
  documents: FINAL_ONLY,
  run(report) {
    const absent = missing(faBalance, report, ['fa-summary']);
    if (absent) return [absent];
    const t = tableOf(report, 'fa-summary')!;
    const R = FA_SUMMARY_ROWS;
    const income = (name: string) => sideRef(t, name, 'income-actual');
    const spend = (name: string) => sideRef(t, name, 'expenditure-actual');
    return [
      sumCheck(
        metaOf(faBalance, 'income', '收入方：总计＝本年收入合计＋使用非财政拨款结余＋年初结转和结余'),
        income(R.grandTotal),
        [income(R.incomeTotal), income(R.nonFiscalSurplusUsed), income(R.carryoverStart)],
      ),
      sumCheck(
        metaOf(faBalance, 'expenditure', '支出方：总计＝本年支出合计＋结余分配＋年末结转和结余'),
        spend(R.grandTotal),
        [spend(R.expenditureTotal), spend(R.surplusDistribution), spend(R.carryoverEnd)],
      ),
      sameCheck(metaOf(faBalance, 'grand', '收入方总计＝支出方总计'), income(R.grandTotal), [spend(R.grandTotal)]),
    ];
  },
};

const totalOf = (table: Table): Row | undefined => table.rows.find((r) => r.kind === 'total');
const totalRef = (table: Table, column: string): Ref => {
  const row = totalOf(table);
  return row
    ? cellRef(table, row, column)
    : {
        label: `${TABLE_NAMES[table.key]} 合计（未列出）`,
        value: null,
        table: table.key,
        column,
        unread: `${TABLE_NAMES[table.key]}中未能识别出合计行。`,
      };
};

export const faTables: CheckDefinition = {
  id: 'fa-tables',
  theme: 'totals',
  title: '决算各表之间的同一数字',
  rule: '同一数字在决算的不同表中应相同：收入、支出合计，财政拨款收支，基本支出，各类支出。',
  documents: FINAL_ONLY,
  run(report) {
    const t = (k: Table['key']) => tableOf(report, k);
    const out: CheckResult[] = [];
    const meta = (subject: string, title: string) => metaOf(faTables, subject, title);
    const summary = t('fa-summary');
    const income = t('fa-income');
    const expenditure = t('fa-expenditure');
    const fiscal = t('fa-fiscal');
    const general = t('fa-general');
    const basic = t('fa-basic');
    const R = FA_SUMMARY_ROWS;
    if (summary && income)
      out.push(
        sameCheck(meta('income', '本年收入合计：总表＝收入决算表'), sideRef(summary, R.incomeTotal, 'income-actual'), [
          totalRef(income, 'total'),
        ]),
      );
    if (summary && expenditure) {
      out.push(
        sameCheck(
          meta('expenditure', '本年支出合计：总表＝支出决算表'),
          sideRef(summary, R.expenditureTotal, 'expenditure-actual'),
          [totalRef(expenditure, 'total')],
        ),
      );
      // Each function class the summary prints against its 类 row of 支出决算表.
      for (const row of expenditure.rows.filter((r) => r.code?.length === 3)) {
        const name = plainLabel(row.label);
        out.push(
          sameCheck(
            meta(subjectId('class', row.code!), `${row.code} ${name}：总表＝支出决算表`),
            sideRef(summary, name, 'expenditure-actual'),
            [cellRef(expenditure, row, 'total')],
          ),
        );
      }
    }
    if (income && fiscal)
      out.push(
        sameCheck(
          meta('fiscal-income', '财政拨款收入：收入决算表＝财政拨款收入支出决算总表'),
          totalRef(income, 'fiscal'),
          [sideRef(fiscal, R.incomeTotal, 'income-actual')],
        ),
      );
    if (fiscal && general)
      out.push(
        sameCheck(
          meta('general', '一般公共预算财政拨款支出：财政拨款总表＝一般公共预算财政拨款支出决算表'),
          sideRef(fiscal, R.expenditureTotal, 'general'),
          [totalRef(general, 'total')],
        ),
      );
    for (const [key, column] of [
      ['fa-fund', 'fund'],
      ['fa-state-capital', 'state-capital'],
    ] as const) {
      const other = t(key);
      if (fiscal && other)
        out.push(
          sameCheck(
            meta(key, `${TABLE_NAMES[key]}本年支出＝财政拨款总表`),
            sideRef(fiscal, R.expenditureTotal, column),
            [totalRef(other, 'total')],
          ),
        );
    }
    if (general && basic)
      out.push(
        sumCheck(
          meta('basic', '基本支出：一般公共预算财政拨款支出决算表＝人员经费合计＋公用经费合计'),
          totalRef(general, 'basic'),
          [sideRef(basic, '人员经费合计', 'personnel-actual'), sideRef(basic, '公用经费合计', 'public-actual')],
        ),
      );
    return out.length > 0 ? out : [notApplicable(metaOf(faTables, ''), '本报告没有可以互相对照的决算表。')];
  },
};

/** Row arithmetic: 合计 = the other amount columns, in each table that prints one. */
const ROWS: Partial<Record<Table['key'], { total: string; parts: string[] }>> = {
  'fa-income': {
    total: 'total',
    parts: ['fiscal', 'superior-subsidy', 'business', 'operating', 'affiliated', 'other'],
  },
  'fa-expenditure': {
    total: 'total',
    parts: ['basic', 'project', 'remit-superior', 'operating', 'subsidy-affiliated'],
  },
  'fa-general': { total: 'total', parts: ['basic', 'project'] },
};

export const faRows: CheckDefinition = {
  id: 'fa-rows',
  theme: 'rows',
  title: '决算表每行合计＝各栏之和',
  rule: '收入决算表、支出决算表和一般公共预算财政拨款支出决算表每一行的合计应等于同一行各栏之和。',
  documents: FINAL_ONLY,
  run(report) {
    const out: CheckResult[] = [];
    for (const [key, spec] of Object.entries(ROWS) as [Table['key'], { total: string; parts: string[] }][]) {
      const table = tableOf(report, key);
      if (!table) continue;
      const parts = spec.parts.filter((p) => table.columns.some((c) => c.key === p));
      for (const row of table.rows) {
        const stated = cellRef(table, row, spec.total);
        const refs = parts.map((p) => cellRef(table, row, p));
        if (stated.value === null && refs.every((r) => r.value === null)) continue;
        out.push(sumCheck(metaOf(faRows, subjectId(key, row.id), `${stated.label}＝各栏之和`), stated, refs));
      }
    }
    return out.length > 0 ? out : [notApplicable(metaOf(faRows, ''), '本报告没有可核对的决算表行。')];
  },
};

export const FINAL_TABLE_CHECKS: readonly CheckDefinition[] = [faBalance, faTables, faRows];
