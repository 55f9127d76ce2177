import type { Column, TableKey } from '../schemas';

/**
 * The standard layouts of the 13 disclosure tables. Printed headers are multi-row and
 * often misaligned after PDF extraction, so columns are defined here once per table and
 * the printed header is only checked against them (every header word must be printed).
 */

export interface TableLayout {
  key: TableKey;
  /** Title patterns, 2024 and 2023 names. */
  titles: RegExp[];
  columns: (year: number) => Column[];
}

const code = (label = '科目编码'): Column => ({ key: 'code', path: [label], kind: 'code' });
const name = (label = '科目名称'): Column => ({ key: 'name', path: [label], kind: 'text' });
const amount = (key: string, ...path: string[]): Column => ({ key, path, kind: 'amount' });
const text = (key: string, ...path: string[]): Column => ({ key, path, kind: 'text' });

const basicProject = (year: number): Column[] => [
  code(),
  name(),
  amount('total', `${year}年预算数`, '合计'),
  amount('basic', `${year}年预算数`, '基本支出'),
  amount('project', `${year}年预算数`, '项目支出'),
];

const bySource = (head: string): Column[] => [
  amount('total', head, '合计'),
  amount('general', head, '一般公共预算'),
  amount('fund', head, '政府性基金预算'),
  amount('state-capital', head, '国有资本经营预算'),
];

/** The columns both project tables (本年预算, 上年结转) print: the project, its total and its 财政拨款 by source. */
const projectColumns = (year: number): Column[] => [
  name('项目名称'),
  amount('total', '合计'),
  amount('general', `${year}年财政拨款`, '一般公共预算'),
  amount('fund', `${year}年财政拨款`, '政府性基金预算'),
  amount('state-capital', `${year}年财政拨款`, '国有资本经营预算'),
];

export const TABLE_LAYOUTS: TableLayout[] = [
  {
    key: 'summary',
    titles: [/预算收支总表$/],
    columns: (year) => [
      text('income-item', '收入', '项目'),
      amount('income', '收入', `${year}年`),
      text('expenditure-item', '支出', '项目'),
      amount('expenditure-total', '支出', `${year}年合计`),
      amount('expenditure-current', '支出', '当年预算安排'),
      amount('expenditure-carryover', '支出', '上年结转安排'),
    ],
  },
  {
    key: 'income',
    titles: [/预算收入总表$/],
    columns: () => [
      code(),
      name(),
      amount('total', '本年收入', '合计'),
      amount('general', '本年收入', '一般公共预算'),
      amount('fund', '本年收入', '政府性基金'),
      amount('state-capital', '本年收入', '国有资本经营预算'),
      amount('special-account', '本年收入', '财政专户管理资金'),
      amount('unit', '本年收入', '单位资金'),
      amount('carryover', '上年结转'),
    ],
  },
  { key: 'expenditure', titles: [/预算支出总表$/], columns: basicProject },
  {
    key: 'fiscal',
    titles: [/财政拨款收支总表$/],
    columns: () => [
      text('income-item', '收入', '项目'),
      amount('income', '收入', '金额'),
      text('expenditure-item', '支出', '项目'),
      amount('total', '支出', '金额', '小计'),
      amount('general', '支出', '金额', '一般公共预算'),
      amount('fund', '支出', '金额', '政府性基金预算'),
      amount('state-capital', '支出', '金额', '国有资本经营预算'),
    ],
  },
  { key: 'general', titles: [/一般公共预算支出预算表（不含上年结转）$/], columns: basicProject },
  {
    key: 'basic-economic',
    titles: [/一般公共预算安排基本支出分经济科目表（不含上年结转）$/],
    columns: (year) => [
      name('部门预算支出经济科目名称'),
      text('government-class', '政府预算支出经济科目名称'),
      amount('total', `${year}年预算数`, '合计'),
      amount('personnel', `${year}年预算数`, '人员经费'),
      amount('public', `${year}年预算数`, '公用经费'),
    ],
  },
  {
    key: 'fund-income',
    titles: [/政府性基金预算收入表（不含上年结转）$/],
    columns: () => [code('收入科目编码'), name(), amount('total', '政府性基金收入预算')],
  },
  {
    key: 'fund-expenditure',
    titles: [/政府性基金预算支出表（不含上年结转）$/],
    columns: () => [
      code(),
      name(),
      amount('total', '合计'),
      amount('basic', '基本支出'),
      amount('project', '项目支出'),
    ],
  },
  {
    key: 'state-capital',
    titles: [/国有资本经营预算收支预算表（不含上年结转）$/],
    columns: () => [
      code('收入科目编码'),
      name(),
      amount('income', '国有资本经营预算收入', '国有资本经营收入预算'),
      { key: 'expenditure-code', path: ['国有资本经营预算支出', '科目编码'], kind: 'code' },
      text('expenditure-name', '国有资本经营预算支出', '科目名称'),
      amount('total', '国有资本经营预算支出', '合计'),
      amount('basic', '国有资本经营预算支出', '基本支出'),
      amount('project', '国有资本经营预算支出', '项目支出'),
    ],
  },
  {
    key: 'three-public',
    titles: [/“三公”经费支出预算表$/],
    columns: (year) => [name('项目'), ...bySource(`${year}年预算数`)],
  },
  {
    key: 'admin-operation',
    titles: [/机关运行经费预算表$/, /机关运行经费预算财政拨款情况统计表$/],
    columns: (year) => [name('单位名称'), ...bySource(`${year}预算数`)],
  },
  {
    key: 'projects',
    titles: [/项目支出预算表（本年预算）$/],
    columns: (year) => [
      ...projectColumns(year),
      amount('special-account', '财政专户管理资金'),
      amount('unit', '单位资金'),
    ],
  },
  {
    key: 'projects-carryover',
    titles: [/项目支出预算表（上年结转）$/],
    columns: projectColumns,
  },
];

/** Title line of a table: "2024年预算收支总表" (possibly prefixed "表一"). */
export function layoutForTitle(title: string): TableLayout | undefined {
  const t = title.trim();
  if (!/^(表[一二三四五六七八九十]+)?\d{4}年/.test(t)) return undefined;
  return TABLE_LAYOUTS.find((l) => l.titles.some((r) => r.test(t)));
}
