/** The comparison rows of the whole site, with each department's short name. */
import { compareRows, type CompareRow } from '../../charts';
import { getDepartments, getReports } from '../../lib/reports';

let cache: Promise<CompareRow[]> | undefined;

export function compareRowsForSite(): Promise<CompareRow[]> {
  cache ??= (async () => {
    const names = new Map((await getDepartments()).map((d) => [`${d.region}/${d.slug}`, d.shortName]));
    return compareRows(await getReports(), names);
  })();
  return cache;
}
