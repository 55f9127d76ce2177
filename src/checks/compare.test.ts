import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { atMostCheck, fmt, sameCheck, sumCheck, toleranceOf, toWan, type CheckMeta } from './compare';
import { changeCheck, percentStatus, shareCheck } from './percent';

const meta: CheckMeta = { id: 't', check: 't', theme: 'totals', title: 't', rule: 't' };
const ref = (label: string, value: string | null) => ({ label, value });

describe('sumCheck', () => {
  it('passes an exact sum and reports a zero difference', () => {
    const r = sumCheck(meta, ref('合计', '432.54'), [ref('基本', '17.54'), ref('项目', '415.00')]);
    expect(r.status).toBe('pass');
    expect(r.difference).toBe('0.00');
  });

  it('allows half a unit of the last digit per printed figure as rounding (003 支出总表: 2283.49 vs Σ 2283.48)', () => {
    const classes = ['701.81', '17.47', '55.04', '24.37', '963.00', '387.27', '34.52', '100.00'];
    const r = sumCheck(
      meta,
      ref('合计', '2283.49'),
      classes.map((v, i) => ref(`类${i}`, v)),
    );
    expect(r.status).toBe('rounding');
    expect(r.difference).toBe('0.01');
    // 8 items and the total, each off by at most 0.005: 9 × 0.005
    expect(r.tolerance).toBe('0.045');
  });

  it('reads the allowance from how each figure is printed (元 amounts, whole 万元)', () => {
    // 18.80 万元 from 188,000 元 (step 0.0001) + 11.604 against a total printed 30.40
    const r = sumCheck(meta, ref('合计', '30.40'), [
      { ...ref('甲', '18.80'), step: '0.0001' },
      { ...ref('乙', '11.604'), step: '0.0001' },
    ]);
    expect(r.status).toBe('rounding');
    expect(r.tolerance).toBe('0.0051');
    // A total printed "50" may stand for anything from 49.5 to 50.5.
    expect(sumCheck(meta, ref('合计', '50'), [ref('a', '20.30'), ref('b', '29.90')]).status).toBe('rounding');
    expect(sumCheck(meta, ref('合计', '50'), [ref('a', '20.30'), ref('b', '30.90')]).status).toBe('fail');
  });

  it('fails beyond the tolerance', () => {
    const r = sumCheck(meta, ref('合计', '206.00'), [ref('基本', '18.37'), ref('项目', '187.60')]);
    expect(r.status).toBe('fail');
    expect(r.difference).toBe('0.03');
  });

  it('counts a blank item as 0 when the total is printed', () => {
    expect(sumCheck(meta, ref('合计', '17.54'), [ref('人员', null), ref('公用', '17.54')]).status).toBe('pass');
  });

  it('is not applicable when everything is blank', () => {
    const r = sumCheck(meta, ref('合计', null), [ref('a', null), ref('b', null)]);
    expect(r.status).toBe('not-applicable');
    expect(r.reason).toMatch(/空白/);
  });

  it('does not treat a blank total as 0: not applicable when the items are 0, fail otherwise', () => {
    expect(sumCheck(meta, ref('合计', null), [ref('a', '0.00'), ref('b', '0.00')]).status).toBe('not-applicable');
    const r = sumCheck(meta, ref('合计', null), [ref('a', '1.00')]);
    expect(r.status).toBe('fail');
    expect(r.message).toMatch(/空白/);
  });

  it('fails a printed total whose items are all blank, unless it is 0', () => {
    expect(sumCheck(meta, ref('合计', '18.37'), [ref('a', null)]).status).toBe('fail');
    expect(sumCheck(meta, ref('合计', '0'), [ref('a', null)]).status).toBe('pass');
  });
});

describe('sameCheck', () => {
  it('compares numerically ("415" = "415.00")', () => {
    expect(sameCheck(meta, ref('说明', '415'), [ref('表', '415.00')]).status).toBe('pass');
  });
  it('a blank agrees with a printed 0 and with nothing else', () => {
    expect(sameCheck(meta, ref('说明', '0'), [ref('表', null)]).status).toBe('pass');
    expect(sameCheck(meta, ref('说明', '3.00'), [ref('表', null)]).status).toBe('fail');
    expect(sameCheck(meta, ref('说明', null), [ref('表', null)]).status).toBe('not-applicable');
  });
  it('reports the difference against the furthest reference', () => {
    const r = sameCheck(meta, ref('a', '10.00'), [ref('b', '10.00'), ref('c', '9.00')]);
    expect(r.status).toBe('fail');
    expect(r.difference).toBe('1.00');
  });
});

