import type { TableKind } from './types';
import { CODE_AND_NAME, col, W } from './words';

/**
 * Final-accounts (部门决算) tables: the 9 tables of the 2024 template (Shanghai; the national
 * 部门决算 template uses the same names). Every title says 决算, so these kinds are tried
 * before the budget kinds, whose “三公”经费 pattern would take the 三公 决算表 too. Column keys
 * are the contract of src/schemas/final-accounts.ts.
 */

const INCOME = /收入$/;
const EXPENDITURE = /支出$/;
const ACTUAL = /^(决算数|金额)$/;
const TOTAL = /^(合计|小计)$/;

/** 政府性基金 and 国有资本经营: carry-over, income, expenditure by kind, carry-over. */
const FUND_LIKE = [
  ...CODE_AND_NAME,
  col('carryover-start', /^年初结转和?结余$/, { kind: 'amount' }),
  col('income-current', /^本年收入$/, { kind: 'amount' }),
  col('total', TOTAL, { kind: 'amount', under: /本年支出/ }),
  col('basic', W.basic, { kind: 'amount' }),
  col('project', W.project, { kind: 'amount' }),
  col('carryover-end', /^年末结转和?结余$/, { kind: 'amount' }),
];

/** 三公 决算表: one amount column per item (under its header) and measure (预算数 / 决算数). */
const THREE_PUBLIC_ITEMS: [string, RegExp][] = [
  ['total', /经费合计$|^合计$/],
  ['abroad', /因公出国（境）费$/],
  ['vehicles', /公务用车购置及运行(维护)?费小计$/],
  ['vehicle-purchase', /公务用车购置费$/],
  ['vehicle-operation', /公务用车运行(维护)?费$/],
  ['reception', /公务接待费$/],
];

export const FINAL_ACCOUNTS_KINDS: TableKind[] = [
  {
    key: 'fa-fiscal',
    name: '财政拨款收入支出决算总表',
    titles: [/财政拨款收入支出决算总表/],
    columns: [
      col('income-item', W.name, { under: INCOME, kind: 'text' }),
      col('income-actual', ACTUAL, { under: INCOME, kind: 'amount' }),
      col('expenditure-item', W.name, { under: EXPENDITURE, kind: 'text' }),
      col('total', TOTAL, { under: EXPENDITURE, kind: 'amount' }),
      col('general', /^一般公共预算财政拨款$/, { kind: 'amount' }),
      col('fund', /^政府性基金预算财政拨款$/, { kind: 'amount' }),
      col('state-capital', /^国有资本经营预算财政拨款$/, { kind: 'amount' }),
    ],
  },
  {
    key: 'fa-summary',
    name: '收入支出决算总表',
    titles: [/收入支出决算总表/],
    columns: [
      col('income-item', W.name, { under: INCOME, kind: 'text' }),
      col('income-actual', ACTUAL, { under: INCOME, kind: 'amount' }),
      col('expenditure-item', W.name, { under: EXPENDITURE, kind: 'text' }),
      col('expenditure-actual', ACTUAL, { under: EXPENDITURE, kind: 'amount' }),
    ],
  },
  {
    key: 'fa-income',
    name: '收入决算表',
    titles: [/^收入决算表/],
    columns: [
      ...CODE_AND_NAME,
      col('total', /^本年收入合计$/, { kind: 'amount' }),
      col('fiscal', /^财政拨款收入$/, { kind: 'amount' }),
      col('superior-subsidy', /^上级补助收入$/, { kind: 'amount' }),
      col('business', /^事业收入$/, { kind: 'amount' }),
      col('operating', /^经营收入$/, { kind: 'amount' }),
      col('affiliated', /^附属单位上缴收入$/, { kind: 'amount' }),
      col('other', /^其他收入$/, { kind: 'amount' }),
    ],
  },
  {
    key: 'fa-expenditure',
    name: '支出决算表',
    titles: [/^支出决算表/],
    columns: [
      ...CODE_AND_NAME,
      col('total', /^本年支出合计$/, { kind: 'amount' }),
      col('basic', W.basic, { kind: 'amount' }),
      col('project', W.project, { kind: 'amount' }),
      col('remit-superior', /^上缴上级支出$/, { kind: 'amount' }),
      col('operating', /^经营支出$/, { kind: 'amount' }),
      col('subsidy-affiliated', /^对附属单位补助支出$/, { kind: 'amount' }),
    ],
  },
  {
    key: 'fa-basic',
    name: '一般公共预算财政拨款基本支出决算表',
    titles: [/一般公共预算财政拨款基本支出决算表/],
    columns: [
      col('personnel-code', W.code, { kind: 'code' }),
      col('personnel-name', W.name, { kind: 'text' }),
      col('personnel-actual', ACTUAL, { kind: 'amount' }),
      col('public-code', W.code, { kind: 'code' }),
      col('public-name', W.name, { kind: 'text' }),
      col('public-actual', ACTUAL, { kind: 'amount' }),
    ],
  },
  {
    key: 'fa-general',
    name: '一般公共预算财政拨款支出决算表',
    titles: [/一般公共预算财政拨款支出决算表/],
    columns: [
      ...CODE_AND_NAME,
      col('total', TOTAL, { kind: 'amount' }),
      col('basic', W.basic, { kind: 'amount' }),
      col('project', W.project, { kind: 'amount' }),
    ],
  },
  {
    key: 'fa-three-public',
    name: '财政拨款“三公”经费支出决算表',
    titles: [/三公[”"]?经费支出决算表/],
    columns: THREE_PUBLIC_ITEMS.flatMap(([item, under]) => [
      col(`${item}-budget`, /^预算数$/, { under, kind: 'amount' }),
      col(`${item}-actual`, /^决算数$/, { under, kind: 'amount' }),
    ]),
  },
  {
    key: 'fa-fund',
    name: '政府性基金预算财政拨款收入支出决算表',
    titles: [/政府性基金预算财政拨款收入支出决算表/],
    columns: FUND_LIKE,
  },
  {
    key: 'fa-state-capital',
    name: '国有资本经营预算财政拨款收入支出决算表',
    titles: [/国有资本经营预算财政拨款(收入)?支出决算表/],
    columns: FUND_LIKE,
  },
];
