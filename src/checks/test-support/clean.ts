/**
 * A small budget report in which every identity holds, by hand: 100.00 万元 in total,
 * 90.00 of this year's general budget plus 10.00 carried over (spent on a project), basic
 * 40.00 (personnel 30.00, public 10.00), projects 60.00. Tests break one figure at a time.
 */
import type { Report } from '../../schemas';
import { build, figure, funds, indicator, overallForm, projectForm, section, table, twoSidedRow } from './build';

/** Section 十 as printed: counts that add up and agree with the tables, one 部门预算. */
export const CLEAN_TEXT =
  '本部门预算纳入绩效目标管理的二级项目2个，共计金额50.00万元。其中：其他运转类项目1个，涉及金额20.00万元；特定目标类项目1个，涉及金额30.00万元。公开项目绩效目标2个，涉及项目金额50.00万元。';

/** Section 三: a total and the parts listed after 其中. */
export const CLEAN_EXPENDITURE = '本部门2024年支出预算100.00万元，其中：基本支出40.00万元，项目支出60.00万元。';

/** Section 七: a change recomputed from the sentence: 1.00 ÷ (5.00 + 1.00) = 16.67%. */
export const CLEAN_THREE_PUBLIC = '“三公”经费预算5.00万元，比上年减少1.00万元，下降16.67%。';

/** 项目概况 of 项目甲: 2期 × 50人 × 3天 × 100元 = 30000元. */
export const CLEAN_OVERVIEW = '项目资金主要用于1、培训班2期，每期50人，每人每天100元，每期3天，共计3万元；2、其他。';

