/**
 * Source text is escaped everywhere it appears. A copy of the seeds' content tree in which one document
 * carries markup, event handlers, javascript: URLs and spreadsheet formulas (in its title,
 * publisher, department name, narrative and row labels) is imported and built into a
 * temporary folder; then every HTML page, SVG, meta tag, JSON-LD block and CSV is checked,
 * and the report page is opened in Chromium with its CSP removed, so only escaping stands
 * between the text and the reader.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../src/schemas';
import { copySeedContent } from '../support/seed-content';
import { startServerAndChromiumForSuite } from './support/suite';

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'escaping-'));
const content = join(work, 'content');
const out = join(work, 'dist');
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">链接</a>"\'&';
const FORMULA = '=HYPERLINK("http://example.org","政务公开审批")';
const REPORT = 'r/jinzhong/xingzheng-shenpi/2024/';

function run(command: string, args: string[]): void {
  const r = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
}

function files(ext: string): string[] {
  return readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith(ext))
    .map((d) => join(d.parentPath, d.name));
}

beforeAll(() => {
  copySeedContent(content);
  const manifestFile = join(content, 'sources/manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ManifestEntry[];
  const entry = manifest.find((e) => e.file.startsWith('004'))!;
  const sourceFile = join(content, 'sources', entry.file);
  const text = readFileSync(sourceFile, 'utf8')
    .replace('行政审批局预算收入206.00万元', `行政审批局${HOSTILE}预算收入206.00万元`)
    .replace('\t政务公开审批\t', `\t${FORMULA}\t`)
    .replace('\t法治建设\t', `\t+法治建设${HOSTILE}\t`);
  writeFileSync(sourceFile, text);
  entry.sha256 = spawnSync('sha256sum', [sourceFile], { encoding: 'utf8' }).stdout.split(' ')[0]!;
  entry.title = `${entry.title}${HOSTILE}`;
  entry.publishedBy = `${entry.publishedBy}${HOSTILE}`;
  entry.departments[0]!.shortName = `行政审批局${HOSTILE}`;
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  run(join(root, 'node_modules/.bin/tsx'), ['scripts/import.ts', '--all']);
  run(join(root, 'node_modules/.bin/tsx'), ['scripts/build.ts']);
}, 600_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  // The content cache astro.config.mjs gave this content tree.
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 16);
  rmSync(join(root, `node_modules/.astro/content-${hash}`), { recursive: true, force: true });
});

describe('source text with markup and formulas, built into a site', () => {
  const suite = startServerAndChromiumForSuite({ root: out, base: '/' });

  it('no page, SVG or XML file carries the markup unescaped; the text is there escaped', () => {
    const raw = ['<script>alert', '<img src=x', 'href="javascript:', '<a href="javascript'];
    const offending: string[] = [];
    for (const file of [...files('.html'), ...files('.svg'), ...files('.xml')]) {
      const body = readFileSync(file, 'utf8');
      for (const r of raw) if (body.includes(r)) offending.push(`${file.slice(out.length)}: ${r}`);
    }
    expect(offending).toEqual([]);
    const page = readFileSync(join(out, REPORT, 'index.html'), 'utf8');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('meta tags hold the text as one attribute value each', () => {
    const page = readFileSync(join(out, REPORT, 'index.html'), 'utf8');
    for (const m of page.matchAll(/<meta [^>]*>/g)) expect(m[0]).not.toMatch(/<meta [^>]*<|onerror=alert[^&]/);
  });

  it('JSON-LD blocks, if any, parse and cannot end their script element', () => {
    for (const file of files('.html')) {
      const body = readFileSync(file, 'utf8');
      for (const m of body.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(() => JSON.parse(m[1]!) as unknown).not.toThrow();
        expect(m[1]).not.toMatch(/<\/|<!--/);
      }
    }
  });

  it('CSV cells that a spreadsheet would run as formulas start with an apostrophe', () => {
    const csv = readFileSync(join(out, 'data/jinzhong/xingzheng-shenpi/2024/income.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://example.org"",""政务公开审批"")"`);
    expect(csv).toMatch(/,"'\+法治建设</);
    expect(csv).not.toMatch(/(^|,)[=+@]/m);
  });

  it('in the browser, without the CSP, nothing of it runs and the reader sees the text', async () => {
    const context = await suite.browser.newContext({ locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.route(`${suite.server.url}${REPORT}`, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
        await route.fulfill({ response, body });
      });
      await page.goto(`${suite.server.url}${REPORT}`, { waitUntil: 'load' });
      expect(dialogs).toEqual([]);
      expect(await page.locator('img[src="x"], a[href^="javascript:"]').count()).toBe(0);
      const scripts = await page.locator('script').evaluateAll((s) => s.map((e) => e.textContent ?? ''));
      expect(scripts.filter((t) => t.includes('alert'))).toEqual([]);
      const text = await page.locator('main').innerText();
      expect(text).toContain(`行政审批局${HOSTILE}预算收入`); // narrative
      expect(text).toContain(`${HOSTILE}》`); // the document's title, 原文：《…》
    } finally {
      await context.unrouteAll({ behavior: 'ignoreErrors' });
      await context.close();
    }
  });
});
