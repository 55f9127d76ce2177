/**
 * Counts behind the site-wide lists (home, /r/, /quality/, /compare/): per region, how many
 * departments and reports, which years. Pure; pages read the collections and pass them in.
 */
import type { Department, Region, Report } from '../schemas';

export interface RegionSummary {
  region: Region;
  departments: number;
  reports: number;
  /** Years with at least one report, newest first. */
  years: number[];
}

type ReportKey = Pick<Report, 'region' | 'year'>;

/** Years of these reports, newest first. */
export function yearsOf(reports: readonly Pick<Report, 'year'>[]): number[] {
  return [...new Set(reports.map((r) => r.year))].sort((a, b) => b - a);
}

export function regionSummaries(
  regions: readonly Region[],
  departments: readonly Pick<Department, 'region'>[],
  reports: readonly ReportKey[],
): RegionSummary[] {
  return regions.map((region) => {
    const own = reports.filter((r) => r.region === region.slug);
    return {
      region,
      departments: departments.filter((d) => d.region === region.slug).length,
      reports: own.length,
      years: yearsOf(own),
    };
  });
}

/** "2024年" or "2019—2024年" (the years may have gaps; the list is the full story). */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '—';
  const newest = Math.max(...years);
  const oldest = Math.min(...years);
  return newest === oldest ? `${newest}年` : `${oldest}—${newest}年`;
}

/** Every (region, year) that has reports, in region order then newest year first. */
export function regionYears(reports: readonly ReportKey[]): { region: string; year: number; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of reports)
    counts.set(`${r.region}\u0000${r.year}`, (counts.get(`${r.region}\u0000${r.year}`) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => {
      const [region = '', year = '0'] = key.split('\u0000');
      return { region, year: Number(year), count };
    })
    .sort((a, b) => (a.region === b.region ? b.year - a.year : a.region < b.region ? -1 : 1));
}
