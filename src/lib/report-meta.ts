/** Titles and descriptions of report pages (for <title>, description and Open Graph). */
import type { Report } from '../schemas';
import { formatAmount } from './format';
import { mainFigures } from './main-figures';
import { summarize } from './summary';

const LABELS: Record<Report['documentType'], string> = {
  budget: '预算',
  'final-accounts': '决算',
  'performance-targets': '项目绩效目标',
};

export const documentLabel = (r: Pick<Report, 'documentType'>): string => LABELS[r.documentType];

/** "晋城经济技术开发区经济发展与安全监管部2024年预算" */
export const reportTitle = (r: Pick<Report, 'department' | 'year' | 'documentType'>): string =>
  `${r.department.name}${r.year}年${documentLabel(r)}`;

/** One sentence with the headline figures, for descriptions and shared links. */
export function reportDescription(r: Report): string {
  if (r.documentType === 'final-accounts') return finalDescription(r);
  const s = summarize(r);
  if (r.documentType !== 'budget') {
    const funds = s.kpiAnnualFunds === null ? '' : `，年度资金合计 ${formatAmount(s.kpiAnnualFunds)} 万元`;
    return `${r.department.name}${r.year}年项目支出绩效目标：${s.kpiCount} 个项目${funds}。`;
  }
  const parts = [
    `${r.department.name}${r.year}年预算收入总计 ${s.total === null ? '未列出' : `${formatAmount(s.total)} 万元`}`,
  ];
  if (s.basic !== null && s.project !== null)
    parts.push(`基本支出 ${formatAmount(s.basic)} 万元，项目支出 ${formatAmount(s.project)} 万元`);
  if (s.threePublic)
    parts.push(`“三公”经费 ${s.threePublic.total === null ? '无' : `${formatAmount(s.threePublic.total)} 万元`}`);
  return `${parts.join('；')}。`;
}

function finalDescription(r: Report): string {
  const f = mainFigures(r).figures;
  const w = (v: string | null | undefined) => (v === null || v === undefined ? '未列出' : `${formatAmount(v)} 万元`);
  const parts = [`${r.department.name}${r.year}年决算：本年支出合计 ${w(f.total?.value)}`];
  if (f.basic?.value && f.project?.value) parts.push(`基本支出 ${w(f.basic.value)}，项目支出 ${w(f.project.value)}`);
  parts.push(`“三公”经费决算 ${f['three-public'] ? w(f['three-public'].value) : '无数据'}`);
  return `${parts.join('；')}。`;
}
