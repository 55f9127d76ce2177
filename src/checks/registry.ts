import type { Report } from '../schemas';
import { BASIC_CHECKS } from './basic';
import { CROSS_CHECKS } from './cross';
import { explainDifferences } from './explain';
import type { CheckDefinition } from './define';
import { FINAL_TABLE_CHECKS } from './final-accounts';
import { FINAL_NARRATIVE_CHECKS } from './final-narrative';
import { HIERARCHY_CHECKS } from './hierarchy';
import { KPI_CHECKS } from './kpi';
import { NARRATIVE_CHECKS } from './narrative';
import { PROJECT_CHECKS } from './projects';
import { ROW_CHECKS } from './rows';
import { CHECK_STATUSES, type CheckResult, type CheckStatus, type CheckSummary } from './schema';
import { THREE_PUBLIC_CHECKS } from './three-public';
import { TEXT_CHECKS } from './text';
import { TEXT_SUM_CHECKS } from './text-sums';
import { TOTAL_CHECKS } from './totals';

/** Every check, in the order results are listed. */
export const CHECKS: readonly CheckDefinition[] = [
  ...TOTAL_CHECKS,
  ...CROSS_CHECKS,
  ...ROW_CHECKS,
  ...HIERARCHY_CHECKS,
  ...BASIC_CHECKS,
  ...THREE_PUBLIC_CHECKS,
  ...PROJECT_CHECKS,
  ...NARRATIVE_CHECKS,
  ...KPI_CHECKS,
  ...FINAL_TABLE_CHECKS,
  ...FINAL_NARRATIVE_CHECKS,
  ...TEXT_CHECKS,
  ...TEXT_SUM_CHECKS,
];

export const checkById = (id: string): CheckDefinition | undefined => CHECKS.find((c) => c.id === id);

/** Run every check on a (schema-valid) report. Pure: the same report gives the same results. */
export function runChecks(report: Report, checks: readonly CheckDefinition[] = CHECKS): CheckResult[] {
  const results = explainDifferences(
    checks.filter((c) => (c.documents ?? ['budget']).includes(report.documentType)).flatMap((c) => c.run(report)),
  );
  // Ids are unique by construction; guard anyway so a page never has two equal anchors.
  const seen = new Map<string, number>();
  return results.map((r) => {
    const n = (seen.get(r.id) ?? 0) + 1;
    seen.set(r.id, n);
    return n === 1 ? r : { ...r, id: `${r.id}--${n}` };
  });
}

export function summarize(results: readonly CheckResult[]): CheckSummary {
  const summary: CheckSummary = { total: results.length, pass: 0, rounding: 0, fail: 0, note: 0, 'not-applicable': 0 };
  for (const r of results) summary[r.status]++;
  return summary;
}

/** Results of one status, in registry order. */
export const withStatus = (results: readonly CheckResult[], status: CheckStatus): CheckResult[] =>
  results.filter((r) => r.status === status);

/** Most severe status first: fail, note, rounding, not-applicable, pass. */
export const STATUS_ORDER: readonly CheckStatus[] = ['fail', 'note', 'rounding', 'not-applicable', 'pass'];

export { CHECK_STATUSES };