export function cleanReport(): Report {
  const coded = (total: string | null, basic: string | null, project: string | null) => ({ total, basic, project });
  return build({
    tables: [
      table('summary', [
        twoSidedRow('一、一般公共预算', '90.00', '一、一般公共服务支出', {
          'expenditure-total': '100.00',
          'expenditure-current': '90.00',
          'expenditure-carryover': '10.00',
        }),
        twoSidedRow('二、政府性基金预算', null, '二、外交支出'),
        twoSidedRow('五、单位资金', null, '三、国防支出'),
        twoSidedRow('本年收入合计', '90.00', '本年支出合计', {
          'expenditure-total': '100.00',
          'expenditure-current': '90.00',
          'expenditure-carryover': '10.00',
        }),
        twoSidedRow('上年结转', '10.00', '年终结转', {}, 'item'),
        twoSidedRow('收入总计', '100.00', '支出总计', {
          'expenditure-total': '100.00',
          'expenditure-current': '90.00',
          'expenditure-carryover': '10.00',
        }),
      ]),
      table('income', [
        {
          label: '合计',
          kind: 'total',
          cells: { code: '合计', name: null, total: '90.00', general: '90.00', carryover: '10.00' },
        },
        { code: '201', label: '一般公共服务支出', cells: { total: '90.00', general: '90.00', carryover: '10.00' } },
        {
          code: '20103',
          label: '政府办公厅（室）及相关机构事务',
          cells: { total: '90.00', general: '90.00', carryover: '10.00' },
        },
        { code: '2010301', label: '行政运行', cells: { total: '40.00', general: '40.00' } },
        { code: '2010302', label: '一般行政管理事务', cells: { total: '50.00', general: '50.00', carryover: '10.00' } },
      ]),
      table('expenditure', [
        { label: '合计', kind: 'total', cells: { code: '合计', name: null, ...coded('100.00', '40.00', '60.00') } },
        { code: '201', label: '一般公共服务支出', cells: coded('100.00', '40.00', '60.00') },
        { code: '20103', label: '政府办公厅（室）及相关机构事务', cells: coded('100.00', '40.00', '60.00') },
        { code: '2010301', label: '行政运行', cells: coded('40.00', '40.00', null) },
        { code: '2010302', label: '一般行政管理事务', cells: coded('60.00', null, '60.00') },
      ]),
      table('fiscal', [
        twoSidedRow('一、一般公共预算', '90.00', '一、一般公共服务支出', { total: '100.00', general: '100.00' }),
        twoSidedRow('二、政府性基金预算', null, '二、外交支出'),
        twoSidedRow('本年收入合计', '90.00', '本年支出合计', { total: '100.00', general: '100.00' }),
        twoSidedRow('上年财政拨款结转', '10.00', '年终结转', {}, 'item'),
        twoSidedRow('一、一般公共预算', '10.00', null),
        twoSidedRow('二、政府性基金预算', null, null),
        twoSidedRow('收入总计', '100.00', '支出总计', { total: '100.00', general: '100.00' }),
      ]),
      table('general', [
        { label: '合计', kind: 'total', cells: { code: '合计', name: null, ...coded('90.00', '40.00', '50.00') } },
        { code: '201', label: '一般公共服务支出', cells: coded('90.00', '40.00', '50.00') },
        { code: '20103', label: '政府办公厅（室）及相关机构事务', cells: coded('90.00', '40.00', '50.00') },
        { code: '2010301', label: '行政运行', cells: coded('40.00', '40.00', null) },
        { code: '2010302', label: '一般行政管理事务', cells: coded('50.00', null, '50.00') },
      ]),
      table('basic-economic', [
        { label: '合计', kind: 'total', cells: { total: '40.00', personnel: '30.00', public: '10.00' } },
        { label: '工资福利支出', kind: 'subtotal', level: 1, cells: { total: '30.00', personnel: '30.00' } },
        {
          label: '基本工资',
          level: 2,
          cells: { 'government-class': '工资福利支出', total: '30.00', personnel: '30.00' },
        },
        { label: '商品和服务支出', kind: 'subtotal', level: 1, cells: { total: '10.00', public: '10.00' } },
        { label: '办公费', level: 2, cells: { 'government-class': '商品和服务支出', total: '7.00', public: '7.00' } },
        {
          label: '公务用车运行维护费',
          level: 2,
          cells: { 'government-class': '公务用车运行维护费', total: '3.00', public: '3.00' },
        },
      ]),
      table('three-public', [
        { label: '因公出国（境）费' },
        { label: '公务接待费', cells: { total: '2.00', general: '2.00' } },
        { label: '公务用车购置及运行费', cells: { total: '3.00', general: '3.00' } },
        { label: '①公务用车购置费', level: 2 },
        { label: '②公务用车运行维护费', level: 2, cells: { total: '3.00', general: '3.00' } },
        { label: '合计', kind: 'total', cells: { total: '5.00', general: '5.00' } },
      ]),
      table('admin-operation', [{ label: '部门合计', kind: 'total', cells: { total: '10.00', general: '10.00' } }]),
      table('projects', [
        { label: '测试部门', kind: 'subtotal', cells: { total: '50.00', general: '50.00' } },
        { label: '项目甲', level: 2, cells: { total: '30.00', general: '30.00' } },
        { label: '项目乙', level: 2, cells: { total: '20.00', general: '20.00' } },
      ]),
      table('projects-carryover', [
        { label: '测试部门', kind: 'subtotal', cells: { total: '10.00', general: '10.00' } },
        { label: '项目丙', level: 2, cells: { total: '10.00', general: '10.00' } },
      ]),
    ],
    narrative: [
      section('一', [
        figure('income-total', '100.00'),
        figure('income-current', '90.00'),
        figure('carryover', '10.00'),
        figure('change-amount', '10.00', { sign: '-' }),
        figure('change-percent', '9.09', { sign: '-' }),
        figure('expenditure-total', '100.00'),
        figure('expenditure-current', '90.00'),
        figure('carryover', '10.00'),
      ]),
      section('二', [
        figure('income-total', '100.00'),
        figure('source-amount', '90.00', { subject: '一般公共预算拨款收入' }),
        figure('source-share', '90.00', { subject: '一般公共预算拨款收入' }),
        figure('source-amount', '0', { subject: '单位资金' }),
        figure('source-share', '0', { subject: '单位资金' }),
        figure('source-amount', '10.00', { subject: '上年结转' }),
        figure('source-share', '10.00', { subject: '上年结转' }),
      ]),
      section(
        '三',
        [
          figure('expenditure-total', '100.00'),
          figure('basic', '40.00'),
          figure('basic-share', '40.00'),
          figure('project', '60'),
          figure('project-share', '60.00'),
        ],
        '三、支出预算',
        CLEAN_EXPENDITURE,
      ),
      section('四', [
        figure('fiscal-total', '100.00'),
        figure('source-amount', '100.00', { subject: '一般公共预算拨款' }),
        figure('source-amount', '0', { subject: '政府性基金预算拨款' }),
        figure('income-current', '90.00'),
        figure('carryover', '10.00'),
        figure('function-amount', '100.00', { subject: '一般公共服务支出' }),
      ]),
      section('五', [
        figure('gp-current', '90.00'),
        figure('gp-change-amount', '10.00', { sign: '+' }),
        figure('gp-change-percent', '12.50', { sign: '+' }),
        figure('gp-current', '90.00'),
        figure('function-amount', '90.00', { subject: '一般公共服务支出' }),
        figure('function-share', '100.00', { subject: '一般公共服务支出' }),
      ]),
      section('六', [figure('basic', '40.00'), figure('personnel', '30.00'), figure('public', '10.00')]),
      section(
        '七',
        [
          figure('three-public-total', '5.00'),
          figure('three-public-change', '1.00', { sign: '-' }),
          figure('three-public-item', '0', { subject: '因公出国(境)费' }),
          figure('three-public-item', '2.00', { subject: '公务接待费' }),
          figure('three-public-item-change', '0.50', { subject: '公务接待费', sign: '-' }),
          figure('three-public-item', '3.00', { subject: '公务用车运行维护费' }),
          figure('three-public-item-change', '0.50', { subject: '公务用车运行维护费', sign: '-' }),
          figure('three-public-item', '0', { subject: '公务用车购置费' }),
        ],
        '七、“三公”经费',
        CLEAN_THREE_PUBLIC,
      ),
      section('九', [
        figure('procurement-total', '6.00'),
        figure('procurement-goods', '1.00'),
        figure('procurement-works', '0'),
        figure('procurement-services', '5.00'),
      ]),
      section(
        '十',
        [
          figure('kpi-overall-amount', '100.00'),
          figure('kpi-projects-amount', '50.00'),
          figure('kpi-category-amount', '20.00', { subject: '其他运转类' }),
          figure('kpi-category-amount', '30.00', { subject: '特定目标类' }),
          figure('kpi-published-amount', '50.00'),
          // 50.00 of the two forms ÷ 60.00 of projects in 支出总表 (10.00 of them carried over)
          figure('kpi-published-share', '83.33'),
          figure('kpi-published-category-amount', '20.00', { subject: '其他运转类' }),
          figure('kpi-published-category-amount', '30.00', { subject: '特定目标类' }),
        ],
        '十、绩效管理情况',
        CLEAN_TEXT,
      ),
    ],
    performance: {
      overall: overallForm({
        indicators: [indicator('成本指标', '100.00', { number: '100.00' }, { level3: '年初预算数' })],
      }),
      projects: [
        projectForm('项目甲', 'xmj', {
          overview: CLEAN_OVERVIEW,
          funds: { implementation: funds('30.00'), annual: funds('30.00') },
          indicators: [
            indicator('成本指标', '300000元', { number: '300000', unit: '元' }),
            indicator('成本指标', '300000元', { number: '300000', unit: '元' }, { period: 'implementation' }),
            indicator(
              '数量指标',
              '≥2期',
              { number: '2', unit: '期', op: '≥' },
              { level3: '培训期数', period: 'implementation' },
            ),
            indicator('数量指标', '≥2期', { number: '2', unit: '期', op: '≥' }, { level3: '培训期数' }),
          ],
        }),
        projectForm('项目乙', 'xmy', {
          period: '3年',
          funds: { implementation: funds('60.00'), annual: funds('20.00') },
          indicators: [indicator('成本指标', '≤20万元', { number: '20', unit: '万元', op: '≤' })],
        }),
      ],
    },
  });
}
