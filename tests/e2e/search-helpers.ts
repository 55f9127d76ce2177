/**
 * Helpers for the search page's browser tests (search.test.ts, search-quality.test.ts):
 * run a query through the real /search/ page and read the result links, and count
 * the bytes the browser fetched while doing it.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';

export interface QueryCase {
  q: string;
  kind: string;
  /** Site-relative paths of the pages that answer the query; any one counts. */
  expect: string[];
  note?: string;
}

/** Site-relative paths (without the base) of the result links, in order. */
export async function resultPaths(page: Page, base: string): Promise<string[]> {
  const hrefs = await page
    .locator('#search-results .search-result__title a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => (href.startsWith(base) ? `/${href.slice(base.length)}` : `!${href}`));
}

/** Wait until the page has finished searching for `q` (the status line is marked with it). */
export async function waitForQuery(page: Page, q: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction((q) => document.getElementById('search-status')?.dataset.query === q.trim(), q, {
    timeout,
  });
}

/** Type a query into the search page's box as a reader would and wait for its results. */
export async function typeQuery(page: Page, q: string): Promise<void> {
  const box = page.locator('#search-q');
  await box.fill('');
  await box.pressSequentially(q);
  await waitForQuery(page, q);
}

interface Timing {
  lastInput?: number;
  firstResult?: number;
}

/**
 * The first query on a fresh page: type it, and time (in the page, with
 * performance.now()) from the last keystroke's input event to the first result on
 * screen (`first`) and to the finished list (`done`), in ms. `first` equals `done`
 * when nothing is found.
 */
export async function timeFirstQuery(page: Page, q: string): Promise<{ first: number; done: number }> {
  await page.evaluate(() => {
    const timing: Timing = {};
    (window as unknown as { timing: Timing }).timing = timing;
    const list = document.getElementById('search-results')!;
    new MutationObserver(() => {
      if (timing.firstResult === undefined && list.querySelector('.search-result'))
        timing.firstResult = performance.now();
    }).observe(list, { childList: true });
    document.getElementById('search-q')!.addEventListener('input', () => (timing.lastInput = performance.now()));
  });
  await page.locator('#search-q').pressSequentially(q);
  await waitForQuery(page, q);
  return page.evaluate(() => {
    const { lastInput = 0, firstResult } = (window as unknown as { timing: Timing }).timing;
    const done = Math.round(performance.now() - lastInput);
    return { first: firstResult === undefined ? done : Math.round(firstResult - lastInput), done };
  });
}

export interface Transfer {
  url: string;
  bytes: number;
}

/** Every request a browser context makes, the search worker's included, in order. */
export function requestLog(context: BrowserContext): Request[] {
  const log: Request[] = [];
  context.on('request', (request) => log.push(request));
  return log;
}

/**
 * Bytes on the wire of requests: response headers plus body, as the browser reports
 * them (the test server does not compress, so the body is the file's full size).
 */
export async function transferSizes(requests: Request[]): Promise<Transfer[]> {
  return Promise.all(
    requests.map(async (request) => {
      const response = await request.response();
      if (!response) return { url: request.url(), bytes: 0 };
      await response.finished();
      const sizes = await request.sizes();
      // Chromium reports no body size for a worker's script; its body is read instead.
      const body = sizes.responseBodySize > 0 ? sizes.responseBodySize : (await response.body()).length;
      return { url: request.url(), bytes: sizes.responseHeadersSize + body };
    }),
  );
}

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/** A plain-text table with padded columns (CJK characters count double). */
export function formatTable(rows: string[][]): string {
  const width = (s: string): number => [...s].reduce((w, c) => w + (/[\u1100-\uffff]/u.test(c) ? 2 : 1), 0);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell + ' '.repeat(widths[i]! - width(cell)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
