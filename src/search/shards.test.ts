import { describe, expect, it } from 'vitest';
import {
  allYears,
  planShards,
  planYearShards,
  recentYears,
  scopeBundles,
  searchedYears,
  yearOfPath,
  yearRanges,
  type ShardList,
} from './shards';

describe('planShards', () => {
  const pages = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);

  it('keeps everything in one shard when it fits', () => {
    expect(planShards(pages(3), 10)).toEqual([pages(3)]);
  });

  it('cuts into the fewest shards that respect the limit, of even size, in order', () => {
    const shards = planShards(pages(11), 4);
    expect(shards.map((s) => s.length)).toEqual([4, 4, 3]);
    expect(shards.flat()).toEqual(pages(11));
    expect(planShards(pages(9), 8).map((s) => s.length)).toEqual([5, 4]);
  });

  it('gives one empty shard for no pages, and refuses a bad size', () => {
    expect(planShards([], 4)).toEqual([[]]);
    expect(() => planShards(pages(2), 0)).toThrow(/positive integer/);
  });
});

describe('yearOfPath', () => {
  it('reads the year of a document page, and none elsewhere', () => {
    expect(yearOfPath('r/jiangsu/caizhengting/2019/t/three-public/index.html')).toBe(2019);
    expect(yearOfPath('r/jiangsu/caizhengting/2019/index.html')).toBe(2019);
    expect(yearOfPath('r/jinzhong/chanye-guihua/2024-final/p/x/index.html')).toBe(2024);
    expect(yearOfPath('glossary/index.html')).toBeUndefined();
    expect(yearOfPath('r/jiangsu/index.html')).toBeUndefined();
  });
});

describe('planYearShards', () => {
  /** `count` pages of `year` (path order: the department before the year). */
  const pages = (year: number, count: number) => Array.from({ length: count }, (_, i) => `r/x/d${i}/${year}/`);
  const plan = (items: string[], max: number) =>
    planYearShards(items, yearOfPath, max).map((s) => ({ years: s.years, size: s.items.length }));

  it('gives a site that fits one shard exactly the one shard of planShards, in path order', () => {
    const site = [...pages(2024, 3), 'glossary/', ...pages(2019, 2)].sort();
    const shards = planYearShards(site, yearOfPath, 10);
    expect(shards.map((s) => s.items)).toEqual(planShards(site, 10));
    expect(shards[0]!.years).toEqual([2024, 2019]);
  });

  it('puts the newest year first, whole years together, and pages without a year with the newest', () => {
    const site = [...pages(2022, 3), ...pages(2023, 2), ...pages(2024, 4), 'glossary/'].sort();
    expect(plan(site, 5)).toEqual([
      { years: [2024], size: 5 },
      { years: [2023, 2022], size: 5 },
    ]);
    const [main] = planYearShards(site, yearOfPath, 5);
    expect(main!.items).toContain('glossary/');
    expect(main!.items).toEqual([...main!.items].sort());
  });

  it('cuts a year over the limit into even shards of its own', () => {
    const site = [...pages(2023, 2), ...pages(2024, 11)].sort();
    expect(plan(site, 4)).toEqual([
      { years: [2024], size: 4 },
      { years: [2024], size: 4 },
      { years: [2024], size: 3 },
      { years: [2023], size: 2 },
    ]);
  });

  it('splits a site without years by size alone, and keeps one empty shard for no pages', () => {
    expect(plan(['a/', 'b/', 'c/'], 2)).toEqual([
      { years: [], size: 2 },
      { years: [], size: 1 },
    ]);
    expect(planYearShards([], yearOfPath, 4)).toEqual([{ items: [], years: [] }]);
  });
});

describe('scopeBundles / searchedYears / yearRanges', () => {
  const list: ShardList = {
    years: [2026],
    shards: [
      { path: 's1/', years: [2025, 2024] },
      { path: 's2/', years: [2023] },
      { path: 's3/', years: [2022, 2021] },
    ],
  };
  const [s1, s2, s3] = list.shards;
  const site = allYears(list);

  it('merges the bundles of the newest two years by default, of one year for a year filter, or all', () => {
    expect(recentYears(list)).toEqual([2026, 2025]);
    expect(scopeBundles(list, { kind: 'recent' })).toEqual([s1]);
    expect(scopeBundles(list, { kind: 'year', year: 2021 })).toEqual([s3]);
    expect(scopeBundles(list, { kind: 'year', year: 2026 })).toEqual([]);
    expect(scopeBundles(list, { kind: 'all' })).toEqual(list.shards);
    expect(scopeBundles({ years: [], shards: [{ path: 's1/', years: [] }] }, { kind: 'recent' })).toHaveLength(1);
  });

  it('says which years were searched, or null when every year was', () => {
    expect(searchedYears(list, [s1!])).toEqual([2026, 2025, 2024]);
    expect(searchedYears(list, [s1!, s3!])).toEqual([2026, 2025, 2024, 2022, 2021]);
    expect(searchedYears(list, [s3!, s2!, s1!])).toBeNull();
    expect(searchedYears({ shards: [] }, [])).toBeNull();
  });

  it('writes years as ranges of the site’s consecutive years, oldest first', () => {
    expect(yearRanges([2026, 2025, 2024], site)).toBe('2024—2026');
    expect(yearRanges([2026, 2025, 2024, 2022, 2021], site)).toBe('2021—2022、2024—2026');
    expect(yearRanges([2023], site)).toBe('2023');
    // Years the site does not have do not break a range.
    expect(yearRanges([2025, 2019], [2025, 2019])).toBe('2019—2025');
  });
});
