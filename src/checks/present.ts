/**
 * Presentation helpers for check results (pure; used by the report page panel and /quality/):
 * where a compared figure can be seen, and results grouped for display.
 */
import { projectPath, reportPath, rowAnchor, sourceTextPath, type ReportRef } from '../lib/routes';
import { TABLE_NAMES } from './access';
import { checkById, STATUS_ORDER } from './registry';
import type { CheckFigure, CheckResult, CheckStatus } from './schema';
import { sourceLink, sourceViewPath } from '../lib/provenance';
import type { SourceDocument } from '../schemas';

export interface FigureLocation {
  /** Site-relative path with fragment, or a bare fragment on the report page itself. */
  path: string;
  text: string;
}

type Located = ReportRef & { source: SourceDocument };

/**
 * Where a figure was read: its table row on the report page (`#expenditure-201`), its KPI
 * form page, or the line of the published source text.
 */
export function figureLocation(report: Located, figure: CheckFigure, onReportPage: boolean): FigureLocation | null {
  const line = figure.line === undefined ? '' : `，原文第${figure.line}行`;
  if (figure.table && figure.rowId) {
    const anchor = `#${rowAnchor(figure.table, figure.rowId)}`;
    return {
      path: onReportPage ? anchor : `${reportPath(report)}${anchor}`,
      text: `${TABLE_NAMES[figure.table]}该行${line}`,
    };
  }
  if (figure.project) {
    return { path: projectPath(report, figure.project), text: `绩效目标表${line}` };
  }
  if (figure.line !== undefined) {
    if (figure.file) {
      const path = figure.file.endsWith('.pdf')
        ? sourceTextPath(figure.file)
        : `${sourceViewPath(figure.file)}#L${figure.line}`;
      return { path, text: `原文 ${figure.file} 第${figure.line}行` };
    }
    const link = sourceLink(report.source, [figure.line, figure.line]);
    return { path: link.path, text: `原文${link.label}` };
  }
  return null;
}

/** "432.54 万元", "96.55%", blank → "空白", a code → "". */
export function figureValue(figure: CheckFigure): string {
  if (figure.value === null) return figure.unit === null ? '' : '空白';
  const [int = '', frac] = figure.value.replace(/^-/, '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = figure.value.startsWith('-') ? '−' : '';
  const number = `${sign}${grouped}${frac === undefined ? '' : `.${frac}`}`;
  return figure.unit === '%' ? `${number}%` : figure.unit === null ? number : `${number} 万元`;
}

export const ROLE_LABELS: Record<CheckFigure['role'], string> = {
  stated: '核对的数字',
  part: '组成项',
  computed: '计算结果',
  reference: '对照',
};

/** Results by status, most severe first; empty groups are kept so headings stay stable. */
export function byStatus(results: readonly CheckResult[]): { status: CheckStatus; results: CheckResult[] }[] {
  return STATUS_ORDER.map((status) => ({ status, results: results.filter((r) => r.status === status) }));
}

/** Short name of the check a result belongs to. */
export const checkTitle = (result: CheckResult): string => checkById(result.check)?.title ?? result.check;

/** Anchor of a report on /quality/: "jincheng-jingji-anjian-2024". */
export const qualityAnchor = (report: ReportRef): string => `${report.region}-${report.department.slug}-${report.year}`;
