import type { DocumentType, Report } from '../../schemas';
import type { BarChartData, ChartModel, Unit } from '../model';
import { compareDecimal, divide, formatAmount, isDecimal, percent } from '../numbers';
import { cellOf, findTable, totalsRow } from '../report-tables';
import { itemColumns } from '../../lib/three-public-items';
import { projectItems } from './projects';

/**
 * Departments side by side. Only budget reports have tables; performance-only reports
 * (documentType 'performance-targets') are listed, but have no figures to compare.
 */

export interface CompareRow {
  region: string;
  dept: string;
  year: number;
  documentType: DocumentType;
  name: string;
  budget: boolean;
  /** 支出总计 of the expenditure table, or null with the reason in `totalNote`. */
  total: string | null;
  totalNote: string | null;
  /** 三公 total, or null with the reason in `threePublicNote`. */
  threePublic: string | null;
  threePublicNote: string | null;
  basic: string | null;
  /** Basic expenditure as a share of the total, percent to two places. */
  basicShare: string | null;
  projectCount: number | null;
  staff: { count: number; basis: '实有人数' | '编制人数' } | null;
  perStaff: string | null;
  kpiForms: number;
}

interface Read {
  value: string | null;
  /** Why there is no value: the table is absent or empty, or its 合计 row or column was not read, or the cell is blank. */
  note: string | null;
}

/** The 合计 row's cell of `column` in table `key`, or the reason it cannot be compared. */
function totalCell(report: Report, key: 'expenditure' | 'three-public', name: string, column: string): Read {
  const t = findTable(report, key);
  if (!t) return { value: null, note: `无${name}` };
  if (t.empty) return { value: null, note: '本表无数据' };
  const byColumn = key === 'three-public' ? itemColumns(t) : null;
  const row = byColumn ? byColumn.row : totalsRow(t);
  if (!row) return { value: null, note: `${name}的合计行未能识别` };
  const value = cellOf(t, row, byColumn && column === 'total' ? byColumn.column('total') : column);
  if (value === undefined)
    return { value: null, note: `${name}的“${column === 'basic' ? '基本支出' : '合计'}”栏未能识别` };
  return isDecimal(value) ? { value, note: null } : { value: null, note: '合计空白' };
}

function staffOf(report: Report): CompareRow['staff'] {
  const o = report.performance.overall;
  if (o?.staffActual && o.staffActual > 0) return { count: o.staffActual, basis: '实有人数' };
  if (o?.staffQuota && o.staffQuota > 0) return { count: o.staffQuota, basis: '编制人数' };
  return null;
}

export function compareRow(report: Report, name?: string): CompareRow {
  const base = {
    region: report.region,
    dept: report.department.slug,
    year: report.year,
    documentType: report.documentType,
    name: name ?? report.department.name,
    kpiForms: report.performance.projects.length,
  };
  if (report.documentType !== 'budget') {
    return {
      ...base,
      budget: false,
      total: null,
      totalNote: null,
      threePublic: null,
      threePublicNote: null,
      basic: null,
      basicShare: null,
      projectCount: null,
      staff: null,
      perStaff: null,
    };
  }
  const { value: total, note: totalNote } = totalCell(report, 'expenditure', '支出总表', 'total');
  const basic = total === null ? null : totalCell(report, 'expenditure', '支出总表', 'basic').value;
  const three = totalCell(report, 'three-public', '“三公”经费表', 'total');
  const staff = staffOf(report);
  const projects = findTable(report, 'projects');
  return {
    ...base,
    budget: true,
    total,
    totalNote,
    threePublic: three.value,
    threePublicNote: three.note,
    basic,
    basicShare: isDecimal(total) && isDecimal(basic) ? percent(basic, total) : null,
    projectCount: projects ? projectItems(report).length : null,
    staff,
    perStaff: staff && isDecimal(total) ? divide(total, staff.count) : null,
  };
}

/** Rows in a stable order: region, department, year. */
export function compareRows(reports: Report[], names: Map<string, string> = new Map()): CompareRow[] {
  return reports
    .map((r) => compareRow(r, names.get(`${r.region}/${r.department.slug}`)))
    .sort((a, b) => `${a.region}/${a.dept}/${a.year}`.localeCompare(`${b.region}/${b.dept}/${b.year}`));
}

