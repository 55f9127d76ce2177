/**
 * The search page in Chromium, at / and under /budget/: linked queries (?q=), typing,
 * keyboard navigation, filters, more results, the page without JavaScript, a strict
 * Content-Security-Policy, and accessibility (axe, 320 px).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITES } from './support/sites';
import { expectAccessibleAndReflowing } from './support/a11y';
import { startServerAndChromiumForSuite } from './support/suite';
import { resultPaths, typeQuery, waitForQuery } from './search-helpers';

/** What a strict deployment would send: no inline script; WebAssembly allowed for the index. */
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

describe.each(SITES)('search page of the $name build ($base)', (site) => {
  const suite = startServerAndChromiumForSuite(site);

  async function open(
    query: string,
    options: { javaScriptEnabled?: boolean; csp?: boolean; width?: number } = {},
  ): Promise<{ context: BrowserContext; page: Page; errors: string[]; foreign: string[] }> {
    const { server, browser } = suite;
    const context = await browser.newContext({
      locale: 'zh-CN',
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      viewport: { width: options.width ?? 1280, height: 900 },
    });
    const page = await context.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    context.on('request', (r) => {
      if (new URL(r.url()).origin !== server.origin) foreign.push(r.url());
    });
    context.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    if (options.csp) {
      await page.route(`${server.url}search/**`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': CSP } });
      });
    }
    await page.goto(`${server.url}search/${query}`, { waitUntil: 'load' });
    return { context, page, errors, foreign };
  }

  it('a linked query (?q=三公) lists the 三公 tables first, with department, year and excerpt', async () => {
    const { context, page, errors, foreign } = await open(`?q=${encodeURIComponent('三公')}`);
    try {
      await waitForQuery(page, '三公');
      expect(await page.locator('#search-q').inputValue()).toBe('三公');
      const status = page.locator('#search-status');
      expect(await status.getAttribute('aria-live')).toBe('polite');
      expect(await status.textContent()).toMatch(/^“三公”：找到 \d+ 个结果/);
      const top = await resultPaths(page, site.base);
      expect(top.slice(0, 4).every((p) => p.endsWith('/t/three-public/'))).toBe(true);

      const first = page.locator('.search-result').first();
      const href = await first.locator('h2 a').getAttribute('href');
      expect(href?.startsWith(`${site.base}r/`)).toBe(true);
      expect(await first.locator('.search-result__facts').textContent()).toMatch(/^预算表 · .+ · 20\d\d年/);
      expect(await first.locator('.search-result__excerpt mark').first().textContent()).toBe('三公');
      // The no-JS notice is gone, the filters are shown.
      expect(await page.locator('#search-nojs').isHidden()).toBe(true);
      expect(await page.locator('#search-filters').isVisible()).toBe(true);

      await Promise.all([
        page.waitForURL((url) => url.pathname.endsWith('/t/three-public/')),
        first.locator('h2 a').click(),
      ]);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('typing searches as you type and keeps the address linkable; arrow keys move through results', async () => {
    const { context, page, errors } = await open('');
    try {
      expect(await page.locator('#search-status').textContent()).toContain('请输入要查找的词');
      await page.locator('#search-q').focus();
      await typeQuery(page, '公务用车');
      expect(new URL(page.url()).searchParams.get('q')).toBe('公务用车');

      await page.keyboard.press('ArrowDown');
      const links = page.locator('.search-result__title a');
      expect(await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)).toBe(true);
      expect(await links.nth(0).evaluate((a) => a === document.activeElement)).toBe(true);
      await page.keyboard.press('ArrowDown');
      expect(await links.nth(1).evaluate((a) => a === document.activeElement)).toBe(true);
      await page.keyboard.press('ArrowUp');
      expect(await links.nth(0).evaluate((a) => a === document.activeElement)).toBe(true);
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('filters narrow the results and go into the address', async () => {
    const { context, page, errors } = await open(`?q=${encodeURIComponent('产业扶持专项资金')}`);
    try {
      await waitForQuery(page, '产业扶持专项资金');
      const before = await page.locator('.search-result').count();
      await page.getByLabel('类型', { exact: true }).selectOption('项目绩效目标');
      await page.waitForURL((url) => url.searchParams.get('type') === '项目绩效目标');
      await waitForQuery(page, '产业扶持专项资金');
      const facts = await page.locator('.search-result__facts').allTextContents();
      expect(facts.length).toBeGreaterThan(0);
      expect(facts.length).toBeLessThanOrEqual(before);
      expect(facts.every((f) => f.startsWith('项目绩效目标 · '))).toBe(true);

      await page.getByLabel('部门', { exact: true }).selectOption({ label: '金融服务中心' });
      await waitForQuery(page, '产业扶持专项资金');
      expect(await resultPaths(page, site.base)).toEqual(['/r/jinzhong/jinrong/2024/p/cyfczxzj/']);
      expect(new URL(page.url()).searchParams.get('department')).toBe('山西转型综合改革示范区晋中开发区金融服务中心');

      // Sorting by amount: largest first, every result has an amount.
      await page.getByLabel('部门', { exact: true }).selectOption('');
      await page.getByLabel('排序', { exact: true }).selectOption('amount');
      await waitForQuery(page, '产业扶持专项资金');
      const amounts = (await page.locator('.search-result__facts').allTextContents()).map((f) =>
        Number(/年度资金 ([\d,.]+) 万元/.exec(f)?.[1]?.replace(/,/g, '')),
      );
      expect(amounts.every((a) => a > 0)).toBe(true);
      expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a query naming a department and a subject searches within that department', async () => {
    const { context, page } = await open(`?q=${encodeURIComponent('行政审批局 三公')}`);
    try {
      await waitForQuery(page, '行政审批局 三公');
      expect(await page.locator('#search-status').textContent()).toMatch(/^在“行政审批局”的页面中查找“三公”/);
      expect((await resultPaths(page, site.base))[0]).toBe('/r/jinzhong/xingzheng-shenpi/2024/t/three-public/');
    } finally {
      await context.close();
    }
  });

  it('more results load on request and take the focus; unknown words are ignored; nothing found is said', async () => {
    const { context, page } = await open(`?q=${encodeURIComponent('经费')}`);
    try {
      await waitForQuery(page, '经费');
      expect(await page.locator('.search-result').count()).toBe(10);
      await page.locator('#search-more').click();
      await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 10);
      expect(
        await page
          .locator('.search-result')
          .nth(10)
          .locator('a')
          .evaluate((a) => a === document.activeElement),
      ).toBe(true);

      // A word found nowhere is left out (Pagefind does this): the known word still finds its pages.
      await typeQuery(page, '三公 火箭');
      expect((await resultPaths(page, site.base))[0]).toMatch(/\/t\/three-public\/$/);

      await typeQuery(page, '火箭');
      expect(await page.locator('#search-status').textContent()).toContain('没有找到结果');
      expect(await page.locator('#search-results').isHidden()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('on a phone the filters fold away so the first result is on the first screen; a set filter keeps them open', async () => {
    const { context, page } = await open(`?q=${encodeURIComponent('三公')}`, { width: 360 });
    try {
      await waitForQuery(page, '三公');
      expect(await page.locator('#search-filters').getAttribute('open')).toBeNull();
      const top = await page
        .locator('.search-result')
        .first()
        .evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeLessThan(900);
      await page.locator('#search-filters summary').click();
      await page.getByLabel('类型', { exact: true }).selectOption('预算表');
      await page.waitForURL((url) => url.searchParams.get('type') === '预算表');
      expect(await page.locator('#search-filters summary').textContent()).toBe('筛选和排序（已选 1 项）');
      await page.reload();
      await waitForQuery(page, '三公');
      expect(await page.locator('#search-filters').getAttribute('open')).toBe('');
    } finally {
      await context.close();
    }
  });

  it('without JavaScript the page says so and offers the browse links', async () => {
    const { context, page } = await open(`?q=${encodeURIComponent('三公')}`, { javaScriptEnabled: false });
    try {
      const notice = page.locator('#search-nojs');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain('站内搜索需要浏览器启用 JavaScript');
      const links = await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual([site.base, `${site.base}r/`, `${site.base}glossary/`, `${site.base}data/`]);
      expect(await page.locator('#search-filters').isHidden()).toBe(true);
      expect(await page.locator('#search-results').isHidden()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('works under a strict Content-Security-Policy (no inline script)', async () => {
    const html = await (await fetch(`${suite.server.url}search/`)).text();
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attrs, body]) => !/\bsrc=/.test(attrs ?? '') || (body ?? '').trim() !== '',
    );
    expect(inline.map(([tag]) => tag.slice(0, 80))).toEqual([]);

    const { context, page, errors } = await open(`?q=${encodeURIComponent('公务接待费')}`, { csp: true });
    try {
      const violations: string[] = [];
      await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
      await page.evaluate(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { reportViolation(v: string): void }).reportViolation(
            `${e.violatedDirective} ${e.blockedURI}`,
          ),
        ),
      );
      await waitForQuery(page, '公务接待费');
      expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
      expect(violations).toEqual([]);
      expect(errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('has no axe violations (WCAG 2.1 AA) with results shown, and reflows at 320 px', async () => {
    const { context, page } = await open(`?q=${encodeURIComponent('三公')}`, { width: 320 });
    try {
      await waitForQuery(page, '三公');
      await expectAccessibleAndReflowing(page);
    } finally {
      await context.close();
    }
  });
});
