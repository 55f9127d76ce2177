import { describe, expect, it } from 'vitest';
import type { Report } from '../schemas';
import { runChecks } from './registry';
import { smallNumber } from './text-scan';
import { CLEAN_OVERVIEW, cleanReport } from './test-support/clean';
import { withText } from './test-support/failing';
import { setForm } from './test-support/mutate';

/** Rounding and not-applicable outcomes of the text and one-year checks (pass and fail: registry.test.ts). */

const of = (report: Report, check: string) => runChecks(report).filter((r) => r.check === check);

describe('text checks', () => {
  it('reads small Chinese counts', () => {
    expect([
      smallNumber('三'),
      smallNumber('十二'),
      smallNumber('二十'),
      smallNumber('150'),
      smallNumber('万'),
    ]).toEqual([3, 12, 20, 150, null]);
  });

  it('grades a spelled-out computation by the digits of the printed total', () => {
    // 2期 × 50人 × 3天 × 101元 = 30300元 = 3.03万元; "3万元" stands for 2.5 … 3.5万元
    const r = of(
      setForm(cleanReport(), 'xmj', (f) => (f.overview = CLEAN_OVERVIEW.replace('100元', '101元'))),
      'text-product',
    );
    expect(r.map((x) => x.status)).toEqual(['rounding']);
    expect(r[0]!.tolerance).toBe('0.50');
  });

  it('adds several quantity × price terms (15份 × 432元 + 15套 × 240元 = 10080元)', () => {
    const text = '订阅报纸15份，每份432元，杂志15套，每套240元，共计10080元。';
    expect(
      of(
        setForm(cleanReport(), 'xmj', (f) => (f.overview = text)),
        'text-product',
      ).map((x) => x.status),
    ).toEqual(['pass']);
  });

  it('cites the line each figure is printed on', () => {
    const report = cleanReport();
    const r = of(report, 'text-count').find((x) => x.id.endsWith('--parts'))!;
    const section = report.narrative.find((s) => s.number === '十')!;
    const [[, first], [, second]] = section.paragraphs[0]!.starts as [[number, number], [number, number]];
    // the total is in the first half of the paragraph, 特定目标类 in the second
    expect(r.figures[0]!.line).toBe(first);
    expect(r.figures.at(-2)!.line).toBe(second);
  });

  it('is not applicable where the text states nothing of the kind', () => {
    const bare = structuredClone(cleanReport());
    for (const s of bare.narrative) s.paragraphs = s.paragraphs.map((p) => ({ ...p, text: '无。' }));
    for (const f of bare.performance.projects) f.overview = null;
    bare.source.title = '报告';
    bare.narrative = bare.narrative.map((s) => ({ ...s, title: '说明' }));
    for (const check of ['text-product', 'text-count'])
      expect(of(bare, check).map((r) => r.status)).toEqual(['not-applicable']);
    expect(of(bare, 'text-defect').map((r) => r.status)).toEqual(['not-applicable']);
    const noCodes = structuredClone(bare);
    noCodes.tables = [];
    expect(of(noCodes, 'code-name').map((r) => r.status)).toEqual(['not-applicable']);
  });

  it('does not compare the columns of a project that runs for more than a year', () => {
    expect(of(cleanReport(), 'kpi-one-year').find((r) => r.id === 'kpi-one-year--xmy')?.status).toBe('not-applicable');
  });
});

describe('figures inside free text', () => {
  it('counts a 其中 list that stops short of its total as rounding when the printed digits allow it', () => {
    // 206 printed without decimals stands for 205.5 … 206.5 (004 section 三: 18.37 + 187.62 = 205.99)
    const r = of(
      withText(cleanReport(), '支出预算206万元，其中：基本支出18.37万元，项目支出187.62万元。', '三'),
      'text-total',
    );
    expect(r.map((x) => [x.status, x.tolerance])).toEqual([['rounding', '0.51']]);
  });

  it('grades a change by the range its rounded amounts allow', () => {
    // 1.0 ÷ (5.0 + 1.0) = 16.67%, but 0.95 … 1.05 ÷ 5.9 … 6.1 allows 15.57 … 17.80%: 17.5 is rounding
    const r = of(withText(cleanReport(), '“三公”经费预算5.0万元，比上年减少1.0万元，下降17.5%。', '七'), 'text-change');
    expect(r.map((x) => x.status)).toEqual(['rounding']);
  });

  it('recomputes a change against last year’s figure when the sentence quotes it', () => {
    const text = '“三公”经费预算5.00万元，比上年减少1.00万元，下降16.67%，上年预算数为6.00万元。';
    expect(of(withText(cleanReport(), text, '七'), 'text-change').map((x) => x.status)).toEqual(['pass', 'pass']);
  });

  it('is not applicable without totals, changes or repeated items', () => {
    const bare = structuredClone(cleanReport());
    for (const s of bare.narrative) {
      s.paragraphs = s.paragraphs.map((p) => ({ ...p, text: '无。' }));
      s.figures = s.figures.filter((f) => f.claim !== 'gp-current');
    }
    for (const check of ['text-total', 'text-change', 'text-repeat'])
      expect(of(bare, check).map((r) => r.status)).toEqual(['not-applicable']);
  });
});
