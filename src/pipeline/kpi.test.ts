import { describe, expect, it } from 'vitest';
import { LineRange, OverallForm, ProjectForm, Warning, type Indicator } from '../schemas';
import { parseKpiForms, performanceSection, type KpiParseResult, type ProjectFormDraft } from './kpi';
import { seedLines, type SeedId } from './test-support/seeds';

// Every expected value below was read from the seed texts by eye (line numbers are the
// source file's), not copied from the parser's output.

const parse = (id: SeedId): KpiParseResult => parseKpiForms(performanceSection(seedLines(id)));
const parsed = {
  '000': parse('000'),
  '001': parse('001'),
  '002': parse('002'),
  '003': parse('003'),
  '004': parse('004'),
} satisfies Record<SeedId, KpiParseResult>;

const form = (id: SeedId, name: string, nth = 0): ProjectFormDraft =>
  parsed[id].projects.filter((p) => p.name === name)[nth]!;
const count = (p: { indicators: Indicator[] }, period: Indicator['period']): number =>
  p.indicators.filter((i) => i.period === period).length;
const at = (p: { indicators: Indicator[] }, line: number, period: Indicator['period']): Indicator =>
  p.indicators.find((i) => i.sourceLine === line && i.period === period)!;

const NAMES: Record<SeedId, string[]> = {
  '000': [
    '产业扶持资金',
    '招商引资工作经费',
    '项目考察费',
    '项目评审费',
    '党建及机关文化建设费',
    '外资外贸工作经费',
    '各类规划编制费',
    '招商引资专项经费',
    '委托招商运营服务费',
  ],
  '001': ['保密费', '部门运转经费', '党支部建设费用', '企业扶持资金', '招商业务费'],
  '002': [
    '产业扶持专项资金',
    '产业扶持资金',
    '产业扶持专项资金',
    '产业扶持专项资金',
    '科技发展专项与双创中心建设资金',
    '国运公司注册资本金',
    '晋中开发区省级数字化转型促进中心2024年创新能力建设项目',
  ],
  '003': [
    '信用信息共享平台建设及维护、测评',
    '高质量发展咨询服务费',
    '经济发展专项业务经费',
    '安全生产工作经费',
    '项目谋划资金',
    '国家级会员服务',
    '国家级园区建设',
    '2024年新人统服务业企业奖励资金(第一批)',
    '企业统计人员报表补助发放',
    '2023年第六轮数字消费券',
    '14057124606T100000013-2024年市级中小企业发展专项资金(小微企业双创基地资金)',
    '中小企业发展专项转移支付——“小升规”奖励资金',
    '中小企业发展专项转移支付——“专精特新”奖励资金',
    '市级中小企业发展专项资金(工业企业升级稳税奖励资金)',
    '2024年市级中小企业发展专项资金(规范化股份制改造奖励资金)',
    '中小企业发展专项转移支付——“规范化股改”奖励资金',
    '军民融合配套奖励资金',
    '2024年中央外贸资金(提升国际化经营能力)',
    '2024年省级商务事业发展专项资金（省级外贸发展）',
  ],
  '004': [
    '政府服务费',
    '安全等级保护费',
    '党建及机关文化建设',
    '法律顾问服务费',
    '互联网运维费',
    '普法经费',
    '全代办项目服务费',
    '人防工作运行费',
    '政府服务事项免费制章等费用',
    '政务大厅建设经费',
    '政务云资源租赁费',
  ],
};

