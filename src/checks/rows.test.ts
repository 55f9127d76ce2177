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
