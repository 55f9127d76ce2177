/**
 * The two page types of a department across the years, on the build of the fixture
 * department (tests/fixtures/final-accounts; `npm run build:final` → dist-final/): the
 * department page (documents by year, time series, figures with source links) and the
 * budget-vs-actual page. axe (WCAG 2.1 AA) and no horizontal scroll at 320 px, and the
 * figures shown are those of the fixture's report JSON.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultPaths, waitForQuery } from './search-helpers';
import { expectAccessibleAndReflowing } from './support/a11y';
import { crawl, formatProblems, htmlSeeds } from './support/crawler';
import { startServerAndChromiumForSuite } from './support/suite';

const DIR = path.resolve('dist-final');
const PAGES = {
  department: 'r/ceshiqu/shegong/',
  comparison: 'r/ceshiqu/shegong/2024/budget-vs-actual/',
  final: 'r/ceshiqu/shegong/2024-final/',
  budget: 'r/ceshiqu/shegong/2024/',
  home: '',
  compare: 'compare/',
  region: 'r/ceshiqu/',
} as const;

if (!existsSync(path.join(DIR, 'index.html'))) {
  throw new Error('dist-final/index.html not found: run `npm run build:final` first');
}

describe('department across the years and budget vs actual (fixture build)', () => {
  const suite = startServerAndChromiumForSuite({ root: DIR, base: '/' });

  async function open(page: string, width = 1280) {
    const context = await suite.browser.newContext({ viewport: { width, height: 800 } });
    const p = await context.newPage();
    const response = await p.goto(`${suite.server.url}${page}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    return { context, page: p };
  }

  it.each(Object.entries(PAGES))(
    '%s page: no axe violations and no horizontal scroll at 320 px',
    async (_name, url) => {
      const { context, page } = await open(url, 320);
      try {
        await expectAccessibleAndReflowing(page);
      } finally {
        await context.close();
      }
    },
  );

  it('has no broken link or #fragment on any page of the fixture build', async () => {
    const { server } = suite;
    const seeds = [server.url, ...(await htmlSeeds(DIR, server.url))];
    const result = await crawl({ origin: server.origin, seeds });
    expect(formatProblems(result.problems, server.origin)).toEqual([]);
    expect(result.pages).toContain(`${server.url}${PAGES.comparison}`);
  });

  it('the department page lists every document by year and links each figure to its row', async () => {
    const { context, page } = await open(PAGES.department);
    try {
      expect(await page.locator('#years a').allTextContents()).toEqual([
        '2024年预算',
        '2024年决算',
        '2024年预算与决算对照',
        '2023年预算',
        '2022年预算',
      ]);
      const row = page.locator('#series-table-title + .table-scroll tbody tr', { hasText: '支出总计' });
      const links = row.locator('td > a:not(.line-ref)');
      expect(await links.allTextContents()).toEqual(['290.00', '301.20', '314.58', '307.82']);
      expect(await links.last().getAttribute('href')).toBe('/r/ceshiqu/shegong/2024-final/#fa-expenditure-total');
      expect(await page.locator('#series-charts svg[role="img"]').count()).toBeGreaterThanOrEqual(7);
    } finally {
      await context.close();
    }
  });

  it('the budget-vs-actual page shows both budget figures, the actual figure and the rate', async () => {
    const { context, page } = await open(PAGES.comparison);
    try {
      const total = page.locator('#by-class-total');
      const text = (await total.textContent()) ?? '';
      for (const figure of ['314.58', '316.81', '321.02', '307.82', '97.85%', '97.16%', '-6.76', '相差2.23万元'])
        expect(text).toContain(figure);
      expect(await page.locator('#three-public-table-three-public-reception').textContent()).toContain('90.00%');
    } finally {
      await context.close();
    }
  });

  it('the home page and /compare/ list final accounts apart from budgets', async () => {
    const { context, page } = await open(PAGES.home);
    try {
      expect(await page.locator('#home-finals-title + .table-scroll tbody tr').allTextContents()).toEqual([
        expect.stringContaining('2024年决算307.82105.58202.243.95为预算的 97.85%'),
      ]);
      // The region's overview table shows the newest budget, not the final accounts.
      expect(await page.locator('#home-ceshiqu-title + .table-scroll tbody tr td').first().textContent()).toContain(
        '2024年',
      );
      await page.goto(`${suite.server.url}${PAGES.compare}`);
      expect(await page.locator('#compare-caption + thead + tbody tr').count()).toBe(3);
      expect(await page.locator('#compare-finals-title + .table-scroll tbody tr').count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('search filters by document type', async () => {
    const { context, page } = await open('search/?q=%E4%B8%89%E5%85%AC&document=%E5%86%B3%E7%AE%97');
    try {
      await waitForQuery(page, '三公');
      const found = await resultPaths(page, '/');
      expect(found.length).toBeGreaterThan(0);
      for (const p of found) expect(p).toMatch(/^\/r\/ceshiqu\/shegong\/2024-final\//);
      await page.selectOption('#search-document', '预算');
      await waitForQuery(page, '三公');
      await page.waitForFunction(() => !location.search.includes('%E5%86%B3%E7%AE%97'));
      const budgets = await resultPaths(page, '/');
      expect(budgets.length).toBeGreaterThan(0);
      for (const p of budgets) expect(p).not.toContain('-final');
    } finally {
      await context.close();
    }
  });

  it('the report page computes 比上年 from last year’s document and checks the text', async () => {
    const { context, page } = await open(PAGES.budget);
    try {
      expect(await page.locator('#key-figures').textContent()).toContain('比上年（2023年预算）增加 13.38 万元');
      const checks = await page.locator('#year-on-year li').allTextContents();
      expect(checks).toHaveLength(2);
      for (const c of checks) expect(c.startsWith('通过')).toBe(true);
    } finally {
      await context.close();
    }
  });
});
