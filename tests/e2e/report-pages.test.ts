/**
 * Report pages against the committed JSON: the report page and table permalinks of one
 * report of each kind (see `kinds`) show every table with the same rows and cell strings,
 * anchors are unique, every KPI page exists, nothing scrolls sideways at 320 px; and the
 * downloads (CSV, JSON, schema, data package, sitemap) of every report in the build match
 * the content.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, csvHeader } from '../../src/lib/csv';
import { formatAmount } from '../../src/lib/format';
import {
  DATAPACKAGE_PATH,
  projectPath,
  reportHistoryPath,
  reportJsonPath,
  reportPath,
  rowAnchor,
  tableCsvPath,
  tableId,
  tablePath,
} from '../../src/lib/routes';
import { locate, sourceLink } from '../../src/lib/provenance';
import { Report, type Table } from '../../src/schemas';
import { SITES, siteDir } from './support/sites';
import { startServerAndChromiumForSuite } from './support/suite';

const CONTENT = path.resolve(process.env.CONTENT_DIR ?? 'content');
const REPORTS_DIR = path.join(CONTENT, 'reports');

interface Entry {
  file: string;
  bytes: Buffer;
  report: Report;
}

function loadReports(): Entry[] {
  if (!existsSync(REPORTS_DIR)) return [];
  return readdirSync(REPORTS_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = path.join(REPORTS_DIR, f);
      const bytes = readFileSync(file);
      return { file, bytes, report: Report.parse(JSON.parse(bytes.toString('utf8'))) };
    });
}

const entries = loadReports();

/**
 * The reports opened in Chromium: the first of each kind (region, document type, scope, how
 * many files it was read from, with or without tables and KPI forms), so the browser's time
 * does not grow with the number of reports; the downloads below are checked for every report.
 */
function kinds(list: Entry[]): Entry[] {
  const seen = new Set<string>();
  return list.filter(({ report: r }) => {
    const kind = [
      r.region,
      r.documentType,
      r.scope,
      r.source.files.length,
      r.tables.length > 0,
      r.performance.projects.length > 0,
    ].join('|');
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}
const sampled = kinds(entries);
const label = (r: Report): string => `${r.region}/${r.department.slug}/${r.year}`;
/** Site-relative path → file in a build directory. */
const fileOf = (dir: string, sitePath: string): string =>
  path.join(dir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);

/** What the page must show for a cell: amounts grouped in threes, blanks blank. */
function expectedRows(table: Table): { id: string; cells: string[] }[] {
  return table.rows.map((row) => ({
    id: rowAnchor(tableId(table), row.id),
    cells: table.columns.map((c, i) => {
      const v = row.cells[i] ?? null;
      return (c.kind === 'amount' ? formatAmount(v) : (v ?? '')).trim();
    }),
  }));
}

interface ShownTable {
  found: boolean;
  text: string;
  rows: { id: string; cells: string[] }[];
}

/** Read the rows of the table inside `#<key>` on the current page. */
function shownTables(page: Page, keys: string[]): Promise<Record<string, ShownTable>> {
  return page.evaluate((keys) => {
    const out: Record<string, { found: boolean; text: string; rows: { id: string; cells: string[] }[] }> = {};
    for (const key of keys) {
      const section = document.getElementById(key);
      const rows = section
        ? [...section.querySelectorAll<HTMLTableRowElement>('table.data-table > tbody > tr')].map((tr) => ({
            id: tr.id,
            cells: [...tr.children].map((c) => (c.textContent ?? '').trim()),
          }))
        : [];
      out[key] = { found: section !== null, text: section?.textContent ?? '', rows };
    }
    return out;
  }, keys);
}

function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = new Set<string>();
    const dups: string[] = [];
    for (const el of document.querySelectorAll('[id]')) {
      if (seen.has(el.id)) dups.push(el.id);
      seen.add(el.id);
    }
    return dups;
  });
}

const overflowOf = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

function expectTableShown(shown: ShownTable | undefined, table: Table, where: string): void {
  expect(shown?.found, `${where}: #${tableId(table)} is on the page`).toBe(true);
  const expected = expectedRows(table);
  expect(shown!.rows.length, `${where}: row count of ${tableId(table)}`).toBe(expected.length);
  expect(shown!.rows, `${where}: cells of ${tableId(table)}`).toEqual(expected);
  if (table.rows.length === 0 || table.empty) expect(shown!.text).toContain('本表无数据');
}