/** [seed, project name, occurrence, 实施期 indicators, 年度 indicators] */
const INDICATOR_COUNTS: [SeedId, string, number, number, number][] = [
  ['000', '产业扶持资金', 0, 9, 9],
  ['000', '招商引资工作经费', 0, 0, 16],
  ['000', '项目考察费', 0, 0, 6],
  ['000', '项目评审费', 0, 7, 7],
  ['000', '委托招商运营服务费', 0, 8, 8],
  ['001', '保密费', 0, 0, 19],
  ['001', '部门运转经费', 0, 11, 11],
  ['001', '党支部建设费用', 0, 9, 6],
  ['001', '企业扶持资金', 0, 13, 13],
  ['001', '招商业务费', 0, 12, 10],
  ['002', '产业扶持专项资金', 0, 0, 11],
  ['002', '产业扶持专项资金', 2, 7, 7],
  ['002', '科技发展专项与双创中心建设资金', 0, 0, 10],
  ['002', '晋中开发区省级数字化转型促进中心2024年创新能力建设项目', 0, 0, 15],
  ['003', '经济发展专项业务经费', 0, 0, 11],
  ['003', '安全生产工作经费', 0, 19, 19],
  ['003', '企业统计人员报表补助发放', 0, 8, 7],
  ['003', '2024年中央外贸资金(提升国际化经营能力)', 0, 0, 6],
  ['004', '党建及机关文化建设', 0, 7, 9],
  ['004', '全代办项目服务费', 0, 0, 9],
  ['004', '政府服务事项免费制章等费用', 0, 6, 6],
  ['004', '政务大厅建设经费', 0, 9, 9],
];

describe('performanceSection', () => {
  it('takes section 十 of the body, not the table-of-contents entry', () => {
    const section = performanceSection(seedLines('000'));
    expect(section[0]).toEqual({ n: 407, text: '十、绩效管理情况' });
    expect(section.at(-1)!.n).toBeLessThan(748);
  });

  it('keeps a KPI-only document whole', () => {
    expect(performanceSection(seedLines('002'))).toEqual(seedLines('002'));
  });
});

describe.each(Object.keys(NAMES) as SeedId[])('seed %s KPI forms', (id) => {
  const result = parsed[id];

  it('finds every project form, in order', () => {
    expect(result.projects.map((p) => p.name)).toEqual(NAMES[id]);
  });

  it('produces forms, indicators and warnings that validate against the schemas', () => {
    const Draft = ProjectForm.omit({ slug: true, sources: true }).extend({ sourceLines: LineRange });
    for (const project of result.projects) expect(() => Draft.parse(project)).not.toThrow();
    if (result.overall) expect(() => OverallForm.parse(result.overall)).not.toThrow();
    for (const warning of result.warnings) expect(() => Warning.parse(warning)).not.toThrow();
  });

  it('gives every form a source range that lies before the next form', () => {
    result.projects.forEach((p, i) => {
      const next = result.projects[i + 1];
      if (next) expect(p.sourceLines[1]).toBeLessThan(next.sourceLines[0]);
      for (const indicator of p.indicators) {
        expect(indicator.sourceLine).toBeGreaterThanOrEqual(p.sourceLines[0]);
        expect(indicator.sourceLine).toBeLessThanOrEqual(p.sourceLines[1]);
      }
    });
  });

  it('points each warning into the form it is about', () => {
    const firstForm = result.overall?.sourceLines[0] ?? result.projects[0]!.sourceLines[0];
    for (const warning of result.warnings) expect(warning.line).toBeGreaterThanOrEqual(firstForm);
  });

  it('skips rows with neither 三级指标 nor 指标值', () => {
    for (const indicator of result.projects.flatMap((p) => p.indicators)) {
      expect(indicator.level3 !== '' || indicator.value.raw !== '').toBe(true);
    }
  });
});

describe('indicator counts per period', () => {
  it.each(INDICATOR_COUNTS)('%s %s (#%i): %i 实施期, %i 年度', (id, name, nth, implementation, annual) => {
    const project = form(id, name, nth);
    expect([count(project, 'implementation'), count(project, 'annual')]).toEqual([implementation, annual]);
  });
});

