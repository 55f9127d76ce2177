import type { Row, Table } from '../schemas';
import { cellRef, hasColumn, plainLabel, rowName, TABLE_NAMES, tableOf } from './access';
import { notApplicable, sameCheck, sumCheck, type Ref } from './compare';
import { metaOf, subjectId, type CheckDefinition } from './define';
import type { CheckResult } from './schema';
import { expenditureName, incomeItem, twoSided } from './structure';

/**
 * The same 科目 in different tables. By code: 支出总表 = 收入总表 (本年收入 + 上年结转),
 * 一般公共预算支出表 = 收入总表的一般公共预算栏. By function name: the expenditure items of
 * 收支总表 and 财政拨款收支总表 against the 类 rows of 支出总表 and 收入总表.
 */

const byCode = (table: Table, row: Row): Row | undefined =>
  row.kind === 'total' ? table.rows.find((r) => r.kind === 'total') : table.rows.find((r) => r.code === row.code);

const blankRef = (table: Table, row: Row, column: string): Ref => ({
  label: `${TABLE_NAMES[table.key]} ${rowName(table, row, 'total')}（未列出）`,
  value: null,
  table: table.key,
  column,
});

const refOrBlank = (table: Table, row: Row | undefined, like: Row, column: string): Ref =>
  row ? cellRef(table, row, column) : blankRef(table, like, column);

const subjects = (table: Table): Row[] => table.rows.filter((r) => r.code !== null || r.kind === 'total');

/**
 * Why two tables cannot be matched code by code, or null: a table lists no 科目 by code (a
 * vertical list of income sources, a reader that did not find the code column), or a column
 * the rule reads is not among the columns the vocabulary recognised. A 科目 missing from a
 * table that lists none is not a blank the document prints.
 */
export function codeMatchBlocker(tables: { table: Table; columns: string[] }[]): string | null {
  for (const { table, columns } of tables) {
    const name = TABLE_NAMES[table.key];
    if (!table.rows.some((r) => r.code !== null)) return `${name}没有按科目编码列出的行，无法逐科目对照。`;
    const missing = columns.filter((c) => !hasColumn(table, c));
    if (missing.length === columns.length)
      return `${name}没有可识别的${columns.map((c) => COLUMN_WORDS[c] ?? c).join('或')}栏。`;
  }
  return null;
}

const COLUMN_WORDS: Record<string, string> = {
  total: '“合计”',
  general: '“一般公共预算”',
  carryover: '“上年结转”',
};

export const incomeVsExpenditure: CheckDefinition = {
  id: 'income-expenditure-code',
  theme: 'totals',
  title: '支出总表各科目＝收入总表本年收入＋上年结转',
  rule: '同一科目编码，支出总表的合计应等于收入总表的本年收入合计加上年结转。',
  run(report) {
    const expenditure = tableOf(report, 'expenditure');
    const income = tableOf(report, 'income');
    if (!expenditure || !income) {
      return [notApplicable(metaOf(incomeVsExpenditure, ''), `本报告没有${!expenditure ? '支出总表' : '收入总表'}。`)];
    }
    const blocker = codeMatchBlocker([
      { table: expenditure, columns: ['total'] },
      { table: income, columns: ['total'] },
    ]);
    if (blocker) return [notApplicable(metaOf(incomeVsExpenditure, ''), blocker)];
    const out: CheckResult[] = [];
    const seen = new Set<Row>();
    for (const row of subjects(expenditure)) {
      const other = byCode(income, row);
      if (other) seen.add(other);
      const title = `${rowName(expenditure, row, 'total')}：支出总表＝收入总表（本年收入＋上年结转）`;
      out.push(
        sumCheck(metaOf(incomeVsExpenditure, subjectId(row.id), title), cellRef(expenditure, row, 'total'), [
          refOrBlank(income, other, row, 'total'),
          refOrBlank(income, other, row, 'carryover'),
        ]),
      );
    }
    for (const row of subjects(income).filter((r) => !seen.has(r))) {
      const title = `${rowName(income, row, 'total')}：支出总表＝收入总表（本年收入＋上年结转）`;
      out.push(
        sumCheck(metaOf(incomeVsExpenditure, subjectId(row.id), title), blankRef(expenditure, row, 'total'), [
          cellRef(income, row, 'total'),
          cellRef(income, row, 'carryover'),
        ]),
      );
    }
    return out;
  },
};

export const generalVsIncome: CheckDefinition = {
  id: 'general-income-code',
  theme: 'totals',
  title: '一般公共预算支出表各科目＝收入总表一般公共预算栏',
  rule: '同一科目编码，一般公共预算支出表（不含上年结转）的合计应等于收入总表中本年收入的一般公共预算栏。',
  run(report) {
    const general = tableOf(report, 'general');
    const income = tableOf(report, 'income');
    if (!general || !income) {
      return [
        notApplicable(metaOf(generalVsIncome, ''), `本报告没有${!general ? '一般公共预算支出表' : '收入总表'}。`),
      ];
    }
    const blocker = codeMatchBlocker([
      { table: general, columns: ['total'] },
      { table: income, columns: ['general'] },
    ]);
    if (blocker) return [notApplicable(metaOf(generalVsIncome, ''), blocker)];
    const out: CheckResult[] = [];
    const seen = new Set<Row>();
    for (const row of subjects(general)) {
      const other = byCode(income, row);
      if (other) seen.add(other);
      const title = `${rowName(general, row, 'total')}：一般公共预算支出表＝收入总表（一般公共预算）`;
      out.push(
        sameCheck(metaOf(generalVsIncome, subjectId(row.id), title), cellRef(general, row, 'total'), [
          refOrBlank(income, other, row, 'general'),
        ]),
      );
    }
    for (const row of subjects(income).filter((r) => !seen.has(r))) {
      const title = `${rowName(income, row, 'total')}：一般公共预算支出表＝收入总表（一般公共预算）`;
      out.push(
        sameCheck(metaOf(generalVsIncome, subjectId(row.id), title), blankRef(general, row, 'total'), [
          cellRef(income, row, 'general'),
        ]),
      );
    }
    return out;
  },
};