it('there are reports to test', () => {
  expect(entries.length).toBeGreaterThan(0);
});

describe('report pages in Chromium (root build, JavaScript off)', () => {
  const site = SITES[0];
  const suite = startServerAndChromiumForSuite(site);
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await suite.browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context.close();
  });

  const go = async (sitePath: string): Promise<number | undefined> =>
    (await page.goto(suite.server.origin + sitePath.replace(/^\//, site.base)))?.status();

  it('opens one report of each kind', () => {
    expect(sampled.length).toBeGreaterThan(0);
    expect(sampled.length).toBeLessThanOrEqual(entries.length);
  });

  describe.each(sampled.map((e) => ({ name: label(e.report), report: e.report })))('$name', ({ report }) => {
    it('report page: every table, row and cell as in the JSON; unique ids; no sideways scroll at 320 px', async () => {
      expect(await go(reportPath(report))).toBe(200);
      const title = await page.title();
      expect(title).toContain(report.department.name);
      expect(title).toContain(String(report.year));
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(description);
      const shown = await shownTables(page, report.tables.map(tableId));
      for (const table of report.tables) {
        expectTableShown(shown[tableId(table)], table, reportPath(report));
        // The file that holds the table (a report may be read from a narrative and its attached tables).
        const file = locate(report.source, table.sourceLines[0]).file;
        expect(shown[tableId(table)]!.text).toContain(`来源：${file}`);
        expect(shown[tableId(table)]!.text).toContain(sourceLink(report.source, table.sourceLines).label);
      }
      expect(await duplicateIds(page)).toEqual([]);
      expect(await overflowOf(page)).toBeLessThanOrEqual(0);
      // Every project links to its full KPI form; every narrative section is there.
      for (const p of report.performance.projects) {
        expect(
          await page.locator(`#projects-kpi a[href="${site.base}${projectPath(report, p.slug).slice(1)}"]`).count(),
        ).toBe(1);
      }
      expect(await page.locator('section[id^="narrative-"]').count()).toBe(report.narrative.length);
      if (report.documentType === 'performance-targets') {
        expect(await page.locator('main').textContent()).toContain('没有公开预算收支表格');
      }
      if (report.performance.overall) {
        expect(await page.locator('#overall tbody tr[id^="overall-"]').count()).toBe(
          report.performance.overall.indicators.length,
        );
      }
    });

    it('table pages: the same table, a GB/T 7714 citation and a CSV link', async () => {
      for (const table of report.tables) {
        const where = tablePath(report, tableId(table));
        expect(await go(where), where).toBe(200);
        const shown = await shownTables(page, [tableId(table)]);
        expectTableShown(shown[tableId(table)], table, where);
        const citation = (await page.locator('#cite-text').textContent()) ?? '';
        expect(citation).toContain(`${report.department.name}. ${table.title}[EB/OL]. (${report.year})[引用日期]. `);
        // Without SITE_URL the URL is the site-relative path, never a made-up domain.
        expect(citation).toMatch(new RegExp(`^.*\\. ${(site.base + where.slice(1)).replace(/[/]/g, '\\/')}\\.$`));
        expect(
          await page.locator(`a[href="${site.base}${tableCsvPath(report, tableId(table)).slice(1)}"]`).count(),
        ).toBe(1);
        expect(await duplicateIds(page)).toEqual([]);
        expect(await overflowOf(page)).toBeLessThanOrEqual(0);
      }
    });

    it.runIf(report.performance.projects.length > 0)(
      'project pages: every KPI form with all its indicators',
      async () => {
        for (const form of report.performance.projects) {
          const where = projectPath(report, form.slug);
          expect(await go(where), where).toBe(200);
          expect((await page.locator('h1').textContent())?.trim()).toBe(form.name);
          for (const period of ['implementation', 'annual'] as const) {
            const n = form.indicators.filter((i) => i.period === period).length;
            expect(await page.locator(`tbody tr[id^="${period}-"]`).count(), `${where} ${period}`).toBe(n);
          }
          const values = await page.locator('.kpi-table tbody tr > td:last-child').allTextContents();
          expect(values.map((v) => v.replace(/（原文此处不完整）$/, '').trim())).toEqual([
            ...form.indicators.filter((i) => i.period === 'implementation').map((i) => i.value.raw.trim()),
            ...form.indicators.filter((i) => i.period === 'annual').map((i) => i.value.raw.trim()),
          ]);
          expect(await duplicateIds(page)).toEqual([]);
          expect(await overflowOf(page)).toBeLessThanOrEqual(0);
        }
      },
    );
  });

  it('large-text mode works without JavaScript, and the copy button only appears with it', async () => {
    const report = entries.find((e) => e.report.tables.length > 0)!.report;
    await go(tablePath(report, tableId(report.tables[0]!)));
    const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await size()).toBe('16px');
    await page.getByLabel('大字模式').check();
    expect(await size()).toBe('20px');
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    expect(await page.locator('button[data-copy="cite-text"]').isVisible()).toBe(false);

    const { server, browser } = suite;
    const withJs = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const p = await withJs.newPage();
      await p.goto(server.origin + tablePath(report, tableId(report.tables[0]!)).replace(/^\//, site.base));
      await p.waitForLoadState('load');
      expect(await p.locator('button[data-copy="cite-text"]').isVisible()).toBe(true);
      // The choice is remembered on the next page.
      await p.getByLabel('大字模式').check();
      await p.goto(server.origin + reportPath(report).replace(/^\//, site.base));
      await p.waitForLoadState('load');
      expect(await p.getByLabel('大字模式').isChecked()).toBe(true);
    } finally {
      await withJs.close();
    }
  });

  it('prints tables whole and without navigation', async () => {
    const report = entries.find((e) => e.report.tables.length > 0)!.report;
    await go(reportPath(report));
    await page.emulateMedia({ media: 'print' });
    try {
      const styles = await page.evaluate(() => ({
        nav: getComputedStyle(document.querySelector('.site-nav')!).display,
        toc: getComputedStyle(document.querySelector('.toc')!).display,
        prefs: getComputedStyle(document.querySelector('.display-prefs')!).display,
        scroll: getComputedStyle(document.querySelector('.table-scroll')!).overflowX,
      }));
      expect(styles).toEqual({ nav: 'none', toc: 'none', prefs: 'none', scroll: 'visible' });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe.each(SITES)('downloads in the $name build ($dir)', (site) => {
  const dir = (): string => siteDir(site);

  it('every report JSON is the committed file, byte for byte', () => {
    for (const e of entries) {
      expect(readFileSync(fileOf(dir(), reportJsonPath(e.report))).equals(e.bytes), label(e.report)).toBe(true);
    }
  });

  it('every table CSV starts with the UTF-8 BOM and parses back to exactly the JSON cells', () => {
    for (const { report } of entries) {
      for (const table of report.tables) {
        const bytes = readFileSync(fileOf(dir(), tableCsvPath(report, tableId(table))));
        expect([...bytes.subarray(0, 3)], `${label(report)} ${tableId(table)}`).toEqual([0xef, 0xbb, 0xbf]);
        const [header, ...rows] = parseCsv(bytes.toString('utf8'));
        expect(header).toEqual(csvHeader(table));
        expect(rows).toEqual(table.rows.map((r) => [r.id, ...r.cells]));
      }
    }
  });

  it('every page of every report exists', () => {
    for (const { report } of entries) {
      expect(existsSync(fileOf(dir(), reportPath(report)))).toBe(true);
      for (const t of report.tables) expect(existsSync(fileOf(dir(), tablePath(report, tableId(t))))).toBe(true);
      for (const p of report.performance.projects)
        expect(existsSync(fileOf(dir(), projectPath(report, p.slug)))).toBe(true);
    }
  });

  it('the data package lists every JSON, CSV and change log and the schema, and every listed file exists; the sources are served beside it', () => {
    const pkg = JSON.parse(readFileSync(fileOf(dir(), DATAPACKAGE_PATH), 'utf8')) as {
      resources: { name: string; path: string; schema?: { fields: unknown[] } }[];
    };
    const paths = pkg.resources.map((r) => r.path);
    const sources = new Set(
      entries.flatMap(({ report }) => [
        ...report.source.files.map((f) => f.file),
        ...report.performance.projects.flatMap((p) => p.sources.map((s) => s.file)),
      ]),
    );
    const expected = [
      ...entries.flatMap(({ report }) => [
        reportJsonPath(report).replace('/data/', ''),
        reportHistoryPath(report).replace('/data/', ''),
        ...report.tables.map((t) => tableCsvPath(report, tableId(t)).replace('/data/', '')),
      ]),
      'schema.json',
    ];
    expect([...paths].sort()).toEqual([...expected].sort());
    for (const f of sources) expect(existsSync(path.join(dir(), 'data', 'sources', f)), f).toBe(true);
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
    for (const p of paths) expect(existsSync(path.join(dir(), 'data', p)), p).toBe(true);
    const schemaText = readFileSync(path.join(dir(), 'data', 'schema.json'), 'utf8');
    expect(schemaText).toBe(readFileSync('content/report.schema.json', 'utf8'));
    const schema = JSON.parse(schemaText) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties as object)).toEqual(Object.keys(Report.shape));
  });

  it('the sitemap lists every report, table and project page, each of which exists', () => {
    const xml = readFileSync(path.join(dir(), 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]!.replace(/&amp;/g, '&'), 'http://site.invalid').pathname,
    );
    for (const loc of locs) {
      expect(loc.startsWith(site.base), loc).toBe(true);
      const sitePath = '/' + decodeURIComponent(loc.slice(site.base.length));
      expect(existsSync(fileOf(dir(), sitePath)), loc).toBe(true);
    }
    for (const { report } of entries) {
      const pages = [
        reportPath(report),
        ...report.tables.map((t) => tablePath(report, tableId(t))),
        ...report.performance.projects.map((p) => projectPath(report, p.slug)),
      ];
      for (const p of pages) expect(locs).toContain(site.base + p.slice(1));
    }
  });
});

describe('report page weight (root build)', () => {
  it('the largest report page is under 40 KB gzip with its stylesheets, and needs no script', () => {
    const dir = siteDir(SITES[0]);
    const largest = [...entries].sort((a, b) => b.bytes.length - a.bytes.length)[0]!;
    const html = readFileSync(fileOf(dir, reportPath(largest.report)), 'utf8');
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
      readFileSync(path.join(dir, m[1]!.slice(SITES[0].base.length))),
    );
    const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].length;
    const htmlGz = gzipSync(html, { level: 9 }).length;
    const cssGz = css.reduce((n, c) => n + gzipSync(c, { level: 9 }).length, 0);
    console.log(
      `${reportPath(largest.report)}: HTML ${html.length} B (${htmlGz} B gzip), CSS ${css.length} file(s) ${cssGz} B gzip` +
        `${inlineCss ? `, ${inlineCss} inline <style>` : ''}; total ${htmlGz + cssGz} B gzip`,
    );
    expect(htmlGz + cssGz).toBeLessThan(40 * 1024);
    // Only the optional enhancement script, deferred; no inline script.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attrs, body] of scripts) {
      expect(body!.trim()).toBe('');
      expect(attrs).toMatch(/\bsrc=/);
    }
  });
});

describe('glossary (root build)', () => {
  it('names at most five reports for a definition, then how many print it', () => {
    const html = readFileSync(path.join(siteDir(SITES[0]), 'glossary', 'index.html'), 'utf8');
    const terms = [...html.matchAll(/<div id="[^"]+" class="term"><dt>([^<]+)<\/dt>([\s\S]*?)<\/div>/g)];
    expect(terms.length).toBeGreaterThan(10);
    let capped = 0;
    for (const [, term, block] of terms) {
      for (const [, text, sources] of block!.matchAll(
        /<dd><p>([\s\S]*?)<\/p><p class="muted">出处：([\s\S]*?)<\/p><\/dd>/g,
      )) {
        const links = [...sources!.matchAll(/<a href="[^"]+">/g)].length;
        const more = /等 (\d+) 份文件。$/.exec(sources!);
        if (!more) {
          expect(links).toBeLessThanOrEqual(5);
          continue;
        }
        capped++;
        expect(links).toBe(5);
        expect(Number(more[1])).toBeGreaterThan(5);
        // Where term and text are printed as stored, the count is the reports printing them.
        const printedBy = entries.filter((e) =>
          e.report.glossary.some((g) => g.term === term && g.definition === text),
        ).length;
        if (printedBy > 0) expect(Number(more[1]), `${term}：${text}`).toBe(printedBy);
      }
    }
    expect(capped).toBeGreaterThan(0);
  });
});
