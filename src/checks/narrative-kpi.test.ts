import { describe, expect, it } from 'vitest';
import type { Report } from '../schemas';
import { narrativeFiguresCheck } from './narrative';
import type { CheckResult } from './schema';
import { cleanReport } from './test-support/clean';
import { setFigure } from './test-support/mutate';

const kpiResults = (report: Report): CheckResult[] =>
  narrativeFiguresCheck.run(report).filter((r) => r.id.startsWith('narrative--s10--'));
const byId = (results: CheckResult[], id: string): CheckResult | undefined => results.find((r) => r.id === id);

describe('narrative section 十 (绩效管理情况)', () => {
  it('checks every figure and sum of the clean fixture, and each passes', () => {
    const results = kpiResults(cleanReport());
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['narrative--s10--0', 'pass'], // 整体 100.00 = 支出总计
      ['narrative--s10--1', 'pass'], // 共计 50.00 = projects 30.00 + 20.00
      ['narrative--s10--4', 'pass'], // 公开 50.00 = forms 30.00 + 20.00
      ['narrative--s10--5', 'pass'], // 83.33% = 50.00 ÷ 60.00
      ['narrative--s10--categories', 'pass'],
      ['narrative--s10--published-categories', 'pass'],
    ]);
  });

  it('takes the share of 支出总表 项目支出 (with carry-over), not of this year’s projects', () => {
    const share = byId(kpiResults(setFigure(cleanReport(), '十', 5, { value: '100' })), 'narrative--s10--5')!;
    expect(share.status).toBe('fail');
    expect(share.figures.map((f) => f.value)).toEqual(['100', '50.00', '60.00', '83.3333']);
  });

  it('is not applicable without project forms, and a share without its amount', () => {
    const noForms = structuredClone(cleanReport());
    noForms.performance.projects = [];
    expect(byId(kpiResults(noForms), 'narrative--s10--4')?.status).toBe('not-applicable');

    const noAmount = structuredClone(cleanReport());
    noAmount.narrative.find((s) => s.number === '十')!.figures.splice(4, 1);
    const share = kpiResults(noAmount).find((r) => r.title.includes('占项目支出总额'))!;
    expect(share.status).toBe('not-applicable');
    expect(share.reason).toMatch(/找不到公开项目绩效目标/);
  });

  it('states no category sum when the section lists no categories (001)', () => {
    const only = structuredClone(cleanReport());
    const ten = only.narrative.find((s) => s.number === '十')!;
    ten.figures = ten.figures.filter((f) => f.claim === 'kpi-projects-amount');
    expect(kpiResults(only).map((r) => r.id)).toEqual(['narrative--s10--0']);
  });
});
