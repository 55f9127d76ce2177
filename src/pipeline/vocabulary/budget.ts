import type { TableKind } from './types';
import { BASIC_PROJECT, BY_SOURCE, CODE_AND_NAME, col, W } from './words';

/**
 * Budget (部门预算 / 单位预算) tables. Titles as printed by Shanxi (2023–2024: 预算收支总表,
 * 一般公共预算支出预算表（不含上年结转）…), Jiangsu (2017–2019: 收支预算总表, 财政拨款支出预算表
 * （功能科目）, “三公”经费、会议费、培训费支出预算表…), Shanghai (2025–2026: 部门财务收支预算总表,
 * 一般公共预算支出功能分类预算表, “三公”经费和机关运行经费预算表…) and the national template's
 * names other provinces use. Order matters: the first kind whose title matches is taken.
 */

/** The income side and the expenditure side of a 收支总表: 收入, 本年收入, 财政拨款收入 … */
const INCOME = /收入$/;
const EXPENDITURE = /支出$/;

/** 收入 | 金额 | 支出 | 金额 … tables (收支总表). */
const incomeExpenditure = (expenditureAmounts: TableKind['columns']): TableKind['columns'] => [
  col('income-item', W.name, { under: INCOME, kind: 'text' }),
  col('income', W.total, { under: INCOME, kind: 'amount' }),
  col('expenditure-item', W.name, { under: EXPENDITURE, kind: 'text' }),
  ...expenditureAmounts,
];

/**
 * 三公 tables that print the items as columns (Jiangsu: 合计 | “三公”经费 {小计 | 因公出国（境）费 |
 * 公务用车购置及运行维护费 {小计 | 购置费 | 运行维护费} | 公务接待费} | 会议费 | 培训费; Shanghai:
 * “三公”经费预算数 {合计 | … | 公务用车购置及运行费 {小计 | 购置费 | 运行费}} | 机关运行经费预算数).
 * The 三公 sum (合计/小计 under “三公”经费) is `three-public`; a 合计 over all columns stays
 * `total` (in Jiangsu it includes 会议费 and 培训费). Item keys are those of the 三公 决算表.
 * Tried before the sources' words: 小计 under 公务用车购置及运行费 is that item, not a total.
 */
const VEHICLES = /公务用车购置及运行(维护)?费/;
const THREE_PUBLIC_ITEMS: TableKind['columns'] = [
  col('vehicles', /^(小计|合计)$/, { under: VEHICLES, kind: 'amount' }),
  col('three-public', /^(小计|合计)$/, { under: /三公/, kind: 'amount' }),
  col('abroad', /^因公出国[（(]境[)）]费(用)?$/, { kind: 'amount', rowLabel: true }),
  col('vehicles', /^公务用车购置及运行(维护)?费$/, { kind: 'amount', rowLabel: true }),
  col('vehicle-purchase', /^(公务用车)?购置费?$/, { kind: 'amount', rowLabel: true }),
  col('vehicle-operation', /^(公务用车)?运行(维护)?费$/, { kind: 'amount', rowLabel: true }),
  col('reception', /^公务接待费$/, { kind: 'amount', rowLabel: true }),
  col('meeting', /^会议费$/, { kind: 'amount', rowLabel: true }),
  col('training', /^培训费$/, { kind: 'amount', rowLabel: true }),
  col('admin-operation', /^机关运行经费(预算数)?$/, { kind: 'amount' }),
];

/** The printed columns of a 政府采购预算表 that say what is bought and how. */
const PROCUREMENT_TEXT: TableKind['columns'] = [
  col('category', /^采购品目大类$/, { kind: 'text' }),
  col('special', /^专项名称$/, { kind: 'text' }),
  col('economic-class', /^经济科目$/, { kind: 'text' }),
  col('item', /^采购(物品|品目)名称$/, { kind: 'text' }),
  col('method', /^采购(组织)?(形式|方式)$/, { kind: 'text' }),
];