describe('seed 000', () => {
  it('reads the 整体 form', () => {
    const overall = parsed['000'].overall!;
    expect(overall.department).toEqual({ code: '610', name: '山西转型综合改革示范区晋中开发区产业规划与创新发部' });
    expect([overall.internalDepartments, overall.subordinateUnits]).toEqual(['0个', '0个']);
    expect([overall.staffQuota, overall.staffActual]).toEqual([14, 14]);
    expect(overall.strategicGoal).toBe('完成招商引资工作任务');
    expect(overall.fundsBySource).toHaveLength(7);
    expect(overall.fundsBySource[0]).toEqual({ label: '合计', amount: '15432.54', line: 431 }); // line 431: 合计 15432.54
    expect(overall.fundsBySource.at(-1)).toMatchObject({ label: '单位资金', amount: '0.00' });
    expect(overall.fundsByDirection).toMatchObject([
      { label: '合计', amount: '15432.54' },
      { label: '基本支出', amount: '17.54' },
      { label: '项目支出', amount: '15415' },
    ]);
    expect(overall.keyTasks).toEqual([{ function: '招商引资', task: '完成市级下发的全年引资任务量' }]);
    expect(overall.annualGoal).toBe('完成招商引资项目12个。');
    expect(overall.sourceLines).toEqual([423, 450]);
    // 448 (生态效益指标) has neither 三级指标 nor 指标值.
    expect(overall.indicators).toHaveLength(8);
    expect(overall.indicators.every((i) => i.period === 'annual')).toBe(true);
    expect(at(overall, 446, 'annual')).toMatchObject({
      level1: '效益指标',
      level2: '经济效益指标',
      level3: '实现税收',
      value: { raw: '≥1亿元', op: '≥', number: '1', unit: '亿元' },
    });
  });

  it('reads the header fields as printed, cut at the column edge', () => {
    const p = form('000', '产业扶持资金');
    expect(p.department).toEqual({ code: '610', name: '山西转型综合改' });
    expect(p.implementer).toBe('山西转型综合改革示');
    expect(p.attribute).toBe('经常性项目(长期开');
    expect(p.period).toBe('99年');
    expect(p.sourceLines).toEqual([454, 480]);
    // 项目日期 instead of 项目期.
    expect(form('000', '项目考察费').period).toBe('99年');
  });

  it('reads the funds in 元 and 万元', () => {
    const p = form('000', '招商引资工作经费');
    expect(p.fundsUnit).toBe('元');
    expect(p.funds.annual.total).toMatchObject({ raw: '165,000', wan: '16.50' });
    expect(p.funds.implementation.local).toMatchObject({ raw: '165,000', wan: '16.50' });
    expect(p.funds.annual.central).toMatchObject({ raw: '0', wan: '0.00' });
    expect(p.funds.annual.other).toBeNull();
    const support = form('000', '产业扶持资金');
    expect(support.funds.annual.total).toMatchObject({ raw: '15000万元', wan: '15000' });
    expect(support.funds.implementation.total).toMatchObject({ raw: '0', wan: '0.00' });
    // 630: 实施期资金总额 is blank, not zero.
    const foreign = form('000', '外资外贸工作经费');
    expect(foreign.funds.implementation.total).toBeNull();
    expect(foreign.funds.annual.total).toMatchObject({ raw: '20万元', wan: '20' });
  });

  it('places the goals by their column', () => {
    expect(form('000', '项目考察费').goals).toEqual({
      implementation: '保障招商引资工作顺利开展',
      annual: '保障招商引资工作顺利开展',
    });
    expect(form('000', '产业扶持资金').goals).toEqual({
      implementation: '兑现招商引资优惠政策, 提高招商引资竞争力。',
      annual: null,
    });
  });

  it('reads indicators with cut cells and flags them', () => {
    const p = form('000', '产业扶持资金');
    expect(at(p, 471, 'implementation')).toEqual({
      period: 'implementation',
      level1: '产出指标',
      level2: '数量指标',
      level3: '扶持项目',
      value: { raw: '≥12项', op: '≥', number: '12', unit: '项' },
      truncated: false,
      sourceLine: 471,
    });
    // "严格按照文" fills the five-character column exactly.
    expect(at(p, 472, 'annual')).toMatchObject({ level3: '严格按照文', truncated: true });
    expect(at(p, 479, 'annual')).toEqual({
      period: 'annual',
      level1: '满意度指标',
      level2: '服务对象满',
      level3: '企业',
      value: { raw: '≥98百分比', op: '≥', number: '98', unit: '百分比' },
      truncated: true,
      sourceLine: 479,
    });
    expect(p.truncated).toBe(true);
  });

  it('reads a one-group form as 年度, with rows drifted one column left', () => {
    const p = form('000', '招商引资工作经费');
    expect(at(p, 514, 'annual')).toMatchObject({
      level1: '产出指标',
      level2: '成本指标',
      level3: '热线电话费',
      value: { raw: '25000元', op: null, number: '25000', unit: '元' },
    });
    expect(at(p, 510, 'annual').value).toMatchObject({
      raw: '根据实际完成情况核算',
      op: null,
      number: null,
      unit: null,
    });
  });

  it('keeps the fragments printed after a form as its overflow', () => {
    expect(form('000', '招商引资工作经费').overflow).toEqual(['或情况核算', '主费用核算', '主费用核算', '主费用核算']);
    expect(form('000', '项目考察费').overflow).toEqual(['区流程']);
    expect(form('000', '项目评审费').overflow).toEqual(['目质量', '业集聚，培育壮大主导主业。', '业发展']);
    expect(form('000', '各类规划编制费').overflow).toEqual(['孝性']);
    expect(form('000', '委托招商运营服务费').overflow).toEqual([]);
    expect(form('000', '招商引资工作经费').sourceLines).toEqual([484, 525]);
  });

  it('warns once per form about cut cells and once about overflow', () => {
    const warnings = parsed['000'].warnings;
    expect(warnings.filter((w) => w.code === 'kpi-truncated-cell')).toHaveLength(9);
    expect(warnings.filter((w) => w.code === 'kpi-overflow-text').map((w) => w.line)).toEqual([522, 557, 589, 686]);
    expect(warnings.find((w) => w.line === 557)!.message).toContain('区流程');
  });
});

