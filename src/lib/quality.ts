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

let cache: Promise<CheckedReport[]> | undefined;

export function getCheckedReports(): Promise<CheckedReport[]> {
  cache ??= getReports().then((reports) =>
    reports.map((report) => {
      const results = runChecks(report);
      return { report, results, summary: summarize(results) };
    }),
  );
  return cache;
}

/** The sum of several summaries. */
export function addSummaries(summaries: readonly CheckSummary[]): CheckSummary {
  const total: CheckSummary = { total: 0, pass: 0, rounding: 0, fail: 0, 'not-applicable': 0 };
  for (const s of summaries) {
    total.total += s.total;
    for (const status of STATUS_ORDER) total[status] += s[status];
  }
  return total;
}
