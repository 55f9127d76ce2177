import { describe, expect, it } from 'vitest';
import { astroHeapMB, parseBuildPart, parsePartCount, partOfPath, reportKeyOfPath } from './build-parts';

describe('parseBuildPart', () => {
  it('reads "<index>/<count>"; unset or blank is the whole build', () => {
    expect(parseBuildPart('1/3')).toEqual({ index: 1, count: 3 });
    expect(parseBuildPart(undefined)).toEqual({ index: 0, count: 1 });
    expect(parseBuildPart('  ')).toEqual({ index: 0, count: 1 });
  });

  it.each(['2/2', '1', 'a/2', '0/0', '-1/2'])('refuses %s with the expected form', (value) => {
    expect(() => parseBuildPart(value)).toThrow(/BUILD_PART: expected "<index>\/<count>"/);
  });
});

describe('reportKeyOfPath', () => {
  it.each([
    ['/r/taiyuan/caizheng/2024/', 'taiyuan/caizheng/2024'],
    ['/r/taiyuan/caizheng/2024/t/summary/', 'taiyuan/caizheng/2024'],
    ['/r/taiyuan/caizheng/2023-final/budget-vs-actual/', 'taiyuan/caizheng/2023-final'],
    ['/embed/taiyuan/caizheng/2024/c/structure/', 'taiyuan/caizheng/2024'],
    ['/data/taiyuan/caizheng/2024.zip', 'taiyuan/caizheng/2024'],
    ['/data/taiyuan/caizheng/2024/summary.csv', 'taiyuan/caizheng/2024'],
    ['/charts/taiyuan/caizheng/2024/structure.svg', 'taiyuan/caizheng/2024'],
    ['/quality/taiyuan/caizheng/2024/', 'taiyuan/caizheng/2024'],
  ])('%s belongs to the report %s', (path, key) => {
    expect(reportKeyOfPath(path)).toBe(key);
  });

  it.each([
    '/',
    '/r/',
    '/r/taiyuan/',
    '/r/taiyuan/caizheng/',
    '/compare/taiyuan/2024/',
    '/data/yusuan-gongkai.zip',
    '/s/x/',
  ])('%s is a site-wide page', (path) => {
    expect(reportKeyOfPath(path)).toBeUndefined();
  });

  it('reads the path under a base path', () => {
    expect(reportKeyOfPath('/budget/r/taiyuan/caizheng/2024/', '/budget/')).toBe('taiyuan/caizheng/2024');
    expect(reportKeyOfPath('/budget/r/', '/budget/')).toBeUndefined();
  });
});

describe('partOfPath', () => {
  const reportPages = (key: string) =>
    ['/r/', '/embed/', '/data/', '/quality/'].map((p) => `${p}${key}/`).concat(`/data/${key}.zip`);

  it('puts every page of one report in one part, and site-wide pages in part 0', () => {
    for (const key of ['taiyuan/caizheng/2024', 'datong/tongji/2023', 'a/b/2019-final']) {
      const parts = new Set(reportPages(key).map((p) => partOfPath(p, 3)));
      expect(parts.size).toBe(1);
    }
    expect(partOfPath('/', 3)).toBe(0);
    expect(partOfPath('/data/yusuan-gongkai.zip', 3)).toBe(0);
  });

  it('spreads reports about evenly', () => {
    const counts = [0, 0];
    for (let d = 0; d < 50; d++) for (let y = 2015; y < 2025; y++) counts[partOfPath(`/r/city/d${d}/${y}/`, 2)]!++;
    expect(Math.min(...counts)).toBeGreaterThan(200);
  });

  it('is part 0 for everything in a one-part build', () => {
    expect(partOfPath('/r/taiyuan/caizheng/2024/', 1)).toBe(0);
  });
});

describe('parsePartCount', () => {
  it('is 1 unless BUILD_PARTS says otherwise', () => {
    expect(parsePartCount(undefined)).toBe(1);
    expect(parsePartCount(' ')).toBe(1);
    expect(parsePartCount('3')).toBe(3);
  });

  it.each(['0', 'two', '1.5'])('refuses %s', (value) => {
    expect(() => parsePartCount(value)).toThrow(/BUILD_PARTS: expected a positive integer/);
  });
});

describe('astroHeapMB', () => {
  it('grows with the content from 1 GB', () => {
    expect(astroHeapMB(0)).toBe(1024);
    expect(astroHeapMB(1000)).toBe(1324);
    expect(astroHeapMB(10000)).toBe(4024);
  });
});