const classByName = (table: Table, name: string): Row | undefined =>
  table.rows.find((r) => r.code?.length === 3 && plainLabel(r.label.split(' | ')[0] ?? '') === plainLabel(name));

export const functionItems: CheckDefinition = {
  id: 'function-items',
  theme: 'totals',
  title: '收支总表各功能分类支出与支出总表、收入总表一致',
  rule: '收支总表中每一项功能分类支出（如一般公共服务支出）的合计应等于支出总表同名“类”的合计；当年预算安排应等于收入总表同名“类”的本年收入；上年结转安排应等于其上年结转。财政拨款收支总表中的同名支出，在部门没有财政拨款以外的资金时，也应相同。',
  run(report) {
    const summary = tableOf(report, 'summary');
    if (!summary) return [notApplicable(metaOf(functionItems, ''), '本报告没有收支总表。')];
    const expenditure = tableOf(report, 'expenditure');
    const income = tableOf(report, 'income');
    const fiscal = tableOf(report, 'fiscal');
    const s = twoSided(summary);
    const f = fiscal ? twoSided(fiscal) : undefined;
    // 财政拨款 covers everything only when 财政专户管理资金 and 单位资金 are blank or 0.
    const nonFiscal = [/财政专户/, /单位资金/]
      .map((re) => incomeItem(s, re))
      .map((r) => (r ? cellRef(summary, r, 'income').value : null));
    const allFiscal = nonFiscal.every((v) => v === null || /^0+(\.0+)?$/.test(v));
    const out: CheckResult[] = [];
    // A table that prints no function class (Jiangsu's 支出总表: one row of totals; its 财政拨款收支总表:
    // expenditure by 基本支出 / 项目支出) has nothing to compare item by item.
    const names = new Set(s.expenditureItems.map((r) => expenditureName(s, r)));
    const noClasses = expenditure !== undefined && !expenditure.rows.some((r) => r.code?.length === 3);
    const noIncomeClasses = income !== undefined && !income.rows.some((r) => r.code?.length === 3);
    const noFunctions = f !== undefined && !f.expenditureItems.some((r) => names.has(expenditureName(f, r)));
    if (noClasses && names.size > 0)
      out.push(
        notApplicable(
          metaOf(functionItems, 'expenditure', '收支总表＝支出总表（按功能分类）'),
          '支出总表没有按功能分类“类”列出的行，无从逐类对照。',
        ),
      );
    if (noIncomeClasses && names.size > 0)
      out.push(
        notApplicable(
          metaOf(functionItems, 'income', '收支总表＝收入总表（按功能分类）'),
          '收入总表按收入来源列出，没有按功能分类“类”列出的行，无从逐类对照。',
        ),
      );
    if (noFunctions && names.size > 0)
      out.push(
        notApplicable(
          metaOf(functionItems, 'fiscal', '财政拨款收支总表＝收支总表（按功能分类）'),
          '财政拨款收支总表的支出不按功能分类列出，无从逐类对照。',
        ),
      );
    for (const row of s.expenditureItems) {
      const name = expenditureName(s, row);
      const refs = [
        cellRef(summary, row, 'expenditure-total'),
        cellRef(summary, row, 'expenditure-current'),
        cellRef(summary, row, 'expenditure-carryover'),
      ];
      const fiscalRow = f?.expenditureItems.find((r) => expenditureName(f, r) === name);
      const fiscalRef = fiscal && fiscalRow ? cellRef(fiscal, fiscalRow, 'total') : undefined;
      if (refs.every((r) => r.value === null) && (fiscalRef?.value ?? null) === null) continue;
      const cls = (t: Table | undefined) => (t ? classByName(t, name) : undefined);
      const e = cls(expenditure);
      const i = cls(income);
      const m = (suffix: string, what: string) => metaOf(functionItems, subjectId(row.id, suffix), `${name}：${what}`);
      const other = (t: Table | undefined, r: Row | undefined, column: string): Ref =>
        t && r
          ? cellRef(t, r, column)
          : { label: `${t ? TABLE_NAMES[t.key] : '表'} ${name}（未列出）`, value: null, table: t?.key };
      if (expenditure && !noClasses)
        out.push(sameCheck(m('total', '收支总表＝支出总表'), refs[0]!, [other(expenditure, e, 'total')]));
      if (income && !noIncomeClasses) {
        out.push(sameCheck(m('current', '当年预算安排＝收入总表本年收入'), refs[1]!, [other(income, i, 'total')]));
        const carried = other(income, i, 'carryover');
        if (refs[2]!.value !== null || carried.value !== null) {
          out.push(sameCheck(m('carryover', '上年结转安排＝收入总表上年结转'), refs[2]!, [carried]));
        }
      }
      if (fiscal && !noFunctions) {
        const meta = m('fiscal', '财政拨款收支总表＝收支总表');
        out.push(
          allFiscal
            ? sameCheck(
                meta,
                fiscalRef ?? { label: `财政拨款收支总表 ${name}（未列出）`, value: null, table: 'fiscal' },
                [refs[0]!],
              )
            : notApplicable(meta, '部门有财政拨款以外的资金（财政专户管理资金或单位资金），两表口径不同。'),
        );
      }
    }
    return out;
  },
};

export const CROSS_CHECKS = [incomeVsExpenditure, generalVsIncome, functionItems];
