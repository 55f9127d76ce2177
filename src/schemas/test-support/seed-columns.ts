import type { Column, TableKey } from '..';

/**
 * Test support: the columns of the 13 tables as the Shanxi seeds print them (keys as the
 * vocabulary gives them), for building fixture reports in check and chart tests. The
 * importer reads columns from the printed headers (src/pipeline/vocabulary/).
 */

interface TableLayout {
  key: TableKey;
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

const TABLE_LAYOUTS: TableLayout[] = [
  {
    key: 'summary',
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
  { key: 'expenditure', columns: basicProject },
  {
    key: 'fiscal',
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
  { key: 'general', columns: basicProject },
  {
    key: 'basic-economic',
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
    columns: () => [code('收入科目编码'), name(), amount('total', '政府性基金收入预算')],
  },
  {
    key: 'fund-expenditure',
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
    columns: (year) => [name('项目'), ...bySource(`${year}年预算数`)],
  },
  {
    key: 'admin-operation',
    columns: (year) => [name('单位名称'), ...bySource(`${year}预算数`)],
  },
  {
    key: 'projects',
    columns: (year) => [
      ...projectColumns(year),
      amount('special-account', '财政专户管理资金'),
      amount('unit', '单位资金'),
    ],
  },
  {
    key: 'projects-carryover',
    columns: projectColumns,
  },
];

/** The columns of a standard table as the seeds print them. */
export function seedColumns(key: TableKey, year: number): Column[] {
  const layout = TABLE_LAYOUTS.find((l) => l.key === key);
  if (!layout) throw new Error(`no seed columns for table "${key}"`);
  return layout.columns(year);
}
