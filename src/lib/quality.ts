/**
 * Check results of every report, computed once per build and shared by the pages that show
 * them (the report page's summary and 数据核对 panel, the /quality/ pages).
 *
 * Memory: a report's results are about 0.6 MB in memory (≈ 340 results with their figures),
 * more than the report itself, and the pages that show them are rendered far apart (all
 * report pages, then later all /quality/ report pages). So every report keeps only its
 * summary and per-check counts; its full results are kept serialised and compressed
 * (≈ 33 KB) and read back when a page asks, the last few also as objects.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { runChecks, STATUS_ORDER, summarize } from '../checks/registry';
import type { CheckResult, CheckSummary } from '../checks/schema';
import type { Report } from '../schemas';
import { getReports } from './reports';

export interface CheckedReport {
  report: Report;
  results: CheckResult[];
  summary: CheckSummary;
}

/** What the site-wide pages need of a report's checks. */
export interface ReportCheckCounts {
  report: Report;
  summary: CheckSummary;
  /** Results per check id. */
  perCheck: ReadonlyMap<string, number>;
}

const counts = new WeakMap<Report, ReportCheckCounts>();
const stored = new WeakMap<Report, Buffer>();
/** Results as objects of the last reports asked for (a page asks two or three times). */
const RECENT = 4;
const recent = new Map<Report, CheckedReport>();

function remember(checked: CheckedReport): CheckedReport {
  recent.delete(checked.report);
  recent.set(checked.report, checked);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return checked;
}

/**
 * The checks of one report, run once per build whichever page asks first: they are the most
 * expensive part of a page.
 */
export function checkReport(report: Report): CheckedReport {
  const hit = recent.get(report);
  if (hit) return remember(hit);
  const saved = stored.get(report);
  if (saved) {
    const results = JSON.parse(inflateRawSync(saved).toString('utf8')) as CheckResult[];
    return remember({ report, results, summary: counts.get(report)!.summary });
  }
  const results = runChecks(report);
  const checked = { report, results, summary: summarize(results) };
  const perCheck = new Map<string, number>();
  for (const r of results) perCheck.set(r.check, (perCheck.get(r.check) ?? 0) + 1);
  counts.set(report, { report, summary: checked.summary, perCheck });
  // Level 1: this copy lives only for the build; speed matters more than size.
  stored.set(report, deflateRawSync(JSON.stringify(results), { level: 1 }));
  return remember(checked);
}

/** A report's check summary and counts per check (runs its checks if no page has yet). */
export function checkCounts(report: Report): ReportCheckCounts {
  return counts.get(report) ?? (checkReport(report), counts.get(report)!);
}

let cache: Promise<ReportCheckCounts[]> | undefined;

/** The check counts of every report, in report order. */
export function getCheckCounts(): Promise<ReportCheckCounts[]> {
  cache ??= getReports().then((reports) => reports.map(checkCounts));
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
