/**
 * Check results of every report, computed once per build and shared by the /quality/ pages
 * (summary, region, report). Totals add up per-report summaries.
 */
import { runChecks, STATUS_ORDER, summarize } from '../checks/registry';
import type { CheckResult, CheckSummary } from '../checks/schema';
import type { Report } from '../schemas';
import { getReports } from './reports';

export interface CheckedReport {
  report: Report;
  results: CheckResult[];
  summary: CheckSummary;
}

const byReport = new WeakMap<Report, CheckedReport>();

/**
 * The checks of one report, run once per build whichever page asks first (the report
 * page's 数据核对 panel, the /quality/ pages): they are the most expensive part of a page.
 */
export function checkReport(report: Report): CheckedReport {
  let checked = byReport.get(report);
  if (!checked) {
    const results = runChecks(report);
    checked = { report, results, summary: summarize(results) };
    byReport.set(report, checked);
  }
  return checked;
}

let cache: Promise<CheckedReport[]> | undefined;

export function getCheckedReports(): Promise<CheckedReport[]> {
  cache ??= getReports().then((reports) => reports.map(checkReport));
  return cache;
}

/** The sum of several summaries. */
export function addSummaries(summaries: readonly CheckSummary[]): CheckSummary {
  const total: CheckSummary = { total: 0, pass: 0, rounding: 0, fail: 0, note: 0, 'not-applicable': 0 };
  for (const s of summaries) {
    total.total += s.total;
    for (const status of STATUS_ORDER) total[status] += s[status];
  }
  return total;
}
