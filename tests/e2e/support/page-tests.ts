import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Site } from './sites';
import { startServerAndChromiumForSuite } from './suite';

interface Visit {
  page: Page;
  status: number | undefined;
  requests: string[];
  failed: string[];
  consoleErrors: string[];
}

/** Browser tests of the site shell, for one build (root or sub-path). */
export function describePageTests(site: Site): void {
  describe(`pages of the ${site.name} build in Chromium (${site.base})`, () => {
    const suite = startServerAndChromiumForSuite(site);
    let context: BrowserContext;

    async function visit(
      path: string,
      viewport = { width: 1280, height: 900 },
      waitUntil: 'load' | 'networkidle' = 'networkidle',
    ): Promise<Visit> {
      const { server, browser } = suite;
      context = await browser.newContext({ viewport, locale: 'zh-CN', javaScriptEnabled: true });
      const page = await context.newPage();
      const requests: string[] = [];
      const failed: string[] = [];
      const consoleErrors: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('response', (response) => {
        // The page itself may be the 404 page; every sub-resource must load.
        if (response.status() >= 400 && response.request().resourceType() !== 'document') {
          failed.push(`${response.status()} ${response.url()}`);
        }
      });
      page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      const response = await page.goto(server.url + path, { waitUntil });
      return { page, status: response?.status(), requests, failed, consoleErrors };
    }

    function expectOnlyLocalRequests(result: Visit): void {
      const foreign = result.requests.filter((url) => new URL(url).origin !== suite.server.origin);
      expect(foreign).toEqual([]);
      expect(result.failed).toEqual([]);
    }

    it('home page: lang, title, heading, and no request to any other origin', async () => {
      const result = await visit('');
      try {
        const { page } = result;
        expect(result.status).toBe(200);
        expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
        expect(await page.title()).toBe('预算公开');
        expect(await page.locator('h1').textContent()).toBe('预算公开');
        expect(await page.locator('footer').textContent()).toContain('数据来源：各部门公开的部门预算文件');
        // The stylesheet was applied: system fonts and tabular figures.
        const fontFamily = await page.evaluate(() => getComputedStyle(document.documentElement).fontFamily);
        expect(fontFamily).toContain('Noto Sans CJK SC');
        expect(result.requests.length).toBeGreaterThan(1);
        expectOnlyLocalRequests(result);
        expect(result.consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });

    it('the header search form works without JavaScript', async () => {
      const { server, browser } = suite;
      context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(server.url);
        await page.getByLabel('搜索', { exact: true }).fill('三公');
        await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
        const url = new URL(page.url());
        expect(url.pathname).toBe(`${site.base}search/`);
        expect(url.searchParams.get('q')).toBe('三公');
        expect(await page.locator('h1').textContent()).toBe('搜索');
      } finally {
        await context.close();
      }
    });

    it('the first Tab reaches the skip link, which moves to the main content', async () => {
      const { page } = await visit('');
      try {
        await page.keyboard.press('Tab');
        const focused = page.locator(':focus');
        expect(await focused.textContent()).toBe('跳到正文');
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      } finally {
        await context.close();
      }
    });

    it('an unknown address shows the styled 404 page', async () => {
      const result = await visit('no-such-page/');
      try {
        expect(result.status).toBe(404);
        expect(await result.page.locator('h1').textContent()).toBe('页面不存在');
        expectOnlyLocalRequests(result);
      } finally {
        await context.close();
      }
    });

    it.each(['', 'about/', 'search/', 'no-such-page/'])(
      'page /%s has no axe violations (WCAG 2.1 AA) and reflows at 320 px',
      async (path) => {
        const result = await visit(path, { width: 320, height: 640 }, 'load');
        try {
          const { violations } = await new AxeBuilder({ page: result.page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
            .analyze();
          expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
          const overflow = await result.page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          expectOnlyLocalRequests(result);
        } finally {
          await context.close();
        }
      },
    );
  });
}
