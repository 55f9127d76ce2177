/**
 * For every check in the registry: mutations of the clean fixture that make it fail, with
 * the id of the result that must fail. The clean fixture itself is the passing fixture
 * (registry.test.ts asserts both for every check).
 */
import type { FormAmount, Report, TableKey } from '../../schemas';
import { CLEAN_EXPENDITURE, CLEAN_OVERVIEW, CLEAN_TEXT, CLEAN_THREE_PUBLIC } from './clean';
import { setCell, setFigure, setForm, setOverall } from './mutate';

export interface FailingFixture {
  what: string;
  mutate: (clean: Report) => Report;
  /** id of the result that must fail (or, for a check that only notes, be a note) */
  fails: string;
  /** `note` for checks whose worst outcome is a note (nothing they find is an arithmetic proof) */
  status?: 'fail' | 'note';
}

/** A fixture that prints another figure in one cell: [table, row id, column key, printed value]. */
export function cellChange(what: string, [table, row, column, value]: CellAt, fails: string): FailingFixture {
  return { what, mutate: (r) => setCell(r, table, row, column, value), fails };
}
type CellAt = [table: TableKey, row: string, column: string, value: string];

/** A form whose 实施期 funds (total, all of them local) are `amount`. */
function implementationFunds(r: Report, form: string, amount: FormAmount): Report {
  return setForm(
    r,
    form,
    (f) => (f.funds.implementation = { ...f.funds.implementation, total: amount, local: amount }),
  );
}

/** The clean report with the paragraph of one section (十 unless named) replaced. */
export const withText = (r: Report, text: string, section = '十'): Report => {
  const next = structuredClone(r);
  const s = next.narrative.find((x) => x.number === section)!;
  s.paragraphs = [{ ...s.paragraphs[0]!, text }];
  return next;
};

