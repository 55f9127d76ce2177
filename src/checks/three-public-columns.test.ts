import { describe, expect, it } from 'vitest';
import type { Table } from '../schemas';
import { threePublicFacts } from '../charts/data/three-public';
import { mainFigures } from '../lib/main-figures';
import { runChecks } from './registry';
import { build, table } from './test-support/build';

/**
 * “三公” tables that print the items as columns, keyed by the vocabulary (three-public,
 * abroad, vehicles, vehicle-purchase, vehicle-operation, reception): the checks add the
 * item columns of the row of figures, the chart and the main figures read them. Figures as
 * printed on the pages (2017 江苏省高级人民法院 表十一; 2026 普陀区司法局 表9, 万元).
 */

type Col = [key: string, path: string[]];

function byColumns(columns: Col[], cells: (string | null)[]): Table {
  const t = table('three-public', [{ label: '' }]);
  return {
    ...t,
    columns: columns.map(([key, path]) => ({ key, path, kind: 'amount' as const })),
    rows: t.rows.map((row) => ({ ...row, cells })),
  };
}

const JIANGSU: Col[] = [
  ['total', ['合计']],
  ['three-public', ['“三公”经费', '小计']],
  ['abroad', ['“三公”经费', '因公出国（境）费']],
  ['vehicles', ['“三公”经费', '公务用车购置及运行维护费', '小计']],
  ['vehicle-purchase', ['“三公”经费', '公务用车购置及运行维护费', '公务用车购置费']],
  ['vehicle-operation', ['“三公”经费', '公务用车购置及运行维护费', '公务用车运行维护费']],
  ['reception', ['“三公”经费', '公务接待费']],
  ['meeting', ['会议费']],
  ['training', ['培训费']],
];
const jiangsu = byColumns(JIANGSU, [
  '2599.37',
  '670.12',
  '180.00',
  '304.40',
  null,
  '304.40',
  '185.72',
  '228.00',
  '1701.25',
]);

const SHANGHAI: Col[] = [
  ['total', ['“三公”经费预算数', '合计']],
  ['abroad', ['“三公”经费预算数', '因公出国(境)费']],
  ['reception', ['“三公”经费预算数', '公务接待费']],
  ['vehicles', ['“三公”经费预算数', '公务用车购置及运行费', '小计']],
  ['vehicle-purchase', ['“三公”经费预算数', '公务用车购置及运行费', '购置费']],
  ['vehicle-operation', ['“三公”经费预算数', '公务用车购置及运行费', '运行费']],
  ['admin-operation', ['机关运行经费预算数']],
];
const shanghai = byColumns(SHANGHAI, ['10.81', '0', '0.83', '9.98', '0', '9.98', '217.83']);

const results = (t: Table, check: string) => runChecks(build({ tables: [t] })).filter((r) => r.check === check);

describe('“三公” items printed as columns', () => {
  it('adds 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费 to the 三公 sum, not to the wider 合计', () => {
    for (const t of [jiangsu, shanghai]) {
      const r = results(t, 'three-public-total');
      expect(r.map((x) => x.status)).toEqual(['pass']);
    }
  });

  it('adds 购置费 + 运行费 to 公务用车购置及运行费', () => {
    expect(results(shanghai, 'three-public-vehicles').map((x) => x.status)).toEqual(['pass']);
  });

  it('fails when an item column does not add up', () => {
    const wrong = byColumns(SHANGHAI, ['10.81', '1', '0.83', '9.98', '0', '9.98', '217.83']);
    expect(results(wrong, 'three-public-total').map((x) => x.status)).toEqual(['fail']);
  });

  it('says not applicable when every item column is blank', () => {
    const blank = byColumns(SHANGHAI, [null, null, null, null, null, null, '213.28']);
    const r = results(blank, 'three-public-total');
    expect(r.map((x) => x.status)).toEqual(['not-applicable']);
    expect(r[0]!.reason).toMatch(/空白/);
  });

  it('charts each item from its column and the 三公 sum as the total', () => {
    const facts = threePublicFacts(build({ tables: [jiangsu] }))!;
    expect(facts.items.map((i) => [i.name, i.current])).toEqual([
      ['因公出国（境）费', '180.00'],
      ['公务接待费', '185.72'],
      ['公务用车购置费', null],
      ['公务用车运行维护费', '304.40'],
    ]);
    expect(facts.total?.current).toBe('670.12');
  });

  it('gives the main figures from the item columns', () => {
    const f = mainFigures(build({ tables: [shanghai] })).figures;
    expect([f['three-public'], f.abroad, f.vehicles, f.reception].map((x) => x?.value)).toEqual([
      '10.81',
      '0',
      '9.98',
      '0.83',
    ]);
  });
});
