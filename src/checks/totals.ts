import type { Report, Row, Table } from '../schemas';
import { cellRef, hasColumn, TABLE_NAMES, tableOf, totalRow } from './access';
import { notApplicable, sameCheck, sumCheck, type Ref } from './compare';
import { metaOf, type CheckDefinition } from './define';
import type { CheckResult } from './schema';
import { incomeItem, spendColumn, twoSided, type TwoSided } from './structure';

/**
 * Totals: income equals expenditure, grand totals are current plus carry-over, and the
 * same total is the same wherever the tables repeat it.
 */

const missing = (report: Report, ...keys: Table['key'][]): string | null => {
  const absent = keys.filter((k) => !tableOf(report, k));
  return absent.length > 0 ? `本报告没有${absent.map((k) => TABLE_NAMES[k]).join('、')}。` : null;
};

/**
 * A cell of a row found by its printed name. A table that is present but whose row was not
 * recognised (printed differently: 财政拨款收入 for 一般公共预算, a vertical list of sources)
 * gives an unread figure, never a blank.
 */
const rowCell = (table: Table | undefined, row: Row | undefined, column: string, label: string): Ref =>
  table && row
    ? cellRef(table, row, column, label)
    : table
      ? { label, value: null, unread: `${TABLE_NAMES[table.key]}中未能识别出“${label.replace(/^\S+ /, '')}”所在的行。` }
      : { label, value: null };

/** 收支总表 and 财政拨款收支总表, those the report prints, each read as a two-sided table. */
function twoSidedTables(report: Report): { key: 'summary' | 'fiscal'; name: string; table: Table; side: TwoSided }[] {
  return (['summary', 'fiscal'] as const).flatMap((key) => {
    const table = tableOf(report, key);
    return table ? [{ key, name: TABLE_NAMES[key], table, side: twoSided(table) }] : [];
  });
}

export const balance: CheckDefinition = {
  id: 'balance',
  theme: 'totals',
  title: '收入等于支出',
  rule: '收支总表和财政拨款收支总表中，收入总计应等于支出总计；收支总表的本年收入合计应等于本年支出合计中的当年预算安排。',
  run(report) {
    const out: CheckResult[] = [];
    const summary = tableOf(report, 'summary');
    const m = (subject: string, title: string) => metaOf(balance, subject, title);
    if (!summary) {
      out.push(notApplicable(m('summary', '收支总表：收入总计＝支出总计'), missing(report, 'summary')!));
    } else {
      const s = twoSided(summary);
      // Without a 当年预算安排 column the current-year subtotal (当年支出小计) is itself current-year.
      const currentColumn = hasColumn(summary, 'expenditure-current')
        ? 'expenditure-current'
        : spendColumn(s, s.current, 'expenditure-total');
      out.push(
        sameCheck(
          m('summary-current', '收支总表：本年收入合计＝本年支出合计（当年预算安排）'),
          rowCell(summary, s.current, 'income', '收支总表 本年收入合计'),
          [rowCell(summary, s.current, currentColumn, '收支总表 本年支出合计（当年预算安排）')],
        ),
        sameCheck(
          m('summary-grand', '收支总表：收入总计＝支出总计'),
          rowCell(summary, s.grand, 'income', '收支总表 收入总计'),
          [rowCell(summary, s.grand, spendColumn(s, s.grand, 'expenditure-total'), '收支总表 支出总计')],
        ),
      );
    }
    const fiscal = tableOf(report, 'fiscal');
    if (fiscal) {
      const f = twoSided(fiscal);
      out.push(
        sameCheck(
          m('fiscal-grand', '财政拨款收支总表：收入总计＝支出总计'),
          rowCell(fiscal, f.grand, 'income', '财政拨款收支总表 收入总计'),
          [rowCell(fiscal, f.grand, 'total', '财政拨款收支总表 支出总计')],
        ),
      );
    }
    return out;
  },
};

export const grandTotals: CheckDefinition = {
  id: 'grand-total',
  theme: 'totals',
  title: '总计＝本年合计＋结转',
  rule: '收入总计应等于本年收入合计加上年结转；支出总计应等于本年支出合计加年终结转。',
  run(report) {
    const out: CheckResult[] = [];
    for (const { key, name, table, side } of twoSidedTables(report)) {
      const spend = key === 'summary' ? 'expenditure-total' : 'total';
      out.push(
        sumCheck(
          metaOf(grandTotals, `${key}-income`, `${name}：收入总计＝本年收入合计＋上年结转`),
          rowCell(table, side.grand, 'income', `${name} 收入总计`),
          [
            rowCell(table, side.current, 'income', `${name} 本年收入合计`),
            rowCell(table, side.carryover, 'income', `${name} 上年结转`),
          ],
        ),
        sumCheck(
          metaOf(grandTotals, `${key}-expenditure`, `${name}：支出总计＝本年支出合计＋年终结转`),
          rowCell(table, side.grand, spendColumn(side, side.grand, spend), `${name} 支出总计`),
          [
            rowCell(table, side.current, spendColumn(side, side.current, spend), `${name} 本年支出合计`),
            rowCell(table, side.carryover, spendColumn(side, side.carryover, spend), `${name} 年终结转`),
          ],
        ),
      );
      if (key === 'summary' && (hasColumn(table, 'expenditure-current') || hasColumn(table, 'expenditure-carryover'))) {
        out.push(
          sumCheck(
            metaOf(grandTotals, 'summary-split', '收支总表：支出总计＝当年预算安排＋上年结转安排'),
            rowCell(table, side.grand, 'expenditure-total', '收支总表 支出总计'),
            [
              rowCell(table, side.grand, 'expenditure-current', '收支总表 支出总计（当年预算安排）'),
              rowCell(table, side.grand, 'expenditure-carryover', '收支总表 支出总计（上年结转安排）'),
            ],
          ),
        );
      }
    }
    return out;
  },
};

