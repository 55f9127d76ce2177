import { describe, expect, it } from 'vitest';
import { kpiCost } from './kpi-cost';
import { isOneYear } from './kpi-period';
import { build, funds, indicator, projectForm } from './test-support/build';

const costOf = (indicators: ReturnType<typeof indicator>[], annual = '30.00') =>
  kpiCost.run(
    build({
      performance: {
        overall: null,
        projects: [
          projectForm('项目甲', 'xmj', { funds: { implementation: funds(annual), annual: funds(annual) }, indicators }),
        ],
      },
    }),
  )[0]!;

describe('KPI forms', () => {
  it('reads the project period', () => {
    expect(isOneYear('1年')).toBe(true);
    expect(isOneYear('2024年')).toBe(true);
    expect(isOneYear('2024.1.1--2024.12.31')).toBe(true);
    expect(isOneYear('3年')).toBe(false);
    expect(isOneYear('99年')).toBe(false);
    expect(isOneYear(null)).toBe(null);
    expect(isOneYear('长期')).toBe(null);
  });

  it('sums money cost indicators, converting 元 and bare numbers in the form’s unit', () => {
    const r = costOf([
      indicator('成本指标', '100000元', { number: '100000', unit: '元' }, { level3: '一' }),
      indicator('成本指标', '200000', { number: '200000' }, { level3: '二' }),
    ]);
    expect(r.status).toBe('pass');
  });

  it('does not compare a per-unit standard, a rate or text', () => {
    expect(
      costOf([indicator('成本指标', '≤20万元', { number: '20', unit: '万元', op: '≤' }, { level3: '每户奖励金额' })])
        .status,
    ).toBe('not-applicable');
    expect(
      costOf([indicator('成本指标', '5万元/每家', { number: '5', unit: '万元/每家' }, { level3: '补贴标准' })]).status,
    ).toBe('not-applicable');
    expect(costOf([indicator('成本指标', '≥90%', { number: '90', unit: '%', op: '≥' })]).status).toBe('not-applicable');
    expect(costOf([indicator('成本指标', '按实际核算', {})]).status).toBe('not-applicable');
  });

  it('treats ≤ as an upper bound: caps above the funds agree, caps below them are only a note', () => {
    expect(costOf([indicator('成本指标', '≤40万元', { number: '40', unit: '万元', op: '≤' })]).status).toBe('pass');
    const below = costOf([indicator('成本指标', '≤20万元', { number: '20', unit: '万元', op: '≤' })]);
    expect(below.status).toBe('note');
    expect(below.reason).toMatch(/全部用途/);
    expect(costOf([indicator('成本指标', '≥40万元', { number: '40', unit: '万元', op: '≥' })]).status).toBe('fail');
  });

  it('fails costs above the funds, notes costs below them, and rounds by the printed digits', () => {
    expect(costOf([indicator('成本指标', '35万元', { number: '35', unit: '万元' })]).status).toBe('fail');
    expect(costOf([indicator('成本指标', '25万元', { number: '25', unit: '万元' })]).status).toBe('note');
    // "30" 万元 printed without decimals stands for 29.5 … 30.5: 30.20 is within rounding
    expect(costOf([indicator('成本指标', '30万元', { number: '30', unit: '万元' })], '30.20').status).toBe('rounding');
    expect(costOf([indicator('成本指标', '300000元', { number: '300000', unit: '元' })], '30.20').status).toBe('note');
  });
});
