import { z } from 'zod';
import type { Column } from './table';

/**
 * The data contract of final accounts (部门决算): the keys of the 9 standard tables and the
 * first-class column keys of their figures. A column the tables print under 年初预算数,
 * 调整预算数, 决算数, 年初结转和结余 … always has the key listed here, whatever table it is
 * in, so checks, charts and the budget-vs-actual page read it by key, never by header text.
 */

/** Keys of the 9 standard final-accounts tables, in the order the template prints them. */
export const FA_TABLE_KEYS = [
  'fa-summary',
  'fa-income',
  'fa-expenditure',
  'fa-fiscal',
  'fa-general',
  'fa-basic',
  'fa-three-public',
  'fa-fund',
  'fa-state-capital',
] as const;
export const FaTableKey = z.enum(FA_TABLE_KEYS);
export type FaTableKey = z.infer<typeof FaTableKey>;

/** The title each table prints (after "<部门><年>年度部门决算表"), for pages and the table vocabulary. */
export const FA_TABLE_TITLES: Record<FaTableKey, string> = {
  'fa-summary': '收入支出决算总表',
  'fa-income': '收入决算表',
  'fa-expenditure': '支出决算表',
  'fa-fiscal': '财政拨款收入支出决算总表',
  'fa-general': '一般公共预算财政拨款支出决算表',
  'fa-basic': '一般公共预算财政拨款基本支出决算表',
  'fa-three-public': '财政拨款“三公”经费支出决算表',
  'fa-fund': '政府性基金预算财政拨款收入支出决算表',
  'fa-state-capital': '国有资本经营预算财政拨款收入支出决算表',
};

/**
 * First-class column keys of final accounts and the header words that mean them. Where the
 * same money is printed by source or by kind (合计, 基本支出, 财政拨款收入 …) the budget keys
 * of src/pipeline/table-layouts.ts are reused (`total`, `basic`, `project`, `general`, …).
 */
export const FA_MEASURES = {
  'budget-initial': '年初预算数',
  'budget-adjusted': '调整预算数',
  'budget-full': '全年预算数',
  budget: '预算数',
  actual: '决算数',
  'carryover-start': '年初结转和结余',
  'carryover-end': '年末结转和结余',
  'execution-rate': '完成率',
  'income-current': '本年收入',
  'expenditure-current': '本年支出',
} as const;
export type FaMeasure = keyof typeof FA_MEASURES;
export const FaMeasureKey = z.enum(Object.keys(FA_MEASURES) as [FaMeasure, ...FaMeasure[]]);

/** Row labels of 收入支出决算总表 that the balance identity reads (matched after stripping spaces). */
export const FA_SUMMARY_ROWS = {
  incomeTotal: '本年收入合计',
  expenditureTotal: '本年支出合计',
  nonFiscalSurplusUsed: '使用非财政拨款结余',
  surplusDistribution: '结余分配',
  carryoverStart: '年初结转和结余',
  carryoverEnd: '年末结转和结余',
  grandTotal: '总计',
} as const;

/** The items of 财政拨款“三公”经费支出决算表, each printed with 预算数 and 决算数. */
export const FA_THREE_PUBLIC_ITEMS = {
  total: '合计',
  abroad: '因公出国（境）费',
  vehicles: '公务用车购置及运行维护费',
  'vehicle-purchase': '公务用车购置费',
  'vehicle-operation': '公务用车运行维护费',
  reception: '公务接待费',
} as const;
export type FaThreePublicItem = keyof typeof FA_THREE_PUBLIC_ITEMS;

/** Column key of one 三公 item and measure: `abroad-actual`, `total-budget`. */
export const threePublicColumn = (item: FaThreePublicItem, measure: 'budget' | 'actual'): string =>
  `${item}-${measure}`;

const code = (): Column => ({ key: 'code', path: ['科目编码'], kind: 'code' });
const name = (label = '科目名称'): Column => ({ key: 'name', path: [label], kind: 'text' });
const amount = (key: string, ...path: string[]): Column => ({ key, path, kind: 'amount' });
const text = (key: string, ...path: string[]): Column => ({ key, path, kind: 'text' });

const basicProject = (): Column[] => [
  code(),
  name(),
  amount('total', '合计'),
  amount('basic', '基本支出'),
  amount('project', '项目支出'),
];

/** 政府性基金 and 国有资本经营 tables: carry-over, income, expenditure by kind, carry-over. */
const fundLike = (): Column[] => [
  code(),
  name(),
  amount('carryover-start', FA_MEASURES['carryover-start']),
  amount('income-current', FA_MEASURES['income-current']),
  amount('total', FA_MEASURES['expenditure-current'], '合计'),
  amount('basic', FA_MEASURES['expenditure-current'], '基本支出'),
  amount('project', FA_MEASURES['expenditure-current'], '项目支出'),
  amount('carryover-end', FA_MEASURES['carryover-end']),
];

/**
 * The columns of each table as the 2024 template prints them. The two-panel tables
 * (总表, 基本支出) are one row per printed line with both panels side by side.
 */
export const FA_TABLE_COLUMNS: Record<FaTableKey, Column[]> = {
  'fa-summary': [
    text('income-item', '收入', '项目'),
    amount('income-actual', '收入', '决算数'),
    text('expenditure-item', '支出', '项目'),
    amount('expenditure-actual', '支出', '决算数'),
  ],
  'fa-income': [
    code(),
    name(),
    amount('total', '本年收入合计'),
    amount('fiscal', '财政拨款收入'),
    amount('superior-subsidy', '上级补助收入'),
    amount('operation', '事业收入'),
    amount('business', '经营收入'),
    amount('affiliated', '附属单位上缴收入'),
    amount('other', '其他收入'),
  ],
  'fa-expenditure': [
    code(),
    name(),
    amount('total', '本年支出合计'),
    amount('basic', '基本支出'),
    amount('project', '项目支出'),
    amount('remit-superior', '上缴上级支出'),
    amount('business', '经营支出'),
    amount('subsidy-affiliated', '对附属单位补助支出'),
  ],
  'fa-fiscal': [
    text('income-item', '收入', '项目'),
    amount('income-actual', '收入', '决算数'),
    text('expenditure-item', '支出', '项目'),
    amount('total', '支出', '合计'),
    amount('general', '支出', '一般公共预算财政拨款'),
    amount('fund', '支出', '政府性基金预算财政拨款'),
    amount('state-capital', '支出', '国有资本经营预算财政拨款'),
  ],
  'fa-general': basicProject(),
  'fa-basic': [
    { key: 'personnel-code', path: ['经济分类科目编码'], kind: 'code' },
    text('personnel-name', '科目名称'),
    amount('personnel-actual', '决算数'),
    { key: 'public-code', path: ['经济分类科目编码'], kind: 'code' },
    text('public-name', '科目名称'),
    amount('public-actual', '决算数'),
  ],
  'fa-three-public': (Object.keys(FA_THREE_PUBLIC_ITEMS) as FaThreePublicItem[]).flatMap((item) =>
    (['budget', 'actual'] as const).map((m) =>
      amount(threePublicColumn(item, m), FA_THREE_PUBLIC_ITEMS[item], FA_MEASURES[m]),
    ),
  ),
  'fa-fund': fundLike(),
  'fa-state-capital': fundLike(),
};
