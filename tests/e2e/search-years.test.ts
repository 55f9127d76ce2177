/**
 * The search page over an index split by year (src/search/shards.ts): a copy of the root
 * build re-indexed in shards of 30 pages, as `SEARCH_SHARD_PAGES=30 npm run build` does.
 * A query searches the newest two years and says so; a year filter or «全部年份» finds the
 * older documents, loading their shards only then; a query with nothing in the newest two
 * years is answered from every year.
 */
import { cp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../scripts/index-search';
import {
  allYears,
  scopeBundles,
  searchedYears,
  SHARDS_FILE,
  yearRanges,
  type Scope,
  type ShardList,
} from '../../src/search/shards';
import { resultPaths, waitForQuery } from './search-helpers';
import { SITES, siteDir } from './support/sites';
import { startServerAndChromiumForSuite } from './support/suite';

describe('search over an index split by year', () => {
  const root = path.join(tmpdir(), `search-years-${process.pid}`);
  let list: ShardList;
  beforeAll(async () => {
    await cp(siteDir(SITES[0]), root, { recursive: true });
    await indexSite(root, 30);
    list = JSON.parse(await readFile(path.join(root, 'pagefind', SHARDS_FILE), 'utf8')) as ShardList;
  });
  afterAll(() => rm(root, { recursive: true, force: true }));
  const suite = startServerAndChromiumForSuite({ root, base: '/' });

  it('searches the newest two years by default; a year filter and «全部年份» find an older page; nothing recent falls back to every year', async () => {
    const context = await suite.browser.newContext({ locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      // The shards fetched so far, and those a scope needs.
      const fetched = new Set<string>();
      page.on('request', (r) => {
        const shard = /\/pagefind\/(s\d+\/)/.exec(r.url());
        if (shard) fetched.add(shard[1]!);
      });
      const needed = (...scopes: Scope[]) =>
        [...new Set(scopes.flatMap((scope) => scopeBundles(list, scope).map((s) => s.path)))].sort();
      const recent = yearRanges(searchedYears(list, scopeBundles(list, { kind: 'recent' }))!, allYears(list));
      expect(recent).toBe('2025—2026');
      const q = '招商引资工作经费';
      // A 2024 project, older than the newest two years of the real content.
      const older = '/r/jinzhong/chanye-guihua/2024/p/zsyzgzjf/';
      const status = page.locator('#search-status');
      const year = page.getByLabel('年度', { exact: true });

      await page.goto(`${suite.server.url}search/?q=${encodeURIComponent(q)}`, { waitUntil: 'load' });
      await waitForQuery(page, q);
      expect(await status.textContent()).toMatch(new RegExp(`^“${q}”：在 ${recent} 年的文件中找到 \\d+ 个结果`));
      // Documents of those years only (the glossary has no year).
      expect((await resultPaths(page, '/')).filter((p) => p.startsWith('/r/') && !/\/202[56]\//.test(p))).toEqual([]);
      expect(await year.locator('option').first().textContent()).toBe(`${recent}年（默认）`);
      expect([...fetched].sort()).toEqual(needed({ kind: 'recent' }));

      await year.selectOption('2024');
      await page.waitForURL((url) => url.searchParams.get('year') === '2024');
      await waitForQuery(page, q);
      expect(await status.textContent()).toMatch(new RegExp(`^“${q}”：找到 \\d+ 个结果`));
      expect((await resultPaths(page, '/'))[0]).toBe(older);
      expect([...fetched].sort()).toEqual(needed({ kind: 'recent' }, { kind: 'year', year: 2024 }));

      // «全部年份» from the status line, by keyboard; the address says it.
      await year.selectOption('');
      await page.waitForURL((url) => !url.searchParams.has('year'));
      await waitForQuery(page, q);
      const all = status.getByRole('link', { name: '搜索全部年份' });
      expect(new URL((await all.getAttribute('href'))!, suite.server.url).searchParams.get('year')).toBe('all');
      await all.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('year') === 'all');
      await waitForQuery(page, q);
      expect(await status.textContent()).toMatch(new RegExp(`^“${q}”：找到 \\d+ 个结果`));
      expect(await resultPaths(page, '/')).toContain(older);
      expect(await year.inputValue()).toBe('all');
      expect([...fetched].sort()).toEqual(needed({ kind: 'all' }));

      // A query with nothing in the recent years is answered from every year, and says so.
      const department = '行政审批局';
      await page.goto(`${suite.server.url}search/?q=${encodeURIComponent(department)}`, { waitUntil: 'load' });
      await waitForQuery(page, department);
      expect(await status.textContent()).toMatch(
        new RegExp(`：${recent} 年的文件中没有，在全部年份中找到 \\d+ 个结果`),
      );
      expect((await resultPaths(page, '/'))[0]).toBe('/r/jinzhong/xingzheng-shenpi/2024/');
    } finally {
      await context.close();
    }
  });
});
