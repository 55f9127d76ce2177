import { describe, expect, it } from 'vitest';
import { buildFixture, fixturePair } from '../../tests/fixtures/final-accounts/build';
import { budgetActualPairs, budgetVsActual } from './budget-vs-actual';

const { budget, final } = fixturePair();
const cmp = budgetVsActual(budget, final);
const row = (key: string) => [...cmp.classes, ...cmp.threePublic].find((r) => r.key === key)!;

describe('budget vs actual (fixture pair, figures read from its sources)', () => {
  it('pairs the 2024 budget with the 2024 final accounts only', () => {
    const pairs = budgetActualPairs(buildFixture().reports);
    expect(pairs.map((p) => `${p.budget.year}/${p.final.year}`)).toEqual(['2024/2024']);
  });

  it('puts the budget document’s figure beside the final accounts’ own 年初预算数 and explains the difference', () => {
    const total = row('total');
    expect([total.budget?.value, total.initial?.value, total.full?.value, total.actual?.value]).toEqual([
      '314.58',
      '316.81',
      '321.02',
      '307.82',
    ]);
    expect(total.rate).toBe('97.85'); // 307.82 ÷ 314.58
    expect(total.rateInitial).toBe('97.16'); // 307.82 ÷ 316.81, as the text says
    expect(total.difference).toBe('-6.76');
    expect(total.notes.join('')).toContain('相差2.23万元');
    expect(total.notes.join('')).toContain('全年预算数321.02万元比年初预算数多4.21万元');
    expect(total.reason).toBe('人员经费支出数小于预算数');
  });

  it('lists a class the budget did not have, with the reason in words', () => {
    const health = row('210');
    expect([health.budget, health.actual?.value, health.rate]).toEqual([null, '2.71', null]);
    expect(health.notes[0]).toContain('没有列出这一项');
    expect(row('2101101').initial?.value).toBe('2.23');
  });

  it('compares each 三公 item: budget document, the 决算 table’s 预算数, 决算数', () => {
    const r = row('three-public-reception');
    expect([r.budget?.value, r.initial?.value, r.actual?.value, r.rate, r.difference]).toEqual([
      '1.50',
      '1.50',
      '1.35',
      '90.00',
      '-0.15',
    ]);
    expect(row('three-public-total').reason).toBe('厉行节约');
  });
});
