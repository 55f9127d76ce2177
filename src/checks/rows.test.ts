import { describe, expect, it } from 'vitest';
import type { Table } from '../schemas';
import { runChecks } from './registry';
import { headerArithmetic } from './rows';
import { build, table } from './test-support/build';

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

/** A standard-key table with hand-written columns and one row of cells. */
function shaped(
  key: Table['key'],
  columns: [string, string, Table['columns'][number]['kind']][],
  cells: (string | null)[],
): Table {
  const t = table(key, [{ code: '2010301', label: '行政运行' }]);
  return {
    ...t,
    columns: columns.map(([k, header, kind]) => ({ key: k, path: [header], kind })),
    rows: [{ ...t.rows[0]!, cells }],
  };
}

describe('row sums only over the columns the vocabulary knows as parts', () => {
  it('is not applicable when the table prints only its total (Jiangsu 一般公共预算支出表: 科目, 金额)', () => {
    const t = shaped(
      'general',
      [
        ['c0', '功能科目代码', 'code'],
        ['name', '功能科目名称', 'text'],
        ['total', '金额', 'amount'],
      ],
      ['2010301', '行政运行', '11786.92'],
    );
    const r = rowSumsOf(t);
    expect(r.map((x) => x.status)).toEqual(['not-applicable']);
    expect(r[0]!.reason).toMatch(/只印合计一栏/);
  });

  it('is not applicable when unrecognised amount columns (c<n>) could be parts', () => {
    const t = shaped(
      'basic-economic',
      [
        ['code', '科目编码', 'code'],
        ['name', '科目名称', 'text'],
        ['total', '合计', 'amount'],
        ['personnel', '人员经费', 'amount'],
        ['public', '公用经费', 'amount'],
        ['c5', '第6列', 'amount'],
      ],
      ['30101', '基本工资', '100.00', '60.00', null, '40.00'],
    );
    const r = rowSumsOf(t);
    expect(r.map((x) => x.status)).toEqual(['not-applicable']);
    expect(r[0]!.reason).toMatch(/未能识别的金额栏（第6列）/);
  });

  it('is not applicable when the total column is not read', () => {
    const t = shaped(
      'expenditure',
      [
        ['name', '科目名称', 'text'],
        ['basic', '基本支出', 'amount'],
        ['project', '项目支出', 'amount'],
      ],
      ['行政运行', '10.00', '5.00'],
    );
    expect(rowSumsOf(t).map((x) => x.status)).toEqual(['not-applicable']);
  });

  it('counts 单位预留机动经费 (reserve) as a part of 合计, and still fails a wrong sum', () => {
    const cols: [string, string, Table['columns'][number]['kind']][] = [
      ['name', '科目名称', 'text'],
      ['total', '合计', 'amount'],
      ['basic', '基本支出', 'amount'],
      ['project', '项目支出', 'amount'],
      ['reserve', '单位预留机动经费', 'amount'],
    ];
    expect(rowSumsOf(shaped('expenditure', cols, ['行政运行', '18.00', '10.00', '5.00', '3.00']))[0]!.status).toBe(
      'pass',
    );
    expect(rowSumsOf(shaped('expenditure', cols, ['行政运行', '19.00', '10.00', '5.00', '3.00']))[0]!.status).toBe(
      'fail',
    );
  });
});