describe('seed 001', () => {
  it('converts a large 元 amount exactly', () => {
    const p = form('001', '企业扶持资金');
    expect(p.funds.annual.total).toMatchObject({ raw: '140,000,000', wan: '14000.00' });
    expect(p.funds.implementation.total).toMatchObject({ raw: '420,000,000', wan: '42000.00' });
    expect(p.department).toEqual({ code: '624', name: '山西转型综合改革示范区新材料产业招商服务中心' });
  });

  it('reads rows whose cells drift', () => {
    // 443: only a 年度 三级指标/指标值 pair, under the 服务对象满意度指标 of 442.
    expect(at(form('001', '保密费'), 443, 'annual')).toMatchObject({
      level1: '满意度指标',
      level2: '服务对象满意度指标',
      level3: '员工满意度',
      value: { op: '≥', number: '90', unit: '%' },
    });
    // 585: a continuation row starting in the first column.
    expect(at(form('001', '招商业务费'), 585, 'implementation')).toMatchObject({
      level1: '效益指标',
      level2: '社会效益指标',
      level3: '招商签约项目数量',
      value: { raw: '≥18个' },
    });
    // 472 prints 效益指标 beside 成本指标, which is an 产出指标.
    expect(at(form('001', '部门运转经费'), 472, 'implementation')).toMatchObject({
      level1: '产出指标',
      level2: '成本指标',
    });
  });

  it('flags the shorter copy of a cell the other group prints in full', () => {
    const p = form('001', '部门运转经费');
    expect(at(p, 469, 'implementation')).toMatchObject({ level3: '培训人员年度考核合格率', truncated: false });
    expect(at(p, 469, 'annual')).toMatchObject({ level3: '培训人员年度考核', truncated: true });
    expect(parsed['001'].warnings.map((w) => [w.code, w.line])).toEqual([['kpi-truncated-cell', 469]]);
  });
});