export const COMPARE_CHARTS = ['total', 'three-public', 'basic-share', 'project-count', 'per-staff'] as const;
export type CompareChartKind = (typeof COMPARE_CHARTS)[number];

interface Metric {
  title: string;
  unit: Unit;
  value: (r: CompareRow) => string | null;
  label: (v: string) => string;
  missing: (r: CompareRow) => string;
  notes: string[];
}

const METRICS: Record<CompareChartKind, Metric> = {
  total: {
    title: '各部门支出预算总额',
    unit: '万元',
    value: (r) => r.total,
    label: formatAmount,
    missing: (r) => r.totalNote ?? '无数据',
    notes: ['支出预算总额为部门预算支出总表的“合计”。'],
  },
  'three-public': {
    title: '各部门“三公”经费预算',
    unit: '万元',
    value: (r) => r.threePublic,
    label: formatAmount,
    missing: (r) => r.threePublicNote ?? '无数据',
    notes: ['“三公”经费为“三公”经费支出预算表的“合计”。'],
  },
  'basic-share': {
    title: '基本支出占支出预算的比例',
    unit: '%',
    value: (r) => r.basicShare,
    label: (v) => `${v}%`,
    missing: () => '无法计算',
    notes: ['比例 = 基本支出 ÷ 支出预算总额，按部门预算支出总表的合计行计算，保留两位小数。'],
  },
  'project-count': {
    title: '各部门项目支出的项目个数',
    unit: '个',
    value: (r) => (r.projectCount === null ? null : String(r.projectCount)),
    label: (v) => v,
    missing: () => '无项目支出表',
    notes: ['项目个数为项目支出预算表（本年预算）所列项目的个数。'],
  },
  'per-staff': {
    title: '人均支出预算',
    unit: '万元/人',
    value: (r) => r.perStaff,
    label: formatAmount,
    missing: () => '文件未提供人员数',
    notes: [
      '人均支出 = 支出预算总额 ÷ 人员数；人员数取整体绩效目标表中的实有人数（没有时用编制人数），保留两位小数。',
      '人均支出包括项目支出，并非人均工资。',
    ],
  },
};

const rowLabel = (r: CompareRow): string => `${r.name}（${r.year}年）`;

export function compareChart(kind: CompareChartKind, rows: CompareRow[]): ChartModel<BarChartData> {
  const metric = METRICS[kind];
  const budget = rows.filter((r) => r.budget);
  const others = rows.length - budget.length;
  const notes = [...metric.notes];
  if (others > 0) notes.push(`另有 ${others} 个部门只公开了绩效目标表，没有预算表，未列入。`);
  const base = { title: metric.title, unit: metric.unit, source: '各部门预算公开文件' };
  const withValue = budget.filter((r) => isDecimal(metric.value(r)));
  if (withValue.length === 0 || withValue.every((r) => compareDecimal(metric.value(r)!, '0') === 0)) {
    const reason = budget.length === 0 ? '没有部门预算报告。' : `没有可比较的数据（${metric.missing(budget[0]!)}）。`;
    return { ...base, notes, summary: reason, table: null, status: 'empty', reason };
  }
  const sorted = [
    ...withValue.sort((a, b) => compareDecimal(metric.value(b)!, metric.value(a)!)),
    ...budget.filter((r) => !isDecimal(metric.value(r))),
  ];
  const unitText = metric.unit === '%' ? '' : ` ${metric.unit}`;
  const summary =
    sorted
      .map((r) => {
        const v = metric.value(r);
        return `${rowLabel(r)} ${isDecimal(v) ? `${metric.label(v)}${unitText}` : metric.missing(r)}`;
      })
      .join('；') + '。';
  return {
    ...base,
    notes,
    summary,
    table: {
      head: ['部门（年度）', metric.title],
      rows: sorted.map((r) => {
        const v = metric.value(r);
        return { th: rowLabel(r), cells: [isDecimal(v) ? metric.label(v) : metric.missing(r)] };
      }),
      numeric: [true],
    },
    status: 'ok',
    data: {
      ...(metric.unit === '%' ? { max: '100' } : {}),
      series: [{ name: metric.title, style: 'solid' }],
      rows: sorted.map((r) => {
        const v = metric.value(r);
        return {
          label: rowLabel(r),
          note: null,
          bars: [isDecimal(v) ? { value: v, label: metric.label(v) } : { value: null, label: metric.missing(r) }],
        };
      }),
    },
  };
}