describe('percentages', () => {
  it('passes when the exact ratio rounds to the printed value', () => {
    expect(percentStatus('4.06', new Decimal('17.54').times(100).div('432.54'))).toBe('pass');
    expect(percentStatus('100', new Decimal(100))).toBe('pass');
  });
  it('counts a percentage as rounding only when the rounded amounts allow it', () => {
    // exact inputs: no rounding to appeal to
    expect(percentStatus('4.05', new Decimal('4.0551'))).toBe('fail');
    // the amounts allow 4.0540 … 4.0562: 4.05 (±0.005) meets that range
    expect(percentStatus('4.05', new Decimal('4.0551'), [new Decimal('4.0540'), new Decimal('4.0562')])).toBe(
      'rounding',
    );
    expect(percentStatus('4.10', new Decimal('4.0551'), [new Decimal('4.0540'), new Decimal('4.0562')])).toBe('fail');
  });
  it('grades a share by the range its rounded amounts allow', () => {
    // 0.05 ÷ 3.00 = 1.6667%; with 0.045 … 0.055 the share is 1.4975 … 1.8364%
    expect(shareCheck(meta, ref('占', '1.8'), ref('a', '0.05'), ref('b', '3.00')).status).toBe('rounding');
    expect(shareCheck(meta, ref('占', '1.9'), ref('a', '0.05'), ref('b', '3.00')).status).toBe('fail');
  });
  it('recomputes a change against last year’s figure when the sentence quotes it', () => {
    const r = changeCheck(
      meta,
      ref('增长', '25.00'),
      { ...ref('增加', '20.00'), sign: '+' },
      ref('本年', '100.00'),
      ref('上年', '80.00'),
    );
    expect(r.status).toBe('pass');
    expect(
      changeCheck(
        meta,
        ref('增长', '20.00'),
        { ...ref('增加', '20.00'), sign: '+' },
        ref('本年', '100.00'),
        ref('上年', '80.00'),
      ).status,
    ).toBe('fail');
  });
  it('recomputes a share from the stated amounts', () => {
    const r = shareCheck(meta, ref('占', '95.94'), ref('项目支出', '415'), ref('支出预算', '432.54'));
    expect(r.status).toBe('pass');
    expect(shareCheck(meta, ref('占', '0'), ref('a', '0'), ref('b', '0')).status).toBe('pass');
  });
  it('recomputes a change from the sentence’s own base (000: 12097.96 ÷ (432.54 + 12097.96) = 96.55%)', () => {
    const decrease = changeCheck(
      meta,
      ref('下降', '96.55'),
      { ...ref('减少', '12097.96'), sign: '-' },
      ref('收入总计', '432.54'),
    );
    expect(decrease.status).toBe('pass');
    const general = changeCheck(
      meta,
      ref('下降', '92.18'),
      { ...ref('减少', '5097.96'), sign: '-' },
      ref('当年支出', '432.54'),
    );
    expect(general.status).toBe('pass');
    // The same percentage against the other base is wrong: the base matters.
    expect(
      changeCheck(meta, ref('下降', '96.55'), { ...ref('减少', '5097.96'), sign: '-' }, ref('当年支出', '432.54'))
        .status,
    ).toBe('fail');
    const increase = changeCheck(
      meta,
      ref('增加', '12746.74'),
      { ...ref('增加', '13992.10'), sign: '+' },
      ref('收入总计', '14101.87'),
    );
    expect(increase.status).toBe('pass');
  });
  it('cannot compute a change without its direction', () => {
    expect(changeCheck(meta, ref('变动', '5'), { ...ref('变动', '1'), sign: null }, ref('本年', '20')).status).toBe(
      'not-applicable',
    );
  });
});

describe('atMostCheck', () => {
  it('passes when the amount does not exceed the bound', () => {
    expect(atMostCheck(meta, ref('a', '3.00'), ref('b', '3.00')).status).toBe('pass');
    expect(atMostCheck(meta, ref('a', '2.00'), ref('b', '3.00')).status).toBe('pass');
  });
  it('fails when it does', () => {
    expect(atMostCheck(meta, ref('a', '4.00'), ref('b', '3.00')).status).toBe('fail');
    expect(atMostCheck(meta, ref('a', '3.01'), ref('b', '3.00')).status).toBe('rounding');
  });
});

describe('numbers', () => {
  it('formats exact decimals without floats or exponents', () => {
    expect(fmt(new Decimal('0.1').plus('0.2'))).toBe('0.30');
    expect(fmt(new Decimal('11.604'))).toBe('11.604');
    expect(fmt(new Decimal('1e-7'))).toBe('0.0000001');
    expect(fmt(new Decimal('-0'))).toBe('0.00');
    expect(toleranceOf([ref('a', '1.00'), ref('b', '2.5')]).toString()).toBe('0.055');
  });
  it('converts printed units to 万元 in one place', () => {
    expect(toWan('188000', '元')).toEqual({ value: '18.80', step: '0.0001' });
    expect(toWan('18.76', '万元')).toEqual({ value: '18.76', step: '0.01' });
    expect(toWan('50', '万元')).toEqual({ value: '50', step: '1' });
    expect(toWan('5', '个')).toBeNull();
  });
});
