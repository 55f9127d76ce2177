/**
 * Reuse features on the built site (root build, dist/):
 * - a row link copied from a table page opens the page with that row marked, and the
 *   citation helper cites the row (label, value, unit);
 * - embed pages of a table and a chart: no horizontal scroll at 300 and 1200 px, axe clean,
 *   canonical link to the permalink, kept out of the sitemap and the search index;
 * - the iframe snippet of a permalink page, pasted into a blank page, shows the embed;
 * - ZIP downloads hold the same CSV bytes as the per-table downloads, and the site ZIP
 *   exactly the files its data package lists; the Atom feeds are valid and linked;
 * - a changed source, re-imported into a copy of content/ and built, shows the change in
 *   the report's 更新记录 and in the feed.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateAtom } from '../../src/lib/test-support/atom-validate';
import { copySeedContent } from '../support/seed-content';
import { SITES } from './support/sites';
import { startServerAndChromiumForSuite } from './support/suite';

const site = SITES[0];
const DIST = path.resolve(site.dir);
const REPORT = 'r/zonggai/xincailiao/2023/';
/** The committed content the root build was made from: what the downloads and feeds must hold. */
const CONTENT = path.resolve(process.env.CONTENT_DIR ?? 'content');
const committed = (dir: string, ext: string): string[] =>
  readdirSync(path.join(CONTENT, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(ext))
    .sort();
/** Reports of a year (budgets, KPI-only documents; final accounts are <year>-final). */
const yearReports = committed('reports', '.json').filter((f) => /\/\d{4}\.json$/.test(f));
/** Every change-log entry of every report: one feed entry each. */
const historyEntries = committed('history', '.jsonl').reduce(
  (n, f) =>
    n +
    readFileSync(path.join(CONTENT, 'history', f), 'utf8')
      .split('\n')
      .filter(Boolean).length,
  0,
);
const TABLE_PAGE = `${REPORT}t/expenditure/`;
const EMBEDS = ['embed/zonggai/xincailiao/2023/t/fiscal/', 'embed/zonggai/xincailiao/2023/c/structure/'];

describe('reuse: row links, embeds, snippets (root build)', () => {
  const suite = startServerAndChromiumForSuite(site);

  it('a row link copied from a table page opens the page with that row marked and citable', async () => {
    const context = await suite.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(suite.server.url + TABLE_PAGE);
      const link = page.locator('#expenditure-2011301 th a.rl');
      expect(await link.getAttribute('aria-label')).toBe('本行链接');
      expect(await link.isVisible()).toBe(true);
      // Keyboard-reachable: Tab lands on it after the rows before it.
      await page.locator('#expenditure-20113 th a.rl').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('tr')?.id)).toBe('expenditure-2011301');
      const copied = await link.evaluate((a) => (a as HTMLAnchorElement).href);

      const fresh = await context.newPage();
      await fresh.goto(copied);
      expect(await fresh.evaluate(() => document.querySelector('tr:target')?.id)).toBe('expenditure-2011301');
      const marked = await fresh.evaluate(
        () => getComputedStyle(document.querySelector('tr:target > th')!).backgroundColor,
      );
      const plain = await fresh.evaluate(
        () => getComputedStyle(document.querySelector('#expenditure-2011302 > th')!).backgroundColor,
      );
      expect(marked).not.toBe(plain);
      const rowCite = fresh.locator('#cite-row');
      await rowCite.waitFor({ state: 'visible' });
      // Source line 138 of 001_4bc610c22ba99209.txt: 2011301 行政运行 7.57 7.57 (blank).
      expect(await rowCite.locator('.cite-text').textContent()).toBe(
        '山西转型综合改革示范区新材料产业招商服务中心. 预算公开表3 2023年预算支出总表：行政运行（2023年预算数/合计）：7.57 万元[EB/OL]. (2023)[引用日期]. /r/zonggai/xincailiao/2023/t/expenditure/#expenditure-2011301.',
      );
    } finally {
      await context.close();
    }
  });

  it.each(EMBEDS)('/%s fits 300 and 1200 px, passes axe, names its permalink', async (p) => {
    const context = await suite.browser.newContext();
    try {
      const page = await context.newPage();
      for (const width of [300, 1200]) {
        await page.setViewportSize({ width, height: 800 });
        const response = await page.goto(suite.server.url + p);
        expect(response?.status()).toBe(200);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `horizontal scroll at ${width} px`).toBeLessThanOrEqual(0);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      }
      expect(await page.locator('header, nav, footer').count()).toBe(0);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toMatch(/^\/r\/zonggai\/xincailiao\/2023\/(t\/fiscal\/|#chart-structure-figure)$/);
      expect(await page.locator('a', { hasText: '在预算公开查看' }).getAttribute('href')).toBe(canonical);
      expect(await page.locator('.source-note').textContent()).toContain('新材料产业招商服务中心2023年度部门预算公开');
      expect(await page.locator('body').textContent()).toContain('单位：万元');
      expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('embeds are not in the sitemap', () => {
    const sitemap = readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('/r/zonggai/xincailiao/2023/t/fiscal/');
    expect(sitemap).not.toContain('/embed/');
  });

  it.each([
    [`${REPORT}t/fiscal/`, '#embed-code', 'table.data-table'],
    [REPORT, '#chart-structure-embed-code', 'svg'],
  ])('the iframe snippet of /%s pasted into a blank page shows the embed', async (p, code, selector) => {
    const context = await suite.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(suite.server.url + p);
      // Without SITE_URL the snippet names a site-relative page; the reader adds the origin.
      const snippet = ((await page.locator(code).textContent()) ?? '').replace(
        'src="/',
        `src="${suite.server.origin}/`,
      );
      expect(snippet).toMatch(
        /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/[^"]+" title="[^"]+" width="100%" height="\d+"/,
      );
      const blank = await context.newPage();
      await blank.setContent(
        `<!doctype html><html lang="en"><title>article</title><body><p>Text</p>${snippet}</body></html>`,
      );
      const frame = blank.frameLocator('iframe');
      await frame.locator(selector).first().waitFor({ state: 'visible' });
      expect(await frame.locator('.source-note').count()).toBe(1);
      const height = await blank.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
      expect(height).toBeGreaterThanOrEqual(280);
    } finally {
      await context.close();
    }
  });
});

describe('reuse: downloads and feeds (root build)', () => {
  const unzip = (file: string) => unzipSync(new Uint8Array(readFileSync(path.join(DIST, file))));

  it('each report ZIP holds its CSVs with the same bytes as the per-table downloads', () => {
    const reports = readdirSync(path.join(DIST, 'data'), { recursive: true })
      .map(String)
      .filter((f) => /^[^/]+\/[^/]+\/\d{4}\.zip$/.test(f));
    expect(reports.sort()).toEqual(yearReports.map((f) => f.replace(/\.json$/, '.zip')));
    for (const zip of reports) {
      const files = unzip(`data/${zip}`);
      const stem = zip.replace(/\.zip$/, '');
      const csvs = readdirSync(path.join(DIST, 'data', stem)).filter((f) => f.endsWith('.csv'));
      expect(
        Object.keys(files)
          .filter((f) => f.endsWith('.csv'))
          .sort(),
      ).toEqual(csvs.map((c) => `${stem}/${c}`).sort());
      for (const c of csvs) {
        expect(Buffer.from(files[`${stem}/${c}`]!).equals(readFileSync(path.join(DIST, 'data', stem, c)))).toBe(true);
      }
      expect(Buffer.from(files[`${stem}.json`]!).equals(readFileSync(path.join(DIST, 'data', `${stem}.json`)))).toBe(
        true,
      );
    }
  });

  it('the site ZIP holds exactly the files its data package lists, and the same package as /data/', () => {
    const files = unzip('data/yusuan-gongkai.zip');
    const pkg = strFromU8(files['datapackage.json']!);
    expect(pkg).toBe(readFileSync(path.join(DIST, 'data/datapackage.json'), 'utf8'));
    const listed = (JSON.parse(pkg) as { resources: { path: string }[] }).resources.map((r) => r.path).sort();
    expect(listed).toEqual(
      Object.keys(files)
        .filter((f) => f !== 'datapackage.json')
        .sort(),
    );
    for (const p of listed) {
      const served = path.join(DIST, 'data', p);
      expect(existsSync(served), `${p} is also served under /data/`).toBe(true);
      expect(Buffer.from(files[p]!).equals(readFileSync(served))).toBe(true);
    }
  });

  it('every KPI indicator row of a project page offers its own link', () => {
    const dir = path.join(DIST, REPORT, 'p');
    const project = readdirSync(dir)[0]!;
    const html = readFileSync(path.join(dir, project, 'index.html'), 'utf8');
    const rows = [...html.matchAll(/<tr id="((?:annual|implementation)-\d+)"[^>]*>(.*?)<\/tr>/g)];
    expect(rows.length).toBeGreaterThan(0);
    for (const [, id, row] of rows) {
      expect(row).toContain(`<a class="rl" href="#${id}" aria-label="本行链接"></a>`);
    }
  });

  it('the report page shows the ZIP with its size, and the Atom feeds are valid and linked', () => {
    const html = readFileSync(path.join(DIST, REPORT, 'index.html'), 'utf8');
    const size = readFileSync(path.join(DIST, 'data/zonggai/xincailiao/2023.zip')).byteLength;
    expect(html).toContain(`全部文件（ZIP，${(size / 1024).toFixed(1)} KB）`);
    expect(html).toContain(
      '<link rel="alternate" type="application/atom+xml" title="预算公开：新增和更新的报告" href="/feed.xml">',
    );
    expect(html).toContain('href="/r/zonggai/feed.xml"');
    for (const feed of ['feed.xml', 'r/zonggai/feed.xml', 'r/jinzhong/feed.xml']) {
      const { problems, entries } = validateAtom(readFileSync(path.join(DIST, feed), 'utf8'));
      expect(problems, feed).toEqual([]);
      expect(entries.length).toBeGreaterThan(0);
    }
    expect(validateAtom(readFileSync(path.join(DIST, 'feed.xml'), 'utf8')).entries).toHaveLength(historyEntries);
  });
});

/**
 * Builds a copy of the seeds' content tree (tests/support/seed-content.ts) with one figure
 * changed and re-imported (about a minute on a busy machine).
 */
describe('reuse: a re-imported change reaches the page and the feed', { timeout: 600_000 }, () => {
  it('shows the changed figure in 更新记录 and in the feed', () => {
    const root = path.resolve('.');
    const work = mkdtempSync(path.join(tmpdir(), 'reuse-change-'));
    try {
      const content = path.join(work, 'content');
      copySeedContent(content);
      const source = path.join(content, 'sources/001_4bc610c22ba99209.txt');
      const text = readFileSync(source, 'utf8');
      expect(text).toContain('\n2011301\t行政运行\t7.57\t7.57\t\n');
      writeFileSync(source, text.replace('\n2011301\t行政运行\t7.57\t7.57\t\n', '\n2011301\t行政运行\t8.57\t8.57\t\n'));
      const manifestFile = path.join(content, 'sources/manifest.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { file: string; sha256: string }[];
      manifest.find((e) => e.file === '001_4bc610c22ba99209.txt')!.sha256 = createHash('sha256')
        .update(readFileSync(source))
        .digest('hex');
      writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
      // Its own content-layer cache, so the site's cache keeps pointing at content/.
      const env = {
        ...process.env,
        CONTENT_DIR: content,
        IMPORT_DATE: '2026-12-01',
        OUT_DIR: path.join(work, 'dist'),
        ASTRO_CACHE_DIR: path.join(work, 'cache'),
      };
      execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/import.ts', '--all'], { cwd: root, env });
      execFileSync(path.join(root, 'node_modules/.bin/astro'), ['build'], { cwd: root, env, stdio: 'pipe' });

      const html = readFileSync(path.join(work, 'dist', REPORT, 'index.html'), 'utf8');
      const log = html.slice(html.indexOf('id="updates"'), html.indexOf('id="cite"'));
      expect(log).toContain('<time datetime="2026-12-01">2026-12-01</time> 重新导入：修改');
      expect(log).toContain(
        '修改：预算公开表3 2023年预算支出总表“行政运行”2023年预算数/合计 由 7.57 万元（原第 138 行）改为 8.57 万元（第 138 行）',
      );
      expect(log.indexOf('2026-12-01')).toBeLessThan(log.indexOf('2026-11-24'));
      const { problems, entries } = validateAtom(readFileSync(path.join(work, 'dist/feed.xml'), 'utf8'));
      expect(problems).toEqual([]);
      expect(entries[0]!.updated).toBe('2026-12-01T00:00:00Z');
      expect(entries[0]!.link).toBe('/r/zonggai/xincailiao/2023/#update-2');
      expect(entries[0]!.content).toContain('改为 8.57 万元（第 138 行）');
      // Two builds: the ZIP of a report that did not change is the same bytes; the changed one differs.
      const zipOf = (dir: string, stem: string) => readFileSync(path.join(dir, 'data', `${stem}.zip`));
      expect(zipOf(path.join(work, 'dist'), 'jinzhong/keji/2024').equals(zipOf(DIST, 'jinzhong/keji/2024'))).toBe(true);
      expect(
        zipOf(path.join(work, 'dist'), 'zonggai/xincailiao/2023').equals(zipOf(DIST, 'zonggai/xincailiao/2023')),
      ).toBe(false);
      const changes = readFileSync(path.join(work, 'dist/changes/index.html'), 'utf8');
      expect(changes).toContain('改为 8.57 万元（第 138 行）');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