describe('seed 002', () => {
  it('keeps departments as printed, with or without code', () => {
    expect(form('002', '产业扶持专项资金').department).toEqual({ code: null, name: '经济运行部' });
    expect(form('002', '产业扶持资金').department).toEqual({
      code: '610',
      name: '山西转型综合改革示范区晋中开发区产业规划与创新发育部',
    });
  });

  it('skips the placeholder 指标1: cells of the empty 实施期 group', () => {
    const p = form('002', '产业扶持专项资金');
    expect(count(p, 'implementation')).toBe(0);
    expect(p.indicators.some((i) => /^指标\d/.test(i.level3))).toBe(false);
    expect(at(p, 20, 'annual')).toMatchObject({
      level2: '数量指标',
      level3: '满足补贴条件企业',
      value: { raw: '大于5户', op: '>', number: '5', unit: '户' },
    });
  });

  it('reads the 万元 layout and its goal printed under 项目总目标', () => {
    const p = form('002', '产业扶持专项资金');
    expect(p.fundsUnit).toBe('万元');
    expect(p.funds.annual.total).toMatchObject({ raw: '11350万元', wan: '11350' });
    expect(p.funds.implementation.total).toBeNull();
    expect(p.goals.implementation).toMatch(/^圆满完成对符合条件企业的补贴和奖励工作/);
    expect(p.goals.annual).toBeNull();
  });

  it('reads the 金融服务中心 grid with its 一级指标 column shifted', () => {
    const p = form('002', '产业扶持专项资金', 2);
    expect(p.department.code).toBe('620');
    for (const period of ['implementation', 'annual'] as const) {
      expect(at(p, 129, period)).toMatchObject({
        level1: '效益指标',
        level2: '社会效益指标',
        level3: '我区金融业集聚发展',
        value: { raw: '企业股改挂牌积极性提升' },
      });
    }
    expect(p.funds.annual.total).toMatchObject({ raw: '9000000元', wan: '900.00' });
  });

  it('does not guess the unit of a bare amount next to 万元 amounts in a 元 form', () => {
    const p = form('002', '科技发展专项与双创中心建设资金');
    expect(p.funds.implementation.total).toMatchObject({ raw: '4000', wan: null });
    expect(p.funds.annual.total).toMatchObject({ raw: '4000万元', wan: '4000' });
    expect(p.funds.implementation.central).toMatchObject({ raw: '0', wan: '0.00' });
  });

  it('reads a form without department or implementer, and its placeholder goal', () => {
    const p = form('002', '晋中开发区省级数字化转型促进中心2024年创新能力建设项目');
    expect(p.department).toEqual({ code: null, name: null });
    expect(p.implementer).toBeNull();
    expect(p.goals.implementation).toBeNull();
    expect(p.goals.annual).toMatch(/^目标1: 为企业提供展示自身实力与项目的平台/);
    expect(at(p, 225, 'annual')).toMatchObject({
      level2: '成本指标',
      level3: '指标1: 2023年创新能力建设项目建设经费',
      value: { raw: '2635.66万元', number: '2635.66', unit: '万元' },
    });
  });

  it('warns about cut cells, the ambiguous amount and the missing department', () => {
    expect(parsed['002'].warnings.map((w) => [w.code, w.line])).toEqual([
      ['kpi-truncated-cell', 63],
      ['kpi-truncated-cell', 93],
      ['kpi-ambiguous-unit', 141],
      ['kpi-missing-department', 206],
    ]);
  });
});

describe('seed 003', () => {
  it('reads the 整体 form with its shifted grid', () => {
    const overall = parsed['003'].overall!;
    expect(overall.department).toEqual({ code: '606', name: '晋城经济技术开发区经济发展与安全监管部' });
    expect([overall.staffQuota, overall.staffActual]).toEqual([21, 21]);
    expect(overall.internalDepartments).toBe('4个');
    expect(overall.fundsBySource[0]).toEqual({ label: '合计', amount: '2283.49', line: 506 }); // line 506: 合计 2283.49
    expect(overall.fundsByDirection).toMatchObject([
      { label: '合计', amount: '2283.49' },
      { label: '基本支出', amount: '412.03' },
      { label: '项目支出', amount: '1871.46' },
    ]);
    expect(overall.keyTasks).toHaveLength(4);
    expect(overall.keyTasks[2]).toEqual({
      function: '负责统计工作，协调做好口径统计。',
      task: '扎实做好统计工作，加强统计入库指导和培训。',
    });
    expect(overall.indicators).toHaveLength(25);
    // 520 precedes any 二级指标; the 一级指标 comes from the header row.
    expect(at(overall, 520, 'annual')).toMatchObject({ level1: '产出指标', level2: '', level3: '安全宣传活动开展次' });
    expect(at(overall, 536, 'annual')).toMatchObject({ level1: '效益指标', level2: '经济效益指标' });
  });

  it('reads the shifted rows of 企业统计人员报表补助发放', () => {
    const p = form('003', '企业统计人员报表补助发放');
    // 855: "\t\t\t企业报表质量\t高\t\t质量指标\t企业报表质量" — no 二级指标 on the left.
    expect(at(p, 855, 'implementation')).toMatchObject({
      level2: '数量指标',
      level3: '企业报表质量',
      value: { raw: '高' },
    });
    expect(at(p, 855, 'annual')).toMatchObject({ level2: '质量指标', level3: '企业报表质量', value: { raw: '' } });
    for (const period of ['implementation', 'annual'] as const) {
      expect(at(p, 859, period)).toMatchObject({
        level2: '成本指标',
        level3: '季报表企业报表人员每季度补助',
        value: { raw: '200元', number: '200', unit: '元' },
      });
    }
  });

  it('reads 项目册 as the project period and 元 funds', () => {
    const p = form('003', '2024年中央外贸资金(提升国际化经营能力)');
    expect(p.period).toBe('1年');
    expect(p.funds.annual.provincial).toMatchObject({ raw: '203,700', wan: '20.37' });
  });

  it('warns only about the cut cells', () => {
    expect(parsed['003'].warnings.map((w) => [w.code, w.line])).toEqual([['kpi-truncated-cell', 680]]);
  });
});

