/**
 * The browser gates on the bad fixture pages (tests/fixtures/bad-pages/):
 * each gate's core function must report the known fault of its page, and
 * pass the good page. (The gates without a browser have their fixture tests
 * in tests/quality/, run with the unit tests.)
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  clippedTextAtZoom,
  foreignRequests,
  horizontalOverflow,
  keyboardAudit,
  textNeedingJs,
  widestElements,
} from '../quality/lib/browser-checks';
import { BAD_PAGES } from '../quality/fixtures';
import { startServerAndChromiumForSuite } from './support/suite';

describe('browser quality gates on the bad fixture pages', () => {
  const suite = startServerAndChromiumForSuite({ root: BAD_PAGES, base: '/fixtures/' });
  const contexts: BrowserContext[] = [];

  async function open(name: string, width = 1280): Promise<{ page: Page; requests: string[] }> {
    const { server, browser } = suite;
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    contexts.push(context);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${server.url}${name}/`, { waitUntil: 'load' });
    return { page, requests };
  }

  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  it('axe: reports the image without alt text, and passes the good page', async () => {
    const bad = await axeViolations((await open('missing-alt', 390)).page);
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatch(/^image-alt \(critical\): Images must have alternative text — 1 element\(s\):/);
    expect(bad[0]).toContain('<img src="data:image/gif');
    expect(await axeViolations((await open('good', 390)).page)).toEqual([]);
  });

  it('requests: reports the image and stylesheet from another origin', async () => {
    const { requests } = await open('foreign-request');
    expect(foreignRequests(requests, suite.server.origin).sort()).toEqual([
      'https://cdn.example.org/font.css',
      'https://example.org/pixel.png',
    ]);
    expect(foreignRequests((await open('good')).requests, suite.server.origin)).toEqual([]);
  });

  it('text without JavaScript: reports the line only a script writes', async () => {
    const bad = await textNeedingJs(suite.browser, (await open('needs-js')).page);
    expect(bad).toEqual(['三公经费合计 12.34 万元（只有执行脚本才能看到）']);
    expect(await textNeedingJs(suite.browser, (await open('good')).page)).toEqual([]);
  });

  it('keyboard: reports the link Tab cannot reach and the controls without a focus indicator', async () => {
    const bad = await keyboardAudit((await open('no-focus')).page);
    expect(bad.unreachable).toEqual(['<a href="#c" tabindex="-1"> "键盘无法到达的链接"']);
    expect(bad.invisibleFocus).toHaveLength(3);
    expect(bad.invisibleFocus[0]).toMatch(/^<a href="#b"> "没有焦点样式的链接" — outline: none /);
    expect(bad.invisibleFocus[1]).toMatch(/^<button> "没有焦点样式的按钮" — outline: none /);
    expect(bad.invisibleFocus[2]).toMatch(
      /^<a href="#d"> "阴影不随焦点变化的链接" — outline: none .*box-shadow: rgb\(118, 118, 118\) 0px 0px 0px 2px/,
    );
    expect(bad.tabStops).toBe(4);
    const good = await keyboardAudit((await open('good')).page);
    expect(good).toEqual({ tabStops: 4, unreachable: [], invisibleFocus: [] });
  });

  it('320 px reflow: reports the horizontal scroll and the element causing it', async () => {
    const { page } = await open('reflow', 320);
    expect(await horizontalOverflow(page)).toBeGreaterThan(200);
    expect(await widestElements(page)).toContain('div.wide (right edge at 608 px)');
    expect(await horizontalOverflow((await open('good', 320)).page)).toBeLessThanOrEqual(0);
  });

  it('200 % text: reports the boxes that clip their text', async () => {
    const clipped = await clippedTextAtZoom((await open('clipped', 640)).page, 200);
    expect(clipped).toHaveLength(2);
    expect(clipped[0]).toMatch(/^div\.box clips its text \(scrollHeight \d+ > clientHeight \d+\): "固定高度的区块/);
    expect(clipped[1]).toMatch(/^div\.label clips its text \(scrollWidth \d+ > clientWidth 120\): "一般公共服务支出"$/);
    expect(await clippedTextAtZoom((await open('good', 640)).page, 200)).toEqual([]);
  });
});
