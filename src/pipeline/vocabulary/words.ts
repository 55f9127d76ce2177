import type { ColumnWord } from './types';

/**
 * Header words shared by many tables, with their printed synonyms. A pattern is tested
 * against one printed header cell with its spaces removed.
 */

export const W = {
  code: /(科目)?编码$|(科目)?代码$/,
  name: /(科目|项目|单位)名称$|^项目$|^科目$|^名称$/,
  total: /^(合计|小计|总计|金额|预算数|预算金额|本年预算数?|\d{4}年(预算数?|合计)?|\d{4}年预算数合计)$/,
  general: /^(一般公共预算(拨款|资金|拨款收入)?|公共财政(拨款|预算)?(（补助）|\(补助\))?(资金)?|一般公共预算财政拨款)$/,
  fund: /^政府性基金(预算|拨款|预算拨款|预算资金|收入)?$/,
  stateCapital: /^国有资本经营(预算|收入|预算拨款|预算资金)?$/,
  fiscal: /^财政拨款(收入|资金)?(合计|小计)?$/,
  specialAccount: /^(财政专户管理资金|财政专户(拨款|资金)?|纳入专户管理的非税收入拨款)$/,
  unitFunds: /^单位资金$/,
  business: /^事业收入/,
  operating: /^(事业单位)?经营收入$/,
  other: /^其他(收入|资金)$/,
  carryover: /^(上年结转|上年结转(和结余)?(资金)?|使用上年结转|用事业基金弥补收支差额)$/,
  basic: /^基本支出$/,
  project: /^项目支出$/,
  personnel: /^(人员经费|工资福利支出|人员支出)$/,
  public: /^(公用经费|商品和服务支出|公用支出)$/,
  reserve: /预留机动经费$/,
} as const;

/**
 * Words of the labels of total rows: a total (合计, 总计), a part's total (小计), the side of a
 * two-sided table it closes (收入合计, 本年支出总计), whose total it is (部门合计, 单位总计) and
 * money carried over (上年结转, 结转下年, 结余). The importer's tests of a total label below
 * are all built from these words.
 */
export const TOTAL_LABEL_WORDS = {
  total: ['合计', '总计'],
  subtotal: '小计',
  side: ['收入', '支出'],
  currentYear: '本年',
  owner: ['部门', '单位'],
  carried: ['结转', '结余'],
} as const;

const either = (words: readonly string[]): string => `(${words.join('|')})`;
const TOTAL = either(TOTAL_LABEL_WORDS.total);
const SIDE = either(TOTAL_LABEL_WORDS.side);

/** A total row's label: 合计 or 总计 alone, or a side's total (收入合计, 本年支出总计). */
export const TOTAL_LABEL = new RegExp(`^${TOTAL}$|${SIDE}${TOTAL}$`);

/**
 * A total row's label as the table body and the row kinds read a row's first cell: a
 * `TOTAL_LABEL`, a department's or unit's total (部门合计, 单位总计) and a side's subtotal
 * (收入小计, 本年支出小计: the closing rows of a two-sided table are total rows).
 */
export const ROW_TOTAL_LABEL = new RegExp(
  `${TOTAL_LABEL.source}|^${either(TOTAL_LABEL_WORDS.owner)}${TOTAL}$|^(${TOTAL_LABEL_WORDS.currentYear})?${SIDE}${TOTAL_LABEL_WORDS.subtotal}$`,
);

/**
 * The label of a closing row of a two-sided table, on either side: any total word at its end
 * (当年收入小计, 支出总计) or money carried over (上年结转资金, 结转下年, 年末结余).
 */
export const CLOSING_LABEL = new RegExp(
  `${either([...TOTAL_LABEL_WORDS.total, TOTAL_LABEL_WORDS.subtotal])}$|${TOTAL_LABEL_WORDS.carried.join('|')}`,
);

/** A header word of a column of amounts (合计, 金额, 基本支出 …), not of codes or names. */
export function isAmountWord(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return Object.entries(W).some(([k, re]) => k !== 'code' && k !== 'name' && re.test(t));
}

export const col = (key: string, header: RegExp, extra: Omit<ColumnWord, 'key' | 'header'> = {}): ColumnWord => ({
  key,
  header,
  ...extra,
});

/** 科目编码 and 科目名称 (also split codes 类/款/项 joined into one code column). */
export const CODE_AND_NAME: ColumnWord[] = [
  col('code', W.code, { kind: 'code' }),
  col('name', W.name, { kind: 'text' }),
];

/** Funds by source: 合计, 一般公共预算, 政府性基金, 国有资本经营预算 (and the others units print). */
export const BY_SOURCE: ColumnWord[] = [
  col('total', W.total, { kind: 'amount' }),
  col('general', W.general, { kind: 'amount' }),
  col('fund', W.fund, { kind: 'amount' }),
  col('state-capital', W.stateCapital, { kind: 'amount' }),
  col('fiscal', W.fiscal, { kind: 'amount' }),
  col('special-account', W.specialAccount, { kind: 'amount' }),
  col('unit', W.unitFunds, { kind: 'amount' }),
  col('business', W.business, { kind: 'amount' }),
  col('operating', W.operating, { kind: 'amount' }),
  col('other', W.other, { kind: 'amount' }),
  col('carryover', W.carryover, { kind: 'amount' }),
];

/** 合计 = 基本支出 + 项目支出 (人员经费, 公用经费 inside 基本支出). */
export const BASIC_PROJECT: ColumnWord[] = [
  col('total', W.total, { kind: 'amount' }),
  col('basic', W.basic, { kind: 'amount' }),
  col('project', W.project, { kind: 'amount' }),
  col('personnel', W.personnel, { kind: 'amount' }),
  col('public', W.public, { kind: 'amount' }),
  col('reserve', W.reserve, { kind: 'amount' }),
];
