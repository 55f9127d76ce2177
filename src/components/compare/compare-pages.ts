/** Data of the /compare/ pages: the rows of a region and year, and the filter choices. */
import type { CompareRow } from '../../charts';
import { regionYears } from '../../lib/listing';
import { getRegions } from '../../lib/reports';
import { compareRowsForSite } from '../charts/compare-rows';

/** Up to this many reports, /compare/ shows the whole site in one table. */
export const COMPARE_ALL_MAX = 60;

export interface CompareChoice {
  slug: string;
  name: string;
  years: { year: number; count: number }[];
}

export async function compareChoices(): Promise<{ choices: CompareChoice[]; regionNames: Map<string, string> }> {
  const regions = await getRegions();
  const regionNames = new Map(regions.map((r) => [r.slug, r.name]));
  const counts = regionYears(await compareRowsForSite());
  const choices = regions
    .map((r) => ({
      slug: r.slug,
      name: r.name,
      years: counts.filter((c) => c.region === r.slug).map(({ year, count }) => ({ year, count })),
    }))
    .filter((c) => c.years.length > 0);
  return { choices, regionNames };
}

export async function compareRowsOf(region: string, year: number): Promise<CompareRow[]> {
  return (await compareRowsForSite()).filter((r) => r.region === region && r.year === year);
}
