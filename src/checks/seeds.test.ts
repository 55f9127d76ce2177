/**
 * Golden results on the committed seed documents, imported in memory (from the seeds' content
 * tree, tests/support/seed-content.ts). Every failing and rounding result below was verified
 * against the source text (line numbers in comments).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importAll, root, useContentDir } from '../../scripts/lib/sources';
import { seedContentDir } from '../../tests/support/seed-content';
import type { Report } from '../schemas';
import { loadReports } from './load';
import { runChecks, summarize } from './registry';
import { CheckResult } from './schema';

let results: Map<string, CheckResult[]>;
beforeAll(async () => {
  useContentDir(seedContentDir());
  const { set } = await importAll();
  results = new Map(set.reports.map((r: Report) => [`${r.region}/${r.department.slug}/${r.year}`, runChecks(r)]));
  // Importing every seed document takes longer than the default 10 s on a shared, loaded machine.
}, 120_000);

describe('every committed report', () => {
  it('runs every check to schema-valid results with unique ids', () => {
    const { reports, errors } = loadReports(`${root}/content`);
    expect(errors).toEqual([]);
    for (const { path, report } of reports) {
      const list = runChecks(report);
      for (const r of list) CheckResult.parse(r);
      expect([path, new Set(list.map((r) => r.id)).size]).toEqual([path, list.length]);
    }
  });
});

const of = (report: string): CheckResult[] => results.get(report) ?? [];
const byId = (report: string, id: string): CheckResult => {
  const hit = of(report).find((r) => r.id === id);
  if (!hit) throw new Error(`${report}: no result ${id}`);
  return hit;
};
const ids = (report: string, status: CheckResult['status']): string[] =>
  of(report)
    .filter((r) => r.status === status)
    .map((r) => r.id)
    .sort();

const JINCHENG = 'jincheng/jingji-anjian/2024'; // 003
const CHANYE = 'jinzhong/chanye-guihua/2024'; // 000 (+ 产业扶持资金 from 002)
const XINCAILIAO = 'zonggai/xincailiao/2023'; // 001
const SHENPI = 'jinzhong/xingzheng-shenpi/2024'; // 004

describe('seed documents', () => {
  it('every result is schema-valid and ids are unique per report', () => {
    expect(results.size).toBe(10);
    for (const [, list] of results) {
      for (const r of list) CheckResult.parse(r);
      expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
    }
  });

  describe('003 晋城经济发展与安全监管部', () => {
    it('finds the 0.01 between the 类 rows and 合计 of 支出总表 (lines 156–190), as rounding', () => {
      const total = byId(JINCHENG, 'levels--total--expenditure--total--total');
      expect(total.status).toBe('rounding');
      expect(total.difference).toBe('0.01');
      expect(total.figures[0]!.value).toBe('2283.49');
      expect(total.figures.at(-1)!.value).toBe('2283.48');
    });

    it('finds basic expenditure 412.03 against Σ 412.02, as rounding', () => {
      const basic = byId(JINCHENG, 'levels--total--expenditure--total--basic');
      expect(basic.status).toBe('rounding');
      expect([basic.figures[0]!.value, basic.figures.at(-1)!.value]).toEqual(['412.03', '412.02']);
      // 经济科目表 line 291: 412.03 = 375.13 + 36.89 = 412.02
      expect(byId(JINCHENG, 'row-sum--basic-economic--total').status).toBe('rounding');
      expect(byId(JINCHENG, 'basic-split').status).toBe('rounding');
    });

    it('has exactly these rounding differences', () => {
      expect(ids(JINCHENG, 'rounding')).toEqual(
        [
          'basic-split',
          'levels--functions--fiscal--total--general',
          'levels--functions--fiscal--total--total',
          'levels--functions--summary--total--expenditure-current',
          'levels--functions--summary--total--expenditure-total',
          'levels--total--basic-economic--total--total',
          'levels--total--expenditure--total--basic',
          'levels--total--expenditure--total--total',
          'levels--total--general--total--basic',
          'levels--total--general--total--total',
          'levels--total--income--total--general',
          'levels--total--income--total--total',
          'narrative--s6--split',
          'row-sum--basic-economic--total',
        ].sort(),
      );
    });

    it('fails only the KPI forms that contradict themselves', () => {
      expect(ids(JINCHENG, 'fail')).toEqual(
        [
          'kpi-period--aqscgzjf', // line 661: 1年 project, 1,100,000 vs 1,000,000
          'kpi-department--2023ndllszxfq', // line 872: 608 for department 606
          'text-product--1', // line 667: 2期 × 150人 × 3天 × 200元 = 18万元, printed 共计8万元
        ].sort(),
      );
      // 15份 × 432元 + 15套 × 240元 = 10080元, as printed (line 667, item 9)
      expect(
        of(JINCHENG)
          .filter((r) => r.check === 'text-product')
          .map((r) => r.status),
      ).toEqual(['fail', 'pass']);
      const period = byId(JINCHENG, 'kpi-period--aqscgzjf');
      // each amount cites its own line (661), not the form's first line (658)
      expect(period.figures.map((f) => f.line)).toEqual([661, 661]);
    });

    it('notes, without failing, cost caps that cover only some uses of the funds (lines 667, 684–688)', () => {
      // 培训费 18 + 安全月宣讲 10 + 会议 6 + 体检 30 + 专家 7 = ≤71万元 for 1,000,000元; the 项目概况
      // lists more uses (宣传, 视频会议专线, 应急装备 …), so funds above the caps contradict nothing.
      const cost = byId(JINCHENG, 'kpi-cost--aqscgzjf');
      expect(cost.status).toBe('note');
      expect(cost.reason).toMatch(/全部用途/);
      expect(cost.figures.filter((f) => f.role === 'part').map((f) => f.line)).toEqual([684, 685, 686, 687, 688]);
    });

    it('recomputes every share and change of the narrative without a fail (lines 431–468)', () => {
      const narrative = of(JINCHENG).filter((r) => r.check === 'narrative');
      expect(narrative.filter((r) => r.status === 'fail')).toEqual([]);
      expect(byId(JINCHENG, 'narrative--s1--4').status).toBe('pass'); // 6.76 ÷ 2290.25 = 0.30%
      expect(byId(JINCHENG, 'narrative--s5--2').status).toBe('pass'); // 721.46 ÷ 1457.03 = 49.52%
    });

    it('checks 绩效管理情况 (lines 486–490) without a fail', () => {
      // 整体绩效目标 2283.49 = 收支总表 支出总计 2283.49 (line 101)
      expect(byId(JINCHENG, 'narrative--s10--0').status).toBe('pass');
      // 443.72 + 1,322.74 = 1,766.46, in both lists
      expect(byId(JINCHENG, 'narrative--s10--categories').status).toBe('pass');
      expect(byId(JINCHENG, 'narrative--s10--published-categories').status).toBe('pass');
      // 19 forms, annual funds 637,200 + 1,300,000 + … + 619,000 元 = 17,664,600 元 (lines 554–1156)
      const forms = byId(JINCHENG, 'narrative--s10--4');
      expect(forms.status).toBe('pass');
      expect(forms.figures.filter((f) => f.role === 'part')).toHaveLength(19);
      // 94.39% = 1,766.46 ÷ 1871.46, the project column of 支出总表 with carry-over (line 156)
      const share = byId(JINCHENG, 'narrative--s10--5');
      expect(share.status).toBe('pass');
      expect(share.message).toMatch(/1766\.46÷1871\.46/);
    });

    it('matches KPI forms to projects despite OCR slips (会员/会展, 人统/入统, 外贸/外经贸)', () => {
      for (const slug of ['gjjhyfw', '2024nzywmzjtsgjh', '2024nsjswsyfzzxz'])
        expect(byId(JINCHENG, `kpi-funds--${slug}`).status).toBe('pass');
    });
  });

  describe('000 晋中产业规划与创新发展部', () => {
    it('the overall form total 15432.54 includes 15000 of 产业扶持资金 absent from the tables', () => {
      const total = byId(CHANYE, 'kpi-overall--vs-summary');
      expect(total.status).toBe('fail');
      expect(total.difference).toBe('15000.00');
      expect(total.message).toMatch(/产业扶持资金/);
      expect(byId(CHANYE, 'kpi-overall--vs-basic').status).toBe('pass');
      expect(byId(CHANYE, 'kpi-overall--sources').status).toBe('pass');
      expect(byId(CHANYE, 'kpi-funds--cyfczj').status).toBe('fail');
    });

    it('knows which base each change speaks of: 96.55% of 收入总计, 92.18% of 当年支出', () => {
      const total = byId(CHANYE, 'narrative--s1--4'); // line 330
      expect(total.status).toBe('pass');
      expect(total.message).toMatch(/12530\.50/);
      const general = byId(CHANYE, 'narrative--s5--2'); // line 360
      expect(general.status).toBe('pass');
      expect(general.message).toMatch(/5530\.50/);
    });

    it('绩效管理情况 agrees with the forms, not with the tables (line 415)', () => {
      // 55.00 + 15,360.00 = 15,415.00 in both lists
      expect(byId(CHANYE, 'narrative--s10--categories').status).toBe('pass');
      expect(byId(CHANYE, 'narrative--s10--published-categories').status).toBe('pass');
      // 9 forms: 15000万元 (line 457) + 165,000 + 250,000 + 80,000 + 55,000 元 + 20 + 50 + 90 + 200 万元
      expect(byId(CHANYE, 'narrative--s10--3').status).toBe('pass');
      expect(byId(CHANYE, 'narrative--s10--4').difference).toBe('-3614.4578'); // 100 − 3714.4578
      // 整体绩效目标 says only 详见附件 (line 411): no figure to check
      expect(of(CHANYE).filter((r) => r.title.includes('整体绩效目标涉及资金'))).toEqual([]);
    });

    it('notes a cost below the funds and a blank 实施期资金总额', () => {
      expect(ids(CHANYE, 'note')).toEqual([
        'kpi-cost--djjjgwhjsf', // line 617: 年度经费 47000元 with funds of 55,000元: not every use need be costed
        'kpi-required--wzwmgzjf', // 外资外贸工作经费 prints no 实施期资金总额
      ]);
    });

    it('has exactly these fails and no rounding difference', () => {
      expect(ids(CHANYE, 'rounding')).toEqual([]);
      expect(ids(CHANYE, 'fail')).toEqual(
        [
          'narrative--s10--0', // line 415: 15,415.00 vs project table 415.00
          'text-count--s10--1--table', // line 415: 二级项目9个, the project table lists 8 (lines 302–309)
          'narrative--s10--4', // line 415: 100% of 项目支出, but 15,415.00 ÷ 415.00 (支出总表 line 130)
          'kpi-funds--cyfczj', // 产业扶持资金 15000万元 has no row in the project table
          'kpi-cost--xmpsf', // line 581: a cost of 100000元 with funds of 80,000元
          'kpi-period--cyfczj', // line 457: implementation 0 vs annual 15000万元
          'kpi-period--glghbzf', // line 661
          'kpi-period--zsyzzxjf', // line 693
          'kpi-period--wtzsyyfwf', // line 723
          'kpi-overall--vs-summary',
          'kpi-overall--vs-fiscal-general',
          'kpi-overall--vs-project',
        ].sort(),
      );
    });
  });

  describe('001 新材料产业招商服务中心', () => {
    it('adds up everywhere', () => {
      const s = summarize(of(XINCAILIAO));
      expect(s.fail).toBe(0);
      expect(s.rounding).toBe(0);
      // lines 122, 141, 205: 20604 printed as 技术与开发, 技术与研究与开发 and 技术与研究开发
      expect(ids(XINCAILIAO, 'note')).toEqual(['code-name--20604']);
      expect(byId(XINCAILIAO, 'narrative--s1--4').status).toBe('pass'); // 13992.10 ÷ 109.77 = 12746.74%
      // line 394: 实行绩效管理的项目5个 14094.30 = 0.20 + 81.00 + 1.10 + 14000.00 + 12.00 (lines 311–315)
      expect(byId(XINCAILIAO, 'narrative--s10--0').status).toBe('pass');
    });
  });

  describe('004 行政审批局', () => {
    it('grades 共计 187.66 against the project table’s 187.62 as a fail explained by one form (lines 422, 332, 482)', () => {
      const r = byId(SHENPI, 'narrative--s10--1');
      expect(r.status).toBe('fail');
      expect(r.difference).toBe('0.04');
      expect(r.message).toMatch(/安全等级保护费/);
      expect(r.figures.filter((f) => f.role === 'reference').map((f) => [f.value, f.line])).toEqual([['18.80', 482]]);
    });

    it('notes a cost indicator below the funds and a misnamed 类 (lines 601, 381)', () => {
      // line 601: 成本 100000元 for funds of 116040元; line 381: “一般公共预算服务支出” for 201 一般公共服务支出
      expect(ids(SHENPI, 'note')).toEqual(['code-name--text--201', 'kpi-cost--hlwywf']);
    });

    it('finds 206.00 against 18.37 + 187.62 = 205.99 as rounding', () => {
      const r = byId(SHENPI, 'row-sum--expenditure--total');
      expect(r.status).toBe('rounding');
      expect(r.difference).toBe('0.01');
    });

    it('accepts the misspelt 一般公共预算服务支出 as 201 一般公共服务支出 (line 381)', () => {
      expect(byId(SHENPI, 'narrative--s5--4').status).toBe('pass');
      expect(byId(SHENPI, 'narrative--s5--5').status).toBe('pass');
    });

    it('checks 绩效管理情况 (lines 418–422)', () => {
      // 整体绩效目标 “涉及资206万元” = 收支总表 支出总计 206.00 (line 132)
      expect(byId(SHENPI, 'narrative--s10--0').status).toBe('pass');
      // 共计 187.66 but its categories 187.66 + 500.00 = 687.66
      expect(byId(SHENPI, 'narrative--s10--categories').difference).toBe('-500.00');
      expect(byId(SHENPI, 'narrative--s10--published-categories').status).toBe('pass');
      // 11 forms, 5,000,000 + 188,000 + … + 294,592 元 = 6,876,632 元 = 687.6632 万元, printed 687.66
      const forms = byId(SHENPI, 'narrative--s10--4');
      expect(forms.status).toBe('rounding');
      expect(forms.difference).toBe('-0.0032');
      // 100% of 项目支出, but 687.66 ÷ 187.62 (支出总表 line 161)
      expect(byId(SHENPI, 'narrative--s10--5').message).toMatch(/687\.66÷187\.62＝366\.5174%/);
    });

    it('has exactly these fails', () => {
      expect(ids(SHENPI, 'fail')).toEqual(
        [
          'same-total--general-basic', // basic 18.37 but the economic table says 本表无数据 (line 250)
          'basic-split',
          'kpi-funds--zffwf', // 政府服务费 500万元 is not in the project table (line 430)
          'kpi-funds--aqdjbhf', // 188,000 元 vs 18.76 (line 482 vs 332)
          'narrative--s10--1', // line 422: 共计 187.66 vs Σ table 187.62, explained by 18.80 vs 18.76
          'narrative--s10--categories', // line 422: 共计 187.66 vs 187.66 + 500.00
          'text-count--s10--1--parts', // line 422: 二级项目10个, 其中 10 + 1 = 11
          'narrative--s10--5', // line 422: 100% vs 687.66 ÷ 187.62
        ].sort(),
      );
    });
  });

  describe('performance-target forms only (002)', () => {
    it('runs only the checks inside the forms', () => {
      for (const report of [
        'jinzhong/chanyelian/2024',
        'jinzhong/guoyun/2024',
        'jinzhong/jinrong/2024',
        'jinzhong/keji/2024',
      ]) {
        // the form checks, and the text checks that read the forms' text cells
        expect(of(report).every((r) => /^(kpi|text)-/.test(r.check))).toBe(true);
      }
      // line 79: 0 vs 1000万元, 1年; line 100: 奖励资金 ≤500万元 for the 实施期, ≤1000万元 for the year
      expect(ids('jinzhong/chanyelian/2024', 'fail')).toEqual(['kpi-one-year--cyfczxzj', 'kpi-period--cyfczxzj']);
      expect(ids('jinzhong/guoyun/2024', 'fail')).toEqual(['kpi-period--gygszczbj']); // line 175
      // line 128: a cap of ≤300万元 for 9,000,000元 proves nothing: a note
      expect(ids('jinzhong/jinrong/2024', 'fail')).toEqual([]);
      expect(ids('jinzhong/jinrong/2024', 'note')).toEqual(['kpi-cost--cyfczxzj']);
      expect(ids('jinzhong/weizhuming/2024', 'fail')).toEqual([]); // 2635.66 + 1000 + 1000 + 564.34 = 5200
      expect(byId('jinzhong/weizhuming/2024', 'kpi-cost--jzkfqsjszhzxcjzx').status).toBe('pass');
    });
  });
});
