import { describe, expect, it } from 'vitest';
import type { Table } from '../schemas';
import { runChecks } from './registry';
import { build } from './test-support/build';
import { amount, shaped } from './test-support/shaped';

/**
 * Jiangsu's totals as printed (江苏省高级人民法院 2017年度部门预算, page 12 and the tables
 * after it; 万元): the 收支总表 prints its right side in two sections (功能分类 and 支出用途)
 * with 当年收入小计 / 当年支出小计, 上年结转资金 / 结转下年资金 and 收入合计 / 支出合计 in cells
 * running across both sections, the figure printed once at the right; the 支出预算总表 is one
 * unlabelled row of totals; the 财政拨款收支总表 ends on a bare 收入合计 / 支出合计.
 */

const summary = (spend = '28849.38'): Table =>
  shaped(
    'summary',
    [
      ['income-item', '收入·项目名称', 'text'],
      amount('income', '收入·金额'),
      ['expenditure-item', '支出·功能分类·功能科目名称', 'text'],
      amount('expenditure-total', '支出·功能分类·金额'),
      ['c4', '支出·支出用途·项目名称', 'text'],
      amount('c5', '支出·支出用途·金额'),
    ],
    [
      {
        label: '一、财政拨款',
        cells: ['一、财政拨款', '28849.38', '一、一般公共服务支出', null, '一、基本支出', '17123.19'],
      },
      {
        label: '1.一般公共预算',
        cells: ['1.一般公共预算', '28849.38', '二、外交支出', null, '二、项目支出', '11543.27'],
      },
      {
        label: '2.政府性基金预算',
        cells: ['2.政府性基金预算', null, '三、国防支出', null, '三、单位预留机动经费', '182.92'],
      },
      {
        label: '二、财政专户管理资金',
        cells: ['二、财政专户管理资金', null, '四、公共安全支出', '23513.11', null, null],
      },
      { label: '三、其他资金', cells: ['三、其他资金', null, '五、教育支出', null, null, null] },
      { label: '八、社会保障和就业支出', cells: [null, null, '八、社会保障和就业支出', '2347.13', null, null] },
      { label: '十八、住房保障支出', cells: [null, null, '十八、住房保障支出', '2989.14', null, null] },
      { label: '当年收入小计', cells: ['当年收入小计', '28849.38', '当年支出小计', null, null, spend] },
      { label: '上年结转资金', cells: ['上年结转资金', null, '结转下年资金', null, null, null] },
      { label: '收入合计', kind: 'total', cells: ['收入合计', '28849.38', '支出合计', null, null, spend] },
    ],
  );

const expenditure = (total = '28849.38'): Table =>
  shaped(
    'expenditure',
    [
      amount('total', '合计'),
      amount('basic', '基本支出'),
      amount('project', '项目支出'),
      amount('reserve', '单位预留机动经费'),
      amount('c4', '结转下年资金'),
    ],
    [{ label: '', cells: [total, '17123.19', '11543.27', '182.92', null] }],
  );

const fiscal = (spend = '28849.38'): Table =>
  shaped(
    'fiscal',
    [
      ['income-item', '收入·项目名称', 'text'],
      amount('income', '收入·金额'),
      ['expenditure-item', '支出·支出用途·项目名称', 'text'],
      amount('total', '支出·支出用途·金额'),
    ],
    [
      { label: '一、一般公共预算', cells: ['一、一般公共预算', '28849.38', '一、基本支出', '17123.19'] },
      { label: '二、政府性基金预算', cells: ['二、政府性基金预算', null, '二、项目支出', '11543.27'] },
      { label: '三、单位预留机动经费', cells: [null, null, '三、单位预留机动经费', '182.92'] },
      { label: '收入合计', kind: 'total', cells: ['收入合计', '28849.38', '支出合计', spend] },
    ],
  );

const status = (tables: Table[]) => {
  const results = runChecks(build({ tables }));
  return (id: string) => results.find((r) => r.id === id)?.status;
};

describe('Jiangsu totals as printed', () => {
  it('reads 当年小计 and 合计 across the two sections of the 收支总表', () => {
    const of = status([summary(), expenditure(), fiscal()]);
    expect(of('balance--summary-current')).toBe('pass');
    expect(of('balance--summary-grand')).toBe('pass');
    expect(of('grand-total--summary-expenditure')).toBe('pass');
    // 一、财政拨款 {1.一般公共预算, 2.政府性基金预算}: the sub-items are not counted twice.
    expect(of('income-items--summary')).toBe('pass');
    // 23513.11 + 2347.13 + 2989.14 = 28849.38, printed under 支出用途.
    expect(of('levels--functions--summary--r8--expenditure-total')).toBe('pass');
  });

  it('reads the one row of the 支出预算总表 as its totals', () => {
    const of = status([summary(), expenditure(), fiscal()]);
    expect(of('same-total--expenditure-total')).toBe('pass');
    expect(of('row-sum--expenditure')).not.toBe('fail');
  });

  it('reads a bare 收入合计 / 支出合计 of the 财政拨款收支总表 as the current year', () => {
    const of = status([summary(), expenditure(), fiscal()]);
    expect(of('balance--fiscal-grand')).toBe('pass');
    expect(of('income-items--fiscal')).toBe('pass');
    expect(of('income-items--fiscal-vs-summary')).toBe('pass');
  });

  it('fails when a printed total disagrees', () => {
    expect(status([summary(), expenditure('28800.00'), fiscal()])('same-total--expenditure-total')).toBe('fail');
    expect(status([summary('28800.00'), expenditure(), fiscal()])('balance--summary-grand')).toBe('fail');
    expect(status([summary(), expenditure(), fiscal('28800.00')])('balance--fiscal-grand')).toBe('fail');
  });

  it('does not compare function classes with tables that print none', () => {
    const results = runChecks(build({ tables: [summary(), expenditure(), fiscal()] })).filter(
      (r) => r.check === 'function-items',
    );
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['function-items--expenditure', 'not-applicable'],
      ['function-items--fiscal', 'not-applicable'],
    ]);
  });
});
