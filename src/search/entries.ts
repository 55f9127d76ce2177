/**
 * What the search index records about each indexed page: its type, the filters
 * (region, department, year, type), the amount shown in results, and the search terms
 * that name the page (see text.ts for why they are pre-segmented).
 *
 * Pages pass one of these to BaseLayout's `search` prop; pages without it are not
 * indexed (home, region and department lists, about, data, quality …).
 */
import departments from '../../content/departments.json';
import regions from '../../content/regions.json';
import { formatWan } from '../lib/format';
import { reportTitle } from '../lib/report-meta';
import { cell, summarize, totalRow } from '../lib/summary';
import type { ProjectForm, Report, Table, TableKey } from '../schemas';
import type { PageType } from './page-types';
import { searchTerms } from './text';

export { PAGE_TYPE_LABELS, PAGE_TYPES, type PageType } from './page-types';

export interface SearchEntry {
  type: PageType;
  region?: string;
  department?: string;
  year?: string;
  /** Display amount with what it is, e.g. "合计 3.00 万元". */
  amount?: string;
  /** The same amount as a plain decimal string, for sorting. */
  amountValue?: string;
  /** Space-separated words (already segmented) that name the page: its title, subject, synonyms. */
  names: string;
  /** Space-separated words (already segmented) of what the page lists: row labels, codes, indicators. */
  terms: string;
}

/**
 * Words readers use for each standard table that its printed title may lack
 * (the title of `three-public` says “三公”经费, readers type 公务用车 or 出国).
 */
export const TABLE_TERMS: Record<TableKey, readonly string[]> = {
  summary: ['收支总表', '预算收支总表', '收入', '支出', '总计'],
  income: ['收入总表', '收入来源', '财政拨款收入', '上年结转'],
  expenditure: ['支出总表', '基本支出', '项目支出', '功能分类科目'],
  fiscal: ['财政拨款收支总表', '财政拨款'],
  general: ['一般公共预算支出', '功能分类科目', '财政拨款支出'],
  'basic-economic': ['基本支出', '经济分类科目', '人员经费', '公用经费'],
  'fund-income': ['政府性基金预算收入'],
  'fund-expenditure': ['政府性基金预算支出'],
  'state-capital': ['国有资本经营预算'],
  'three-public': [
    '三公经费',
    '因公出国（境）费',
    '公务接待费',
    '公务用车购置及运行费',
    '公务用车购置费',
    '公务用车运行维护费',
    '公务用车',
  ],
  'admin-operation': ['机关运行经费', '公用经费'],
  projects: ['项目支出预算表', '项目支出', '项目名称'],
  'projects-carryover': ['项目支出', '上年结转'],
  'fiscal-expenditure': ['财政拨款支出', '功能分类科目'],
  'fiscal-basic': ['财政拨款基本支出', '经济分类科目', '人员经费', '公用经费'],
  procurement: ['政府采购', '采购预算'],
  generic: [],
  'fa-summary': ['决算', '收入支出决算总表', '结转和结余', '总计'],
  'fa-income': ['决算', '收入决算', '财政拨款收入', '事业收入'],
  'fa-expenditure': ['决算', '支出决算', '基本支出', '项目支出'],
  'fa-fiscal': ['决算', '财政拨款收入支出决算', '财政拨款'],
  'fa-general': ['决算', '一般公共预算财政拨款支出', '功能分类科目'],
  'fa-basic': ['决算', '基本支出', '经济分类科目', '人员经费', '公用经费'],
  'fa-three-public': ['决算', '三公经费', '因公出国（境）费', '公务接待费', '公务用车'],
  'fa-fund': ['决算', '政府性基金预算'],
  'fa-state-capital': ['决算', '国有资本经营预算'],
};

function regionName(slug: string): string {
  return regions.find((r) => r.slug === slug)?.name ?? slug;
}

function shortName(report: Pick<Report, 'region' | 'department'>): string | undefined {
  return departments.find((d) => d.region === report.region && d.slug === report.department.slug)?.shortName;
}

function isDepartmentRow(report: Pick<Report, 'region' | 'department'>, label: string): boolean {
  const name = label.replace(/\s+/g, '');
  return name === report.department.name || name === shortName(report);
}

function base(report: Report): Pick<SearchEntry, 'region' | 'department' | 'year'> {
  return { region: regionName(report.region), department: report.department.name, year: String(report.year) };
}

function withAmount(entry: SearchEntry, label: string, amount: string | null | undefined): SearchEntry {
  const formatted = formatWan(amount);
  return formatted && amount ? { ...entry, amount: `${label} ${formatted}`, amountValue: amount } : entry;
}

/** A year's report page: found by the department's name, short name and code. */
export function reportSearch(report: Report): SearchEntry {
  const s = summarize(report);
  const amount = report.documentType === 'budget' ? s.total : s.kpiAnnualFunds;
  return withAmount(
    {
      type: 'report',
      ...base(report),
      names: searchTerms([shortName(report), report.department.name, reportTitle(report), '部门预算']),
      terms: searchTerms([report.department.code, report.source.title, report.source.publishedBy]),
    },
    report.documentType === 'budget' ? '收入总计' : '项目年度资金合计',
    amount,
  );
}

/** A table permalink: found by its title, the words readers use for it, and its row labels and codes. */
export function tableSearch(report: Report, table: Table): SearchEntry {
  const total = totalRow(table);
  const amount = total ? (cell(table, total, 'total') ?? cell(table, total, 'income')) : null;
  return withAmount(
    {
      type: 'table',
      ...base(report),
      names: searchTerms([table.title, table.number, ...TABLE_TERMS[table.key]]),
      // Rows that only name the department (the project table groups by it) would make
      // every such table a match for the department's name.
      terms: searchTerms(table.rows.filter((r) => !isDepartmentRow(report, r.label)).flatMap((r) => [r.code, r.label])),
    },
    '合计',
    amount,
  );
}

/** A project's KPI form: found by the project's name and its indicators. */
export function projectSearch(report: Report, form: ProjectForm): SearchEntry {
  return withAmount(
    {
      type: 'project',
      ...base(report),
      names: searchTerms([form.name, '项目绩效目标']),
      terms: searchTerms(form.indicators.flatMap((i) => [i.level2, i.level3])),
    },
    '年度资金',
    form.funds.annual.total?.wan,
  );
}

/** The glossary: found by its terms. */
export function glossarySearch(terms: readonly string[]): SearchEntry {
  return { type: 'glossary', names: searchTerms(['名词解释']), terms: searchTerms(terms) };
}
