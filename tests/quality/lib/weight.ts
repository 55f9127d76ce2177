/**
 * Page weight: the gzip size (level 9) of a page's HTML plus every stylesheet
 * it links (and their @imports), read from a built site directory. Each file is
 * compressed on its own, as a server sends it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_TYPES, type SitePage } from './pages';

export const KB = 1024;

export interface Budget {
  /** Page type id (see pages.ts). */
  type: string;
  /** Maximum gzip bytes of HTML + CSS. */
  maxGzip: number;
}

/**
 * The site's page weight budgets. Report pages 40 KB; the site-wide pages, which are paged
 * or split per region and year so as not to grow with the content (docs/scaling.md), 60 KB.
 */
export const BUDGETS: readonly Budget[] = [
  { type: 'report', maxGzip: 40 * KB },
  ...[
    'home',
    'browse',
    'region',
    'region-year',
    'quality',
    'quality-region',
    'quality-report',
    'compare',
    'compare-region',
    'data',
    'data-region',
    'about',
    'glossary',
  ].map((type) => ({ type, maxGzip: 60 * KB })),
  // An embed loads inside someone else's article: the figure or table and little else.
  { type: 'embed-table', maxGzip: 20 * KB },
  { type: 'embed-chart', maxGzip: 20 * KB },
];

export interface Resource {
  /** URL path as linked, e.g. `/_astro/x.css`. */
  url: string;
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  type: string;
  htmlBytes: number;
  htmlGzip: number;
  stylesheets: Resource[];
  cssGzip: number;
  /** HTML + CSS, gzip. */
  totalGzip: number;
  /** `src` of every external script and the number of inline scripts (informational). */
  scripts: string[];
  inlineScripts: number;
  /** Stylesheets that are linked but not in the build. */
  missing: string[];
}

export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

const TAG = /<(link|script)\b((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const CSS_IMPORT = /@import\s+(?:url\(\s*)?(?:"([^"]*)"|'([^']*)'|([^)\s;]+))/g;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    attributes.set((match[1] ?? '').toLowerCase(), value.replace(/&amp;/g, '&'));
  }
  return attributes;
}

export interface LinkedResources {
  stylesheets: string[];
  scripts: string[];
  inlineScripts: number;
}

/** Stylesheet hrefs and script srcs of an HTML document, in document order (comments ignored). */
export function linkedResources(html: string): LinkedResources {
  const text = html.replace(/<!--[\s\S]*?-->/g, '');
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  let inlineScripts = 0;
  for (const tag of text.matchAll(TAG)) {
    const name = (tag[1] ?? '').toLowerCase();
    const attributes = attributesOf(tag[2] ?? '');
    if (name === 'link') {
      const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attributes.get('href');
      if (rel.includes('stylesheet') && href) stylesheets.push(href.trim());
    } else {
      const src = attributes.get('src');
      if (src) scripts.push(src.trim());
      else inlineScripts += 1;
    }
  }
  return { stylesheets, scripts, inlineScripts };
}

/**
 * Maps a URL found on a page to a file of the build, or undefined when it
 * points outside the site (another origin or outside the base path).
 */
export function fileForUrl(dir: string, base: string, pagePath: string, ref: string): string | undefined {
  const origin = 'http://site.invalid';
  const url = new URL(ref, origin + base + pagePath);
  if (url.origin !== origin || !url.pathname.startsWith(base)) return undefined;
  return path.join(dir, decodeURIComponent(url.pathname.slice(base.length)));
}

