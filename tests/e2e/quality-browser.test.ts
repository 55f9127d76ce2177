/**
 * Quality gates in Chromium on one page of every type of the root build
 * (dist/): axe at WCAG 2.1 AA, keyboard access and visible focus, 320 px
 * reflow, 200 % text without clipping, no request to another origin, and all
 * text readable without JavaScript. Page types that do not exist yet are
 * skipped with a note; new ones are picked up as soon as they are built.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  clippedTextAtZoom,
  foreignRequests,
  horizontalOverflow,
  keyboardAudit,
  textNeedingJs,
  widestElements,
} from '../quality/lib/browser-checks';
import { describeSamples, findPages, samplePages } from '../quality/lib/pages';
import { SITES, siteDir } from './support/sites';
import { startServerAndChromiumForSuite } from './support/suite';

const site = SITES[0];
/** Large pages (thousands of elements) on a busy 2-core machine need more than the default. */
const SLOW = { timeout: 300_000 };
const samples = samplePages(await findPages(siteDir(site)));
const present = samples.filter((sample) => sample.page !== undefined);
const missing = samples.filter((sample) => sample.page === undefined);

describe(`quality gates in Chromium, one page of every type (${site.dir}/)`, () => {
  const suite = startServerAndChromiumForSuite(site);

  it('lists the page chosen for each type', () => {
    // Printed on every run so a missing page type is visible in the test output.
    console.log(describeSamples(samples));
    expect(present.length).toBeGreaterThan(0);
  });

  for (const sample of missing) {
    it.skip(`${sample.label}: no page like ${sample.example} in ${site.dir}/ yet — checks skipped`, () => {});
  }

  describe.each(present.map((sample) => ({ ...sample, path: sample.page?.path ?? '' })))(
    '$label page /$path',
    (sample) => {
      // One page per sample, loaded once at 320 px; the tests run in order and
      // resize it (the 200 % text test changes the page, so it comes last).
      let context: BrowserContext;
      let page: Page;
      let status: number | undefined;
      const requests: string[] = [];
      const failed: string[] = [];

      beforeAll(async () => {
        context = await suite.browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'zh-CN' });
        page = await context.newPage();
        page.on('request', (request) => requests.push(request.url()));
        page.on('response', (response) => {
          if (response.status() >= 400 && response.request().resourceType() !== 'document') {
            failed.push(`${response.status()} ${response.url()}`);
          }
        });
        page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
        const response = await page.goto(suite.server.url + sample.path, { waitUntil: 'networkidle' });
        status = response?.status();
      });

      afterAll(async () => {
        await context?.close();
      });

      it('loads, makes no request to any other origin, and every resource loads', () => {
        expect(status, `status of /${sample.path}`).toBe(200);
        expect(
          foreignRequests(requests, suite.server.origin),
          `requests to other origins from /${sample.path}`,
        ).toEqual([]);
        expect(failed, `failed requests on /${sample.path}`).toEqual([]);
      });

      it('reflows at 320 px: no horizontal page scroll', async () => {
        const overflow = await horizontalOverflow(page);
        const culprits = overflow > 0 ? await widestElements(page) : [];
        expect({ overflow, culprits }, `/${sample.path} scrolls sideways at 320 px by ${overflow} px`).toEqual({
          overflow: 0,
          culprits: [],
        });
      });

      it('has no axe violations at WCAG 2.1 AA (390 px wide)', SLOW, async () => {
        await page.setViewportSize({ width: 390, height: 844 });
        const violations = await axeViolations(page);
        expect(violations, `axe violations on /${sample.path}`).toEqual([]);
      });

      if (sample.interactive) {
        it.skip('shows all its text without JavaScript — not checked: its results need JavaScript by design', () => {});
      } else {
        it('shows all its text without JavaScript', SLOW, async () => {
          await page.setViewportSize({ width: 1280, height: 900 });
          const onlyWithJs = await textNeedingJs(suite.browser, page);
          expect(onlyWithJs, `text on /${sample.path} that appears only when scripts run`).toEqual([]);
        });
      }

      it('reaches every control with Tab, each with a visible focus indicator', SLOW, async () => {
        await page.setViewportSize({ width: 1280, height: 900 });
        const report = await keyboardAudit(page);
        expect(report.unreachable, `controls on /${sample.path} that Tab never reaches`).toEqual([]);
        expect(report.invisibleFocus, `focused elements on /${sample.path} with no visible focus indicator`).toEqual(
          [],
        );
        expect(report.tabStops).toBeGreaterThan(0);
      });

      it('at 200 % text size nothing is clipped, and no horizontal scroll at 640 px', SLOW, async () => {
        await page.setViewportSize({ width: 640, height: 800 });
        const clipped = await clippedTextAtZoom(page, 200);
        expect(clipped, `text clipped on /${sample.path} at 200 % text size`).toEqual([]);
        const overflow = await horizontalOverflow(page);
        const culprits = overflow > 0 ? await widestElements(page) : [];
        expect(
          { overflow, culprits },
          `/${sample.path} scrolls sideways at 640 px with 200 % text by ${overflow} px`,
        ).toEqual({ overflow: 0, culprits: [] });
      });
    },
  );
});