export const incomeItems: CheckDefinition = {
  id: 'income-items',
  theme: 'totals',
  title: '本年收入合计＝各项收入之和',
  rule: '本年收入合计应等于各项收入（一般公共预算、政府性基金预算……）之和；财政拨款的上年结转应等于其各项之和。',
  run(report) {
    const out: CheckResult[] = [];
    for (const { key, name, table, side } of twoSidedTables(report)) {
      out.push(
        sumCheck(
          metaOf(incomeItems, key, `${name}：本年收入合计＝各项收入之和`),
          rowCell(table, side.current, 'income', `${name} 本年收入合计`),
          side.incomeTop.map((r) => cellRef(table, r, 'income')),
        ),
      );
      if (key === 'fiscal' && side.carryoverItems.length > 0) {
        out.push(
          sumCheck(
            metaOf(incomeItems, 'fiscal-carryover', '财政拨款收支总表：上年财政拨款结转＝各项之和'),
            rowCell(table, side.carryover, 'income', '财政拨款收支总表 上年财政拨款结转'),
            side.carryoverItems.map((r) =>
              cellRef(table, r, 'income', `财政拨款收支总表 上年结转·${r.label.split(' | ')[0] ?? ''}`),
            ),
          ),
        );
      }
    }
    const summary = tableOf(report, 'summary');
    const fiscal = tableOf(report, 'fiscal');
    if (summary && fiscal) {
      const s = twoSided(summary);
      const f = twoSided(fiscal);
      const fiscalSources = [/一般公共预算/, /政府性基金预算/, /国有资本经营预算/]
        .map((re) => incomeItem(s, re))
        .filter((r): r is Row => r !== undefined);
      out.push(
        sumCheck(
          metaOf(incomeItems, 'fiscal-vs-summary', '财政拨款本年收入＝收支总表中三项财政拨款收入之和'),
          rowCell(fiscal, f.current, 'income', '财政拨款收支总表 本年收入合计'),
          fiscalSources.map((r) => cellRef(summary, r, 'income')),
        ),
      );
    }
    return out;
  },
};

/** A total printed in several tables. */
export const repeatedTotals: CheckDefinition = {
  id: 'same-total',
  theme: 'totals',
  title: '各表重复列出的总数一致',
  rule: '同一个总数在收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表和经济科目表中重复出现时，应处处相同。',
  run(report) {
    const summary = tableOf(report, 'summary');
    const income = tableOf(report, 'income');
    const expenditure = tableOf(report, 'expenditure');
    const fiscal = tableOf(report, 'fiscal');
    const general = tableOf(report, 'general');
    const economic = tableOf(report, 'basic-economic');
    const s = summary ? twoSided(summary) : undefined;
    const f = fiscal ? twoSided(fiscal) : undefined;
    const total = (t: Table | undefined, column: string, label: string): Ref =>
      rowCell(t, t && totalRow(t), column, label);
    const groups: { subject: string; title: string; need: Table['key'][]; refs: () => Ref[] }[] = [
      {
        subject: 'income-current',
        title: '本年收入：收支总表＝收入总表',
        need: ['summary', 'income'],
        refs: () => [
          rowCell(summary, s?.current, 'income', '收支总表 本年收入合计'),
          total(income, 'total', '收入总表 合计（本年收入）'),
        ],
      },
      {
        subject: 'carryover',
        title: '上年结转：收支总表＝收入总表',
        need: ['summary', 'income'],
        refs: () => [
          rowCell(summary, s?.carryover, 'income', '收支总表 上年结转'),
          total(income, 'carryover', '收入总表 合计（上年结转）'),
        ],
      },
      {
        subject: 'expenditure-total',
        title: '支出合计：收支总表＝支出总表',
        need: ['summary', 'expenditure'],
        refs: () => [
          rowCell(
            summary,
            s?.current,
            s ? spendColumn(s, s.current, 'expenditure-total') : 'expenditure-total',
            '收支总表 本年支出合计',
          ),
          total(expenditure, 'total', '支出总表 合计'),
        ],
      },
      {
        subject: 'general-current',
        title: '一般公共预算本年收支：各表一致',
        need: ['summary', 'income', 'general', 'fiscal'],
        refs: () => [
          rowCell(summary, s && incomeItem(s, /一般公共预算/), 'income', '收支总表 一般公共预算收入'),
          total(income, 'general', '收入总表 合计（一般公共预算）'),
          total(general, 'total', '一般公共预算支出表 合计'),
          rowCell(fiscal, f && incomeItem(f, /一般公共预算/), 'income', '财政拨款收支总表 一般公共预算收入'),
        ],
      },
      {
        subject: 'general-basic',
        title: '一般公共预算基本支出：一般公共预算支出表＝经济科目表',
        need: ['general', 'basic-economic'],
        refs: () => [
          total(general, 'basic', '一般公共预算支出表 合计（基本支出）'),
          total(economic, 'total', '基本支出经济科目表 合计'),
        ],
      },
    ];
    return groups.map((g) => {
      const meta = metaOf(repeatedTotals, g.subject, g.title);
      const absent = missing(report, ...g.need);
      // A table missing from the document is not compared; the others still are.
      const refs = g.refs().filter((r) => r.table !== undefined || absent === null);
      if (refs.length < 2) return notApplicable(meta, absent ?? '可比较的数字不足两个。');
      return sameCheck(meta, refs[0]!, refs.slice(1));
    });
  },
};

export const TOTAL_CHECKS = [balance, grandTotals, incomeItems, repeatedTotals];