/** Weight of one page of a build served under `base` (`/` or `/budget/`). */
export async function measurePage(dir: string, base: string, page: Pick<SitePage, 'file' | 'path' | 'type'>) {
  const html = await readFile(page.file);
  const resources = linkedResources(html.toString('utf8'));
  const stylesheets: Resource[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();

  async function addStylesheet(ref: string, fromPath: string): Promise<void> {
    const file = fileForUrl(dir, base, fromPath, ref);
    if (file === undefined) {
      missing.push(`${ref} (outside the site)`);
      return;
    }
    if (seen.has(file)) return;
    seen.add(file);
    let css: Buffer;
    try {
      css = await readFile(file);
    } catch {
      missing.push(ref);
      return;
    }
    const urlPath = base + path.relative(dir, file).split(path.sep).join('/');
    stylesheets.push({ url: urlPath, bytes: css.length, gzip: gzipSize(css) });
    const cssPath = urlPath.slice(base.length);
    for (const match of css.toString('utf8').matchAll(CSS_IMPORT)) {
      const imported = (match[1] ?? match[2] ?? match[3] ?? '').trim();
      if (imported !== '') await addStylesheet(imported, cssPath);
    }
  }

  for (const ref of resources.stylesheets) await addStylesheet(ref, page.path);

  const htmlGzip = gzipSize(html);
  const cssGzip = stylesheets.reduce((sum, sheet) => sum + sheet.gzip, 0);
  const weight: PageWeight = {
    path: page.path,
    type: page.type,
    htmlBytes: html.length,
    htmlGzip,
    stylesheets,
    cssGzip,
    totalGzip: htmlGzip + cssGzip,
    scripts: resources.scripts,
    inlineScripts: resources.inlineScripts,
    missing,
  };
  return weight;
}

export async function measurePages(
  dir: string,
  base: string,
  pages: readonly Pick<SitePage, 'file' | 'path' | 'type'>[],
): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const page of pages) weights.push(await measurePage(dir, base, page));
  return weights;
}

export function formatKB(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

function describe(weight: PageWeight): string {
  return `/${weight.path}: ${formatKB(weight.totalGzip)} gzip (HTML ${formatKB(weight.htmlGzip)} + CSS ${formatKB(weight.cssGzip)})`;
}

/** One message per page over its type's budget, and per linked stylesheet that is missing. */
export function checkBudgets(weights: readonly PageWeight[], budgets: readonly Budget[] = BUDGETS): string[] {
  const problems: string[] = [];
  for (const weight of weights) {
    for (const ref of weight.missing) problems.push(`/${weight.path}: linked stylesheet ${ref} is not in the build`);
    const budget = budgets.find((b) => b.type === weight.type);
    if (budget !== undefined && weight.totalGzip > budget.maxGzip) {
      problems.push(
        `${describe(weight)} exceeds the ${weight.type} page budget of ${formatKB(budget.maxGzip)} by ${formatKB(weight.totalGzip - budget.maxGzip)}`,
      );
    }
  }
  return problems;
}

export interface TypeSummary {
  type: string;
  pages: number;
  heaviest: PageWeight;
  medianGzip: number;
}

/** Per type: number of pages, the heaviest page and the median weight. */
export function summarizeWeights(weights: readonly PageWeight[]): TypeSummary[] {
  const byType = new Map<string, PageWeight[]>();
  for (const weight of weights) byType.set(weight.type, [...(byType.get(weight.type) ?? []), weight]);
  const order = (type: string) => {
    const index = PAGE_TYPES.findIndex((pageType) => pageType.id === type);
    return index === -1 ? PAGE_TYPES.length : index;
  };
  const entries = [...byType.entries()].sort(([a], [b]) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  return entries.map(([type, list]) => {
    const sorted = [...list].sort((a, b) => a.totalGzip - b.totalGzip);
    return {
      type,
      pages: list.length,
      heaviest: sorted[sorted.length - 1] as PageWeight,
      medianGzip: (sorted[Math.floor((sorted.length - 1) / 2)] as PageWeight).totalGzip,
    };
  });
}

export function formatSummary(summaries: readonly TypeSummary[], budgets: readonly Budget[] = BUDGETS): string {
  const lines = summaries.map((summary) => {
    const budget = budgets.find((b) => b.type === summary.type);
    const limit = budget === undefined ? '' : `  (budget ${formatKB(budget.maxGzip)})`;
    return `  ${summary.type.padEnd(12)} ${String(summary.pages).padStart(5)} pages  median ${formatKB(summary.medianGzip).padStart(9)}  max ${describe(summary.heaviest)}${limit}`;
  });
  return ['Page weight, gzip -9 of HTML + linked CSS:', ...lines].join('\n');
}