export const FAILING: Record<string, FailingFixture[]> = {
  balance: [cellChange('收入总计与支出总计不等', ['summary', 'r6', 'income', '101.00'], 'balance--summary-grand')],
  'grand-total': [
    cellChange('上年结转改变而总计未变', ['summary', 'r5', 'income', '12.00'], 'grand-total--summary-income'),
  ],
  'income-items': [
    cellChange('一般公共预算收入与本年收入合计不等', ['summary', 'r1', 'income', '80.00'], 'income-items--summary'),
  ],
  'same-total': [
    cellChange('收入总表合计与收支总表不同', ['income', 'total', 'total', '95.00'], 'same-total--income-current'),
  ],
  'income-expenditure-code': [
    cellChange(
      '支出总表某项多出5万元',
      ['expenditure', '2010302', 'total', '65.00'],
      'income-expenditure-code--2010302',
    ),
  ],
  'general-income-code': [
    cellChange(
      '一般公共预算支出表某项与收入总表不同',
      ['general', '2010301', 'total', '45.00'],
      'general-income-code--2010301',
    ),
  ],
  'function-items': [
    cellChange(
      '收支总表功能分类与支出总表不同',
      ['summary', 'r1', 'expenditure-total', '105.00'],
      'function-items--r1--total',
    ),
  ],
  'row-sum': [
    cellChange('基本支出少1万元', ['expenditure', '2010301', 'basic', '39.00'], 'row-sum--expenditure--2010301'),
  ],
  levels: [
    cellChange(
      '项多出1万元，款不变',
      ['expenditure', '2010302', 'total', '61.00'],
      'levels--code--expenditure--20103--total',
    ),
    cellChange(
      '经济科目多出1万元',
      ['basic-economic', 'r5', 'total', '8.00'],
      'levels--class--basic-economic--r4--total',
    ),
  ],
  'basic-split': [cellChange('人员经费少5万元', ['basic-economic', 'total', 'personnel', '25.00'], 'basic-split')],
  'admin-operation': [
    cellChange('机关运行经费超过公用经费', ['admin-operation', 'total', 'total', '12.00'], 'admin-operation'),
  ],
  'three-public-total': [
    cellChange('“三公”合计多1万元', ['three-public', 'total', 'total', '6.00'], 'three-public-total--total--total'),
  ],
  'three-public-vehicles': [
    cellChange(
      '运行维护费与购置及运行费不符',
      ['three-public', 'r5', 'total', '2.50'],
      'three-public-vehicles--vehicles--total',
    ),
  ],
  'three-public-economic': [
    cellChange(
      '经济科目表的公务用车运行维护费超过“三公”经费表',
      ['basic-economic', 'r6', 'total', '4.00'],
      'three-public-economic--vehicle-operation',
    ),
  ],
  'project-groups': [
    cellChange('部门行与项目之和不等', ['projects', 'r1', 'total', '55.00'], 'project-groups--projects--r1'),
  ],
  'project-total': [
    cellChange('结转项目多出5万元', ['projects-carryover', 'r2', 'total', '15.00'], 'project-total--expenditure'),
  ],
  narrative: [
    { what: '基本支出占比写错', mutate: (r) => setFigure(r, '三', 2, { value: '41.00' }), fails: 'narrative--s3--2' },
    { what: '下降比例写错', mutate: (r) => setFigure(r, '一', 4, { value: '10.00' }), fails: 'narrative--s1--4' },
    {
      what: '人员经费与经济科目表不同',
      mutate: (r) => setFigure(r, '六', 1, { value: '31.00' }),
      fails: 'narrative--s6--1',
    },
    {
      what: '整体绩效目标资金与支出总计不同',
      mutate: (r) => setFigure(r, '十', 0, { value: '110.00' }),
      fails: 'narrative--s10--0',
    },
    {
      what: '纳入绩效目标管理的项目金额与项目支出表不同',
      mutate: (r) => setFigure(r, '十', 1, { value: '60.00' }),
      fails: 'narrative--s10--1',
    },
    {
      what: '各类项目金额之和与共计金额不等',
      mutate: (r) => setFigure(r, '十', 3, { value: '35.00' }),
      fails: 'narrative--s10--categories',
    },
    {
      what: '公开项目金额与绩效目标表资金之和不等',
      mutate: (r) =>
        setForm(r, 'xmy', (f) => {
          f.funds.annual.total = { raw: '250,000', wan: '25.00' };
          f.funds.annual.local = { raw: '250,000', wan: '25.00' };
        }),
      fails: 'narrative--s10--4',
    },
    {
      what: '公开项目金额占项目支出总额写作100%',
      mutate: (r) => setFigure(r, '十', 5, { value: '100' }),
      fails: 'narrative--s10--5',
    },
    {
      what: '公开的各类项目金额之和与公开项目金额不等',
      mutate: (r) => setFigure(r, '十', 7, { value: '300.00' }),
      fails: 'narrative--s10--published-categories',
    },
  ],
  'kpi-funds': [
    {
      what: '绩效目标表资金与项目支出表不同',
      mutate: (r) =>
        setForm(r, 'xmj', (f) => {
          f.funds.annual.total = { raw: '350,000', wan: '35.00' };
          f.funds.annual.local = { raw: '350,000', wan: '35.00' };
        }),
      fails: 'kpi-funds--xmj',
    },
    {
      what: '项目不在项目支出表中',
      mutate: (r) => setForm(r, 'xmy', (f) => (f.name = '产业扶持资金')),
      fails: 'kpi-funds--xmy',
    },
  ],
  'kpi-cost': [
    {
      what: '成本指标超过资金',
      mutate: (r) =>
        setForm(
          r,
          'xmj',
          (f) => (f.indicators[0]!.value = { raw: '350000元', op: null, number: '350000', unit: '元' }),
        ),
      fails: 'kpi-cost--xmj',
    },
    {
      what: '成本下限高于资金',
      mutate: (r) =>
        setForm(r, 'xmy', (f) => (f.indicators[0]!.value = { raw: '≥25万元', op: '≥', number: '25', unit: '万元' })),
      fails: 'kpi-cost--xmy',
    },
  ],
  'kpi-period': [
    {
      what: '一年期项目实施期资金与年度资金不等',
      mutate: (r) => implementationFunds(r, 'xmj', { raw: '350,000', wan: '35.00' }),
      fails: 'kpi-period--xmj',
    },
    {
      what: '多年期项目实施期资金少于年度资金',
      mutate: (r) => implementationFunds(r, 'xmy', { raw: '0', wan: '0.00' }),
      fails: 'kpi-period--xmy',
    },
  ],
  'kpi-sources': [
    {
      what: '市县资金与年度资金总额不等',
      mutate: (r) => setForm(r, 'xmj', (f) => (f.funds.annual.local = { raw: '200,000', wan: '20.00' })),
      fails: 'kpi-sources--xmj--annual',
    },
  ],
  'kpi-department': [
    {
      what: '主管部门代码不同',
      mutate: (r) => setForm(r, 'xmj', (f) => (f.department.code = '608')),
      fails: 'kpi-department--xmj',
    },
  ],
  'kpi-overall': [
    {
      what: '整体绩效目标表多出不在报表中的资金',
      mutate: (r) =>
        setOverall(r, (o) => {
          o.fundsBySource = o.fundsBySource.map((l) => (l.label === '单位资金' ? l : { ...l, amount: '115.00' }));
          o.fundsByDirection = [
            { label: '合计', amount: '115.00' },
            { label: '基本支出', amount: '40.00' },
            { label: '项目支出', amount: '75.00' },
          ];
        }),
      fails: 'kpi-overall--vs-summary',
    },
    {
      what: '资金合计与来源之和不等',
      mutate: (r) => setOverall(r, (o) => (o.fundsBySource[1] = { label: '一般公共预算资金', amount: '90.00' })),
      fails: 'kpi-overall--sources',
    },
  ],
  'kpi-one-year': [
    {
      what: '一年期项目实施期指标值与年度不同',
      mutate: (r) =>
        setForm(
          r,
          'xmj',
          (f) => (f.indicators[1]!.value = { raw: '200000元', op: null, number: '200000', unit: '元' }),
        ),
      fails: 'kpi-one-year--xmj',
    },
  ],
  'kpi-required': [
    {
      what: '未填写年度资金总额',
      mutate: (r) => setForm(r, 'xmj', (f) => (f.funds.annual.total = null)),
      fails: 'kpi-required--xmj',
      status: 'note',
    },
  ],
  'text-product': [
    {
      what: '期数×人数×天数×标准与所写合计不等（2期×50人×3天×100元写成共计2万元）',
      mutate: (r) => setForm(r, 'xmj', (f) => (f.overview = CLEAN_OVERVIEW.replace('共计3万元', '共计2万元'))),
      fails: 'text-product--1',
    },
  ],
  'text-count': [
    {
      what: '项目个数与其中各类之和不等（2个，其中1＋2）',
      mutate: (r) => withText(r, CLEAN_TEXT.replace('特定目标类项目1个', '特定目标类项目2个')),
      fails: 'text-count--s10--1--parts',
    },
    {
      what: '项目个数与项目支出表不同',
      mutate: (r) =>
        withText(
          r,
          CLEAN_TEXT.replace('二级项目2个', '二级项目3个').replace(
            '其中：其他运转类项目1个',
            '其中：其他运转类项目2个',
          ),
        ),
      fails: 'text-count--s10--1--table',
    },
  ],
  'text-defect': [
    {
      what: '句子在“主要原因是”之后结束',
      mutate: (r) => withText(r, `${CLEAN_TEXT}与上年持平，主要原因是。`),
      fails: 'text-defect--stop--1',
      status: 'note',
    },
    {
      what: '同一文件自称部门预算又自称单位预算',
      mutate: (r) => withText(r, `${CLEAN_TEXT}2024年单位预算公开。`),
      fails: 'text-defect--self-name',
      status: 'note',
    },
  ],
  'code-name': [
    {
      what: '同一科目编码在两表中名称不同',
      mutate: (r) => {
        const next = structuredClone(r);
        const row = next.tables.find((t) => t.key === 'general')!.rows.find((x) => x.code === '201')!;
        row.label = '一般公共预算服务支出';
        return next;
      },
      fails: 'code-name--201',
      status: 'note',
    },
    {
      what: '说明中的类名与报表不同',
      mutate: (r) => setFigure(r, '五', 4, { subject: '一般公共预算服务支出' }),
      fails: 'code-name--text--201',
      status: 'note',
    },
  ],
  'text-total': [
    {
      what: '其中所列各项之和超过总数',
      mutate: (r) => withText(r, CLEAN_EXPENDITURE.replace('项目支出60.00万元', '项目支出70.00万元'), '三'),
      fails: 'text-total--s3--1--parts',
    },
    {
      what: '所列各项与“共计”不等',
      mutate: (r) => withText(r, '基本支出40.00万元，项目支出60.00万元，共计90.00万元。', '三'),
      fails: 'text-total--s3--1--listed',
    },
    {
      what: '其中所列各项之和少于总数（未必列全，只作提示）',
      mutate: (r) => withText(r, CLEAN_EXPENDITURE.replace('项目支出60.00万元', '项目支出50.00万元'), '三'),
      fails: 'text-total--s3--1--parts',
      status: 'note',
    },
  ],
  'text-change': [
    {
      what: '增减比例与增减额、本年数不符',
      mutate: (r) => withText(r, CLEAN_THREE_PUBLIC.replace('16.67%', '20.00%'), '七'),
      fails: 'text-change--s7--1',
    },
    {
      what: '本年数与所引上年数之差不是所说的增减额',
      mutate: (r) =>
        withText(r, '“三公”经费预算5.00万元，比上年减少1.00万元，下降16.67%，上年预算数为7.00万元。', '七'),
      fails: 'text-change--s7--2--amount',
    },
  ],
  'text-repeat': [
    {
      what: '同一段两次说一般公共预算当年支出，金额不同',
      mutate: (r) => setFigure(r, '五', 3, { value: '95.00' }),
      fails: 'text-repeat--s5--1',
    },
  ],
};
