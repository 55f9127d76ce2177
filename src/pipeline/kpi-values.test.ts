import { describe, expect, it } from 'vitest';
import { parseIndicatorValue } from './kpi-values';

const read = (raw: string) => {
  const { op, number, unit } = parseIndicatorValue(raw);
  return [op, number, unit];
};

describe('parseIndicatorValue', () => {
  it('reads comparison symbols', () => {
    expect(read('≥12个')).toEqual(['≥', '12', '个']);
    expect(read('≤11人次')).toEqual(['≤', '11', '人次']);
    expect(read('>95%')).toEqual(['>', '95', '%']);
    expect(read('＞90%')).toEqual(['>', '90', '%']);
    expect(read('<5次')).toEqual(['<', '5', '次']);
    expect(read('>=3户')).toEqual(['≥', '3', '户']);
    expect(read('=1个')).toEqual(['=', '1', '个']);
  });

  it('reads comparison words', () => {
    expect(read('大于5户')).toEqual(['>', '5', '户']);
    expect(read('小于3次')).toEqual(['<', '3', '次']);
    expect(read('不低于95%')).toEqual(['≥', '95', '%']);
    expect(read('不少于2场')).toEqual(['≥', '2', '场']);
    expect(read('不高于10万元')).toEqual(['≤', '10', '万元']);
    expect(read('不超过200元')).toEqual(['≤', '200', '元']);
    expect(read('大于等于90%')).toEqual(['≥', '90', '%']);
    expect(read('10户以上')).toEqual(['≥', '10', '户']);
  });

  it('reads a plain quantity without comparison', () => {
    expect(read('100%')).toEqual([null, '100', '%']);
    expect(read('15000万元')).toEqual([null, '15000', '万元']);
    expect(read('≥98百分比')).toEqual(['≥', '98', '百分比']);
    expect(read('≥4.5亿元')).toEqual(['≥', '4.5', '亿元']);
    expect(read('12个月')).toEqual([null, '12', '个月']);
    expect(read('5万元/每家')).toEqual([null, '5', '万元/每家']);
    expect(read('188000')).toEqual([null, '188000', null]);
  });

  it('keeps amounts exact: separators and spaces go, decimals stay, never a float', () => {
    expect(read('≤1,000,000元')).toEqual(['≤', '1000000', '元']);
    expect(read('2635.66万元')).toEqual([null, '2635.66', '万元']);
    expect(read(' ≥ 12 个 ')).toEqual(['≥', '12', '个']);
    expect(typeof parseIndicatorValue('≥1.40万').number).toBe('string');
    expect(parseIndicatorValue('≥1.40万').number).toBe('1.40');
  });

  it('reads the one number after a direction word, without inventing a comparison', () => {
    expect(read('提高1个')).toEqual([null, '1', '个']);
    expect(read('提高90%')).toEqual([null, '90', '%']);
  });

  it('leaves text, dates and several numbers unread', () => {
    expect(read('是')).toEqual([null, null, null]);
    expect(read('及时')).toEqual([null, null, null]);
    expect(read('2024年12月31日前')).toEqual([null, null, null]);
    expect(read('12月底前完成')).toEqual([null, null, null]);
    expect(read('100%按时、及时完成')).toEqual([null, null, null]);
    expect(read('2024.1.1--2024.12.31')).toEqual([null, null, null]);
    expect(read('奖励2022年度认定的8户企业以及2023年认定的')).toEqual([null, null, null]);
  });

  it('keeps a comparison whose target is text', () => {
    expect(read('不超过人民银行公布的最近一期人民币贷款市场报价利率')).toEqual(['≤', null, null]);
  });

  it('keeps the raw text as printed (trimmed) and handles an empty cell', () => {
    expect(parseIndicatorValue('  ≥ 12 个 ').raw).toBe('≥ 12 个');
    expect(parseIndicatorValue('')).toEqual({ raw: '', op: null, number: null, unit: null });
  });
});
