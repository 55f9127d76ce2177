/**
 * The comparison rows of the whole site (budgets and KPI-only documents: plans), with each
 * department's short name. Final accounts are compared apart (actual spending).
 */
import { compareRows, type CompareRow } from '../../charts';
import { getDepartments, getReports } from '../../lib/reports';

let cache: Promise<CompareRow[]> | undefined;

/** The budgets of the site, side by side (final accounts are compared on their own pages). */
export function compareRowsForSite(): Promise<CompareRow[]> {
  cache ??= (async () => {
    const names = new Map((await getDepartments()).map((d) => [`${d.region}/${d.slug}`, d.shortName]));
    const plans = (await getReports()).filter((r) => r.documentType !== 'final-accounts');
    return compareRows(plans, names);
  })();
  return cache;
}
