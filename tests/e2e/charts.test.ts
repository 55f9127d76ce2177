/**
 * Charts in Chromium: standalone chart SVGs (/charts/…svg, one per report and chart, plus
 * the comparison charts) scaled to a 360 px and a 1280 px wide viewport, and the charts
 * inline on the site's pages. No two labels may overlap and none may leave its SVG.
 * Screenshots of each chart type are written to test-results/charts/ for review.
 * So that the browser's time does not grow with the number of reports, the charts opened
 * are the largest files of each kind (most marks and labels: where overlaps show first)
 * and the largest report page of each region; the rest is the layout's unit tests.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';
import { SITES } from './support/sites';
import { startServerForSuite } from './support/suite';

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 900 },
] as const;

const SHOTS = path.resolve('test-results/charts');

/** Per group, the `n` largest files (ties by path), in path order. */
function largestOf(dir: string, files: string[], groupOf: (f: string) => string, n: number): string[] {
  const groups = new Map<string, { file: string; size: number }[]>();
  for (const file of files) {
    const list = groups.get(groupOf(file)) ?? [];
    list.push({ file, size: statSync(path.join(dir, file)).size });
    groups.set(groupOf(file), list);
  }
  return [...groups.values()]
    .flatMap((list) => list.sort((a, b) => b.size - a.size || a.file.localeCompare(b.file)).slice(0, n))
    .map((x) => x.file)
    .sort();
}

interface Problem {
  chart: string;
  problem: string;
}

/** Runs in the page: overlapping or escaping <text> boxes of every chart SVG matched by `selector`. */
function labelProblems(selector: string): Problem[] {
  const problems: Problem[] = [];
  const svgs = [...document.querySelectorAll<SVGSVGElement>(selector)];
  svgs.forEach((svg, n) => {
    const name = svg.querySelector('title')?.textContent ?? `svg ${n}`;
    const frame = svg.getBoundingClientRect();
    const boxes = [...svg.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim() !== '')
      .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
    for (const { text, box } of boxes) {
      if (
        box.left < frame.left - 0.5 ||
        box.right > frame.right + 0.5 ||
        box.top < frame.top - 0.5 ||
        box.bottom > frame.bottom + 0.5
      ) {
        problems.push({ chart: name, problem: `“${text}” leaves the chart` });
      }
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 0.5 && h > 0.5)
          problems.push({ chart: name, problem: `“${boxes[i]!.text}” overlaps “${boxes[j]!.text}”` });
      }
    }
  });
  return problems;
}

/** Site-relative paths of every built chart SVG. */
function chartFiles(dir: string): string[] {
  const root = path.join(dir, 'charts');
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.svg'))
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

/** Scale a standalone SVG document to the viewport width (it opens at its own size). */
async function fitToViewport(page: Page, width: number): Promise<void> {
  await page.evaluate((w) => {
    const svg = document.documentElement as unknown as SVGSVGElement;
    const [, , vw, vh] = (svg.getAttribute('viewBox') ?? '0 0 1 1').split(' ').map(Number) as [
      number,
      number,
      number,
      number,
    ];
    svg.setAttribute('width', String(w));
    svg.setAttribute('height', String((w * vh) / vw));
  }, width);
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser.close();
});

