import { describe, expect, it } from 'vitest';
import type { Table } from '../schemas';
import { runChecks } from './registry';
import { headerArithmetic } from './rows';
import { build, table } from './test-support/build';
import { amount, CODE_NAME, shaped, type Col } from './test-support/shaped';

/** A table of no standard layout: its header says what adds up. */
function generic(cells: (string | null)[]): Table {
  const t = table('fund-income', [{ label: '合计', kind: 'total' }]);
  return {
    ...t,
    columns: [
      { key: 'c0', path: ['项目'], kind: 'text' },
      { key: 'c1', path: ['合计'], kind: 'amount' },
      { key: 'c2', path: ['财政拨款', '小计'], kind: 'amount' },
      { key: 'c3', path: ['财政拨款', '一般公共预算'], kind: 'amount' },
      { key: 'c4', path: ['财政拨款', '政府性基金'], kind: 'amount' },
      { key: 'c5', path: ['单位资金'], kind: 'amount' },
    ],
    rows: [{ ...t.rows[0]!, cells: ['合计', ...cells] }],
  };
}

const rowSumsOf = (t: Table) => runChecks(build({ tables: [t] })).filter((r) => r.check === 'row-sum');

describe('row sums read from the printed header', () => {
  it('finds 合计 = 小计 of a group + the columns beside it, and 小计 = its columns', () => {
    expect(headerArithmetic(generic([null, null, null, null, null]))).toEqual([
      { total: 'c1', parts: ['c2', 'c5'] },
      { total: 'c2', parts: ['c3', 'c4'] },
    ]);
  });

  it('passes, rounds, fails and is not applicable by the printed figures', () => {
    expect(rowSumsOf(generic(['10.00', '8.00', '5.00', '3.00', '2.00'])).map((r) => r.status)).toEqual([
      'pass',
      'pass',
    ]);
    expect(rowSumsOf(generic(['10.01', '8.00', '5.00', '3.00', '2.00'])).map((r) => r.status)).toEqual([
      'rounding',
      'pass',
    ]);
    expect(rowSumsOf(generic(['10.00', '8.00', '5.00', '2.00', '2.00'])).map((r) => r.status)).toEqual([
      'pass',
      'fail',
    ]);
    expect(rowSumsOf(generic([null, null, null, null, null])).map((r) => r.status)).toEqual([
      'not-applicable',
      'not-applicable',
    ]);
  });
});

/** A standard-key table with hand-written columns and one row (行政运行) of cells. */
const oneRow = (key: Table['key'], columns: Col[], cells: (string | null)[]): Table =>
  shaped(key, columns, [{ code: '2010301', label: '行政运行', cells }]);

describe('row sums only over the columns the vocabulary knows as parts', () => {
  it('is not applicable when the table prints only its total (Jiangsu 一般公共预算支出表: 科目, 金额)', () => {
    const t = oneRow(
      'general',
      [['c0', '功能科目代码', 'code'], ['name', '功能科目名称', 'text'], amount('total', '金额')],
      ['2010301', '行政运行', '11786.92'],
    );
    const r = rowSumsOf(t);
    expect(r.map((x) => x.status)).toEqual(['not-applicable']);
    expect(r[0]!.reason).toMatch(/只印合计一栏/);
  });

  it('is not applicable when unrecognised amount columns (c<n>) could be parts', () => {
    const t = oneRow(
      'basic-economic',
      [
        ...CODE_NAME,
        amount('total', '合计'),
        amount('personnel', '人员经费'),
        amount('public', '公用经费'),
        amount('c5', '第6列'),
      ],
      ['30101', '基本工资', '100.00', '60.00', null, '40.00'],
    );
    const r = rowSumsOf(t);
    expect(r.map((x) => x.status)).toEqual(['not-applicable']);
    expect(r[0]!.reason).toMatch(/未能识别的金额栏（第6列）/);
  });

  it('is not applicable when the total column is not read', () => {
    const t = oneRow(
      'expenditure',
      [CODE_NAME[1]!, amount('basic', '基本支出'), amount('project', '项目支出')],
      ['行政运行', '10.00', '5.00'],
    );
    expect(rowSumsOf(t).map((x) => x.status)).toEqual(['not-applicable']);
  });

  it('counts 单位预留机动经费 (reserve) as a part of 合计, and still fails a wrong sum', () => {
    const cols: Col[] = [
      CODE_NAME[1]!,
      amount('total', '合计'),
      amount('basic', '基本支出'),
      amount('project', '项目支出'),
      amount('reserve', '单位预留机动经费'),
    ];
    const status = (cells: string[]) => rowSumsOf(oneRow('expenditure', cols, ['行政运行', ...cells]))[0]!.status;
    expect([status(['18.00', '10.00', '5.00', '3.00']), status(['19.00', '10.00', '5.00', '3.00'])]).toEqual([
      'pass',
      'fail',
    ]);
  });
});