export const BUDGET_KINDS: TableKind[] = [
  {
    key: 'fiscal',
    name: '财政拨款收支总表',
    titles: [/财政拨款收支(预算)?总表/],
    columns: incomeExpenditure([
      col('total', W.total, { under: EXPENDITURE, kind: 'amount' }),
      col('general', W.general, { under: EXPENDITURE, kind: 'amount' }),
      col('fund', W.fund, { under: EXPENDITURE, kind: 'amount' }),
      col('state-capital', W.stateCapital, { under: EXPENDITURE, kind: 'amount' }),
    ]),
  },
  {
    key: 'summary',
    name: '收支总表',
    titles: [/(预算|财务)?收支(预算)?总表/],
    columns: incomeExpenditure([
      col('expenditure-total', /合计$|^金额$|^预算数$|^\d{4}年$/, { under: EXPENDITURE, kind: 'amount' }),
      col('expenditure-current', /^当年(预算)?安排$/, { under: EXPENDITURE, kind: 'amount' }),
      col('expenditure-carryover', /^上年结转(安排)?$/, { under: EXPENDITURE, kind: 'amount' }),
    ]),
  },
  {
    key: 'income',
    name: '收入总表',
    titles: [/收入(预算)?总表/],
    columns: [...CODE_AND_NAME, ...BY_SOURCE],
  },
  {
    key: 'expenditure',
    name: '支出总表',
    titles: [/支出(预算)?总表/],
    columns: [...CODE_AND_NAME, ...BASIC_PROJECT],
  },
  {
    key: 'basic-economic',
    name: '一般公共预算基本支出经济分类表',
    titles: [/一般公共预算(安排)?基本支出.*(经济|预算表)/],
    columns: [
      col('code', W.code, { kind: 'code' }),
      col('government-class', /^政府预算支出经济(分类)?科目(名称)?$/, { kind: 'text' }),
      col('name', /经济(分类)?科目名称$|^科目名称$|^项目$|^名称$/, { kind: 'text' }),
      ...BASIC_PROJECT,
    ],
  },
  {
    key: 'fiscal-basic',
    name: '财政拨款基本支出表',
    titles: [/财政拨款(安排)?基本支出.*表/],
    columns: [...CODE_AND_NAME, ...BASIC_PROJECT],
  },
  {
    key: 'three-public',
    name: '“三公”经费支出表',
    titles: [/[“"]?三公[”"]?经费/],
    columns: [col('name', W.name, { kind: 'text' }), ...THREE_PUBLIC_ITEMS, ...BY_SOURCE],
  },
  {
    key: 'admin-operation',
    name: '机关运行经费表',
    titles: [/机关运行经费/],
    columns: [col('name', W.name, { kind: 'text' }), ...BY_SOURCE],
  },
  {
    key: 'fund-income',
    name: '政府性基金预算收入表',
    titles: [/政府性基金(预算)?收入.*表/],
    columns: [
      col('code', W.code, { kind: 'code' }),
      col('name', W.name, { kind: 'text' }),
      col('total', /^(政府性基金收入预算|合计|金额|预算数)$/, { kind: 'amount' }),
    ],
  },
  {
    key: 'fund-expenditure',
    name: '政府性基金预算支出表',
    titles: [/政府性基金.*支出.*表/],
    columns: [...CODE_AND_NAME, ...BASIC_PROJECT],
  },
  {
    key: 'state-capital',
    name: '国有资本经营预算表',
    titles: [/国有资本经营预算.*表/],
    columns: [
      col('code', W.code, { kind: 'code', under: /收入|^项目$|^$/ }),
      col('name', W.name, { kind: 'text', under: /收入|^项目$|^$/ }),
      col('income', /收入预算$/, { kind: 'amount' }),
      col('expenditure-code', W.code, { kind: 'code', under: /支出/ }),
      col('expenditure-name', W.name, { kind: 'text', under: /支出/ }),
      ...BASIC_PROJECT,
    ],
  },
  {
    key: 'general',
    name: '一般公共预算支出表',
    titles: [/一般公共预算.*支出.*表/],
    columns: [...CODE_AND_NAME, ...BASIC_PROJECT],
  },
  {
    key: 'fiscal-expenditure',
    name: '财政拨款支出表',
    titles: [/财政拨款.*支出.*表/],
    columns: [...CODE_AND_NAME, ...BASIC_PROJECT],
  },
  {
    key: 'projects-carryover',
    name: '项目支出表（上年结转）',
    titles: [/项目支出.*表（上年结转）/],
    columns: [col('name', W.name, { kind: 'text' }), ...BY_SOURCE],
  },
  {
    key: 'projects',
    name: '项目支出表',
    titles: [/项目支出(预算)?(明细)?表(（本年预算）)?$/],
    columns: [col('name', W.name, { kind: 'text' }), ...BY_SOURCE],
  },
  {
    key: 'procurement',
    name: '政府采购预算表',
    titles: [/政府采购.*表/],
    columns: [...CODE_AND_NAME, ...BY_SOURCE, ...PROCUREMENT_TEXT],
  },
];