describe('standalone chart SVGs', () => {
  const suite = startServerForSuite(SITES[0]);

  it('exist for every report and chart, and for the comparison', () => {
    const files = chartFiles(suite.dir);
    const kinds = new Set(files.map((f) => path.basename(f, '.svg')));
    expect([...kinds].sort()).toEqual(
      [
        'balance',
        'basic-share',
        'economic',
        'per-staff',
        'project-count',
        'projects',
        'structure',
        'three-public',
        'total',
      ].sort(),
    );
    // Five for the whole site (/compare/), five for each region and year (/compare/<region>/<year>/).
    expect(files.filter((f) => /^charts\/compare\/[^/]+\.svg$/.test(f))).toHaveLength(5);
    const regionYears = new Set(
      files
        .filter((f) => f.startsWith('charts/compare/'))
        .map((f) => path.dirname(f))
        .filter((d) => d !== 'charts/compare'),
    );
    expect(files.filter((f) => f.startsWith('charts/compare/'))).toHaveLength(5 + 5 * regionYears.size);
  });

  it.each(VIEWPORTS)(
    'no label overlaps or leaves its chart at $width px (the 3 largest of each kind)',
    async (viewport) => {
      const { server, dir } = suite;
      const context = await browser.newContext({ viewport, locale: 'zh-CN' });
      const page = await context.newPage();
      const problems: Problem[] = [];
      const shot = new Set<string>();
      const shots: { kind: string; url: string }[] = [];
      try {
        const kindOf = (f: string): string =>
          `${f.startsWith('charts/compare/') ? 'compare' : 'report'}:${path.basename(f, '.svg')}`;
        for (const file of largestOf(dir, chartFiles(dir), kindOf, 3)) {
          const response = await page.goto(server.url + file);
          expect(response?.status(), file).toBe(200);
          expect(response?.headers()['content-type']).toContain('image/svg+xml');
          const root = page.locator(':root');
          expect(await root.getAttribute('role')).toBe('img');
          expect(await root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
          await fitToViewport(page, viewport.width);
          problems.push(
            ...(await page.evaluate(labelProblems, ':root')).map((p) => ({ ...p, chart: `${file}: ${p.chart}` })),
          );
          const kind = path.basename(file, '.svg');
          if (!shot.has(kind) && (await page.locator('text', { hasText: '无数据' }).count()) === 0) {
            shot.add(kind);
            shots.push({ kind, url: server.url + file });
          }
        }
        // One screenshot per chart type: the file scaled to the viewport width, shown whole.
        for (const { kind, url } of shots) {
          await page.goto(url);
          await fitToViewport(page, viewport.width);
          const height = await page.evaluate(() => Math.ceil(Number(document.documentElement.getAttribute('height'))));
          await page.setViewportSize({ width: viewport.width, height });
          await page.screenshot({ path: path.join(SHOTS, `${kind}-${viewport.width}.png`), timeout: 10_000 });
        }
      } finally {
        await context.close();
      }
      expect(problems).toEqual([]);
    },
  );
});

describe.each(SITES)('charts on the pages of the $name build ($base)', (site) => {
  const suite = startServerForSuite(site);

  /** The compare page and the largest report page of each region (most tables and charts). */
  function chartPages(): string[] {
    const { dir } = suite;
    const reports = path.join(dir, 'r');
    const years = readdirSync(reports, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name === 'index.html' && /\/r\/[^/]+\/[^/]+\/\d{4}$/.test(d.parentPath))
      .map((d) => `${path.relative(dir, d.parentPath).split(path.sep).join('/')}/`);
    const regionOf = (p: string): string => p.split('/')[1]!;
    const pages = largestOf(
      dir,
      years.map((p) => `${p}index.html`),
      regionOf,
      1,
    ).map((f) => f.replace(/index\.html$/, ''));
    return ['compare/', ...pages];
  }

  it.each(VIEWPORTS)('no label overlaps at $width px, and the page does not scroll sideways', async (viewport) => {
    const { server } = suite;
    const context = await browser.newContext({ viewport, locale: 'zh-CN', javaScriptEnabled: false });
    const page = await context.newPage();
    const problems: Problem[] = [];
    let charts = 0;
    try {
      for (const pagePath of chartPages()) {
        await page.goto(server.url + pagePath);
        charts += await page.locator('svg.chart-svg').count();
        problems.push(
          ...(await page.evaluate(labelProblems, 'svg.chart-svg')).map((p) => ({
            ...p,
            chart: `${pagePath}: ${p.chart}`,
          })),
        );
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, pagePath).toBeLessThanOrEqual(0);
      }
      if (site.name === 'root') {
        await page.goto(server.url + 'compare/');
        const figures = page.locator('figure.chart');
        for (let i = 0; i < (await figures.count()); i++) {
          await figures.nth(i).screenshot({ path: path.join(SHOTS, `compare-figure-${i + 1}-${viewport.width}.png`) });
        }
      }
    } finally {
      await context.close();
    }
    expect(charts).toBeGreaterThanOrEqual(5);
    expect(problems).toEqual([]);
  });

  it('the compare page: table without script, report links, download links, no axe violations', async () => {
    const { server } = suite;
    // Script stays on only so that axe can run; the page itself has none.
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
    const page = await context.newPage();
    try {
      const response = await page.goto(server.url + 'compare/');
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').textContent()).toBe('部门比较');
      const rows = page.locator('table:has(#compare-caption) tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      const links = await page
        .locator('table:has(#compare-caption) tbody th a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const href of links) expect(href).toMatch(new RegExp(`^${site.base}r/[a-z0-9-]+/[a-z0-9-]+/\\d{4}/$`));
      expect(await page.getByText('仅有绩效目标', { exact: false }).count()).toBeGreaterThan(0);
      const downloads = await page.locator('a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(downloads).toHaveLength(5);
      for (const href of downloads) {
        expect(href.startsWith(`${site.base}charts/compare/`)).toBe(true);
        const svg = await fetch(server.origin + href);
        expect(svg.status).toBe(200);
        expect(await svg.text()).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
      }
      // Each chart: role=img with a title and desc it points to, ids unique on the page.
      const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
      expect(new Set(ids).size).toBe(ids.length);
      const labelled = await page
        .locator('svg.chart-svg')
        .evaluateAll((svgs) =>
          svgs.every(
            (s) =>
              s.getAttribute('role') === 'img' &&
              document.getElementById(s.getAttribute('aria-labelledby')!)?.tagName === 'title' &&
              document.getElementById(s.getAttribute('aria-describedby')!)?.tagName === 'desc',
          ),
        );
      expect(labelled).toBe(true);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
