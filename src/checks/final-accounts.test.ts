import { describe, expect, it } from 'vitest';
import { fixturePair } from '../../tests/fixtures/final-accounts/build';
import type { Report } from '../schemas';
import { FINAL_TABLE_CHECKS } from './final-accounts';
import { FINAL_NARRATIVE_CHECKS } from './final-narrative';
import { runChecks } from './registry';
import type { CheckResult } from './schema';
import { withSentence as replaceSentence } from './test-support/failing-final';
import { setCell } from './test-support/mutate';

const FINAL_CHECKS = [...FINAL_TABLE_CHECKS, ...FINAL_NARRATIVE_CHECKS];
const { budget, final } = fixturePair();
const run = (r: Report): CheckResult[] => runChecks(r, FINAL_CHECKS);
const byId = (results: CheckResult[], id: string): CheckResult => {
  const r = results.find((x) => x.id === id);
  if (!r) throw new Error(`no result ${id}: ${results.map((x) => x.id).join(', ')}`);
  return r;
};

const withSentence = (from: string, to: string): Report => replaceSentence(final, from, to);

describe('final-accounts checks on the clean fixture', () => {
  const results = run(final);

  it('finds no fail and no rounding difference', () => {
    expect(results.filter((r) => r.status === 'fail' || r.status === 'rounding')).toEqual([]);
  });

  it('checks the balance, the tables against each other, 三公 and every quoted rate', () => {
    const passed = (prefix: string) => results.filter((r) => r.id.startsWith(prefix) && r.status === 'pass').length;
    expect(passed('fa-balance--')).toBe(3);
    expect(passed('fa-tables--class--')).toBe(4);
    expect(passed('fa-three-public--text-')).toBe(5);
    // 5 completion rates in 第五部分 and 3 in the 三公 section, 2 changes.
    expect(passed('fa-narrative--rate-')).toBe(7);
    expect(passed('fa-narrative--change-')).toBe(2);
  });

  it('does not run on budgets', () => {
    expect(run(budget)).toEqual([]);
  });
});

// The failing fixtures of each check are in test-support/failing-final.ts (run by registry.test.ts).
describe('final-accounts checks on failing fixtures', () => {
  it('fails 三公 when an item no longer adds up and the text quotes another 决算数', () => {
    const r = run(setCell(final, 'fa-three-public', 'total', 'reception-actual', '1.45'));
    expect(byId(r, 'fa-three-public--total-actual').status).toBe('fail');
    expect(r.filter((x) => x.id.startsWith('fa-three-public--text-') && x.status === 'fail')).toHaveLength(1);
  });

  it('fails a rate “of the 年初预算” when the 年初预算 is 0 and the rate is of the 全年预算 (real 2024 wording)', () => {
    // As printed in the 2024 final accounts of 中共上海市普陀区委社会工作部 (第三部分 五（三）).
    const r = run(
      withSentence(
        '一般公共预算财政拨款支出年初预算为316.81万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的97.16%。',
        '一般公共预算财政拨款支出年初预算为 0 万元，全年预算为\n321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%。',
      ),
    );
    const result = byId(r, 'fa-narrative--rate-0');
    expect(result.status).toBe('fail');
    expect(result.message).toContain('95.89%是决算数÷全年预算数');
  });
});
