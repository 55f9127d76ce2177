/**
 * Failing fixtures of the final-accounts checks: mutations of the clean final accounts of
 * the fixture department (tests/fixtures/final-accounts), as in ./failing.ts for budgets.
 */
import type { Report } from '../../schemas';
import { cellChange, type FailingFixture } from './failing';

/** A copy of the report with one sentence of its narrative replaced. */
export function withSentence(report: Report, from: string, to: string): Report {
  const next = structuredClone(report);
  const p = next.narrative.flatMap((s) => s.paragraphs).find((x) => x.text.includes(from));
  if (!p) throw new Error(`no paragraph with ${from}`);
  p.text = p.text.replace(from, to);
  return next;
}

export const FAILING_FINAL: Record<string, FailingFixture[]> = {
  'fa-balance': [
    cellChange(
      '年末结转和结余改变而总计未变',
      ['fa-summary', 'r7', 'expenditure-actual', '6.00'],
      'fa-balance--expenditure',
    ),
  ],
  'fa-tables': [
    cellChange('收入决算表合计与总表不同', ['fa-income', 'total', 'total', '300.00'], 'fa-tables--income'),
    cellChange('公用经费合计改变', ['fa-basic', 'total', 'public-actual', '10.50'], 'fa-tables--basic'),
  ],
  'fa-rows': [
    cellChange(
      '收入决算表合计行不等于各栏之和',
      ['fa-income', 'total', 'total', '300.00'],
      'fa-rows--fa-income--total',
    ),
  ],
  'fa-three-public': [
    cellChange(
      '公务接待费决算数改变',
      ['fa-three-public', 'total', 'reception-actual', '1.45'],
      'fa-three-public--total-actual',
    ),
  ],
  'fa-narrative': [
    {
      what: '完成率与决算数÷年初预算数不符',
      mutate: (r) => withSentence(r, '完成年初预算的98.69%', '完成年初预算的96.69%'),
      fails: 'fa-narrative--rate-1',
    },
    {
      what: '增长比例与增减额÷上年数不符',
      mutate: (r) => withSentence(r, '增长3.30%', '增长3.40%'),
      fails: 'fa-narrative--change-0',
    },
  ],
};
