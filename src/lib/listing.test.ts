import { describe, expect, it } from 'vitest';
import { regionSummaries, regionYears, yearSpan, yearsOf } from './listing';

const regions = [
  { slug: 'a', name: '甲市' },
  { slug: 'b', name: '乙市' },
];
const reports = [
  { region: 'a', year: 2023 },
  { region: 'b', year: 2024 },
  { region: 'a', year: 2024 },
  { region: 'a', year: 2024 },
];

describe('listing', () => {
  it('counts departments, reports and years per region', () => {
    const summaries = regionSummaries(regions, [{ region: 'a' }, { region: 'a' }, { region: 'b' }], reports);
    expect(summaries.map((s) => [s.region.slug, s.departments, s.reports, s.years])).toEqual([
      ['a', 2, 3, [2024, 2023]],
      ['b', 1, 1, [2024]],
    ]);
  });

  it('lists years newest first and spans them', () => {
    expect(yearsOf(reports)).toEqual([2024, 2023]);
    expect(yearSpan([2024, 2019, 2021])).toBe('2019—2024年');
    expect(yearSpan([2024])).toBe('2024年');
    expect(yearSpan([])).toBe('—');
  });

  it('counts reports per region and year, region order then newest first', () => {
    expect(regionYears(reports)).toEqual([
      { region: 'a', year: 2024, count: 2 },
      { region: 'a', year: 2023, count: 1 },
      { region: 'b', year: 2024, count: 1 },
    ]);
  });
});