describe('seed 004', () => {
  it('reads names cut to one or two characters', () => {
    const p = form('004', '政务大厅建设经费');
    expect(at(p, 809, 'implementation')).toMatchObject({
      level1: '效益指标',
      level2: '社',
      level3: '政务公开标准化',
      truncated: true,
    });
    expect(at(p, 804, 'implementation')).toMatchObject({ level1: '产出指标', level2: '质量', truncated: true });
    expect(at(p, 804, 'annual')).toMatchObject({ level2: '质量指标', truncated: false });
  });

  it('reads a 二级指标 repeated for the other group', () => {
    // 538: "\t\t社会效益指\t\t\t社会效益指\t提高党性\t提高100%"
    const p = form('004', '党建及机关文化建设');
    expect(p.indicators.filter((i) => i.sourceLine === 538)).toEqual([
      {
        period: 'annual',
        level1: '效益指标',
        level2: '社会效益指',
        level3: '提高党性',
        value: { raw: '提高100%', op: null, number: '100', unit: '%' },
        truncated: true,
        sourceLine: 538,
      },
    ]);
  });

  it('shares the 年度 二级指标 where the 实施期 group has no column for it', () => {
    const p = form('004', '政府服务事项免费制章等费用');
    expect(at(p, 769, 'implementation')).toMatchObject({
      level2: '质量指标',
      level3: '办结率',
      value: { raw: '100%' },
    });
    expect(at(p, 776, 'implementation')).toMatchObject({ level1: '效益指标', level2: '社会效益指标' });
  });

  it('converts 元 amounts printed with and without separators', () => {
    const p = form('004', '安全等级保护费');
    expect(p.funds.implementation.total).toMatchObject({ raw: '564000', wan: '56.40' });
    expect(p.funds.annual.total).toMatchObject({ raw: '188,000', wan: '18.80' });
    // Both amounts are printed on line 482 ("项目资金(元) 实施期资金总额: 564000 年度资金总额: 188,000").
    expect([p.funds.implementation.total?.line, p.funds.annual.total?.line]).toEqual([482, 482]);
  });

  it('warns once per form with cut cells', () => {
    const warnings = parsed['004'].warnings;
    expect(warnings.every((w) => w.code === 'kpi-truncated-cell')).toBe(true);
    expect(warnings.map((w) => w.line)).toEqual([537, 563, 604, 632, 668, 735, 779, 803, 868]);
  });
});

describe('speed', () => {
  it('parses all five seeds well under a second', () => {
    const sections = (Object.keys(NAMES) as SeedId[]).map((id) => performanceSection(seedLines(id)));
    // CPU time, not wall time: other processes on a busy machine must not fail this test.
    const started = process.cpuUsage();
    for (const lines of sections) parseKpiForms(lines);
    const { user, system } = process.cpuUsage(started);
    expect((user + system) / 1000).toBeLessThan(1000);
  });
});
