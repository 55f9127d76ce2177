import type { IndicatorValue } from '../schemas';
import { collapseSpacedDigits } from './numbers';

/**
 * Reading a KPI target value (指标值) such as "≥12个", "100%", "不低于95%" or "及时".
 *
 * The number is only read when the value is exactly one plain number with an optional
 * comparison in front and an optional unit behind; anything else ("2024年12月31日前",
 * "100%按时、及时完成", "12月底前完成") keeps number and unit null, so a reader never sees
 * a figure the source does not state as the target.
 */

type Op = NonNullable<IndicatorValue['op']>;

/** Leading comparison words and symbols, longest first so "大于等于" wins over "大于". */
const LEADING_OPS: [string, Op][] = [
  ['大于等于', '≥'],
  ['小于等于', '≤'],
  ['不低于', '≥'],
  ['不少于', '≥'],
  ['不高于', '≤'],
  ['不超过', '≤'],
  ['不多于', '≤'],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['等于', '='],
  ['>=', '≥'],
  ['<=', '≤'],
  ['≧', '≥'],
  ['≦', '≤'],
  ['＞', '>'],
  ['＜', '<'],
  ['＝', '='],
  ['≥', '≥'],
  ['≤', '≤'],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];

/** "10户以上" means at least 10, "5个以内" at most 5. */
const TRAILING_OPS: [string, Op][] = [
  ['以上', '≥'],
  ['以下', '≤'],
  ['以内', '≤'],
];

/**
 * Words that say which way a target moves ("提高1个", "提升90%"). They carry no
 * comparison, but the number after them is still the one figure of the target.
 */
const DIRECTION_WORDS = /^(提高|提升|增加|降低|减少|达到)/;

/** Units seen in the targets, longest first. A compound such as "万元/每家" is allowed. */
const UNITS = [
  '百分比',
  '平方米',
  '万美元',
  '个月',
  '人次',
  '场次',
  '小时',
  '万元',
  '亿元',
  '平米',
  '%',
  '％',
  '个',
  '项',
  '次',
  '人',
  '家',
  '户',
  '件',
  '份',
  '本',
  '册',
  '台',
  '套',
  '条',
  '部',
  '所',
  '宗',
  '场',
  '期',
  '批',
  '篇',
  '页',
  '元',
  '万',
  '亿',
  '年',
  '月',
  '天',
  '日',
  '分',
  '亩',
  '辆',
  '间',
  '座',
  '张',
  '名',
  '种',
  '类',
  '处',
];
const NUMBER_WITH_UNIT = new RegExp(
  `^(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(${UNITS.map(escapeRegExp).join('|')})?(/\\S+)?$`,
  'u',
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Split a leading or trailing comparison off the value. */
function splitOp(text: string): { op: Op | null; rest: string } {
  const leading = LEADING_OPS.find(([word]) => text.startsWith(word));
  if (leading) return { op: leading[1], rest: text.slice(leading[0].length).trim() };
  const trailing = TRAILING_OPS.find(([word]) => text.endsWith(word));
  if (trailing) return { op: trailing[1], rest: text.slice(0, -trailing[0].length).trim() };
  return { op: null, rest: text };
}

export function parseIndicatorValue(raw: string): IndicatorValue {
  const printed = raw.trim();
  const { op, rest } = splitOp(collapseSpacedDigits(printed).replace(/\s+/g, ''));
  const quantity = NUMBER_WITH_UNIT.exec(op ? rest : rest.replace(DIRECTION_WORDS, ''));
  if (!quantity) return { raw: printed, op, number: null, unit: null };
  const unit = `${quantity[2] ?? ''}${quantity[3] ?? ''}`;
  return { raw: printed, op, number: quantity[1]!.replace(/,/g, ''), unit: unit === '' ? null : unit };
}
