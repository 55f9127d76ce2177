/**
 * Finds the pages of a built site and sorts them into page types by URL
 * pattern, so that the quality gates can run on "one page of every type"
 * whatever pages exist at the time.
 *
 * Pages are found by walking the build directory for `.html` files; a file
 * `a/b/index.html` is the page `a/b/` (paths are relative to the base path).
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface PageType {
  id: string;
  /** Human-readable name for test titles and notes. */
  label: string;
  /** Example URL, for notes about missing types. */
  example: string;
  /** Matches the page path relative to the base, e.g. `r/x/y/2024/`. */
  pattern: RegExp;
  /**
   * Whether the site is meant to have a page of this type. A missing expected
   * type is reported (and its tests skipped) until it is built.
   */
  expected: boolean;
  /** Pages whose text may legitimately need JavaScript (search results). */
  interactive?: boolean;
}

const SEG = '[^/]+';
/** A report's stem: its year, or `<year>-final` for final accounts. */
const YEAR = '\\d{4}(?:-final)?';

/** Page types of the site, in the order they are reported. First match wins. */
export const PAGE_TYPES: readonly PageType[] = [
  { id: 'home', label: 'home', example: '/', pattern: /^$/, expected: true },
  { id: 'browse', label: 'browse', example: '/r/', pattern: /^r\/$/, expected: true },
  {
    id: 'region',
    label: 'region',
    example: '/r/<region>/',
    pattern: new RegExp(`^r/${SEG}/$`),
    expected: true,
  },
  {
    id: 'region-year',
    label: 'region-year',
    example: '/r/<region>/years/<year>/',
    pattern: new RegExp(`^r/${SEG}/years/${YEAR}/(\\d+/)?$`),
    expected: true,
  },
  {
    id: 'department',
    label: 'department',
    example: '/r/<region>/<dept>/',
    pattern: new RegExp(`^r/${SEG}/${SEG}/$`),
    expected: true,
  },
  {
    id: 'report',
    label: 'report',
    example: '/r/<region>/<dept>/<year>/',
    pattern: new RegExp(`^r/${SEG}/${SEG}/${YEAR}/$`),
    expected: true,
  },
  {
    // Only where a department's budget and final accounts of one year are both on the site.
    id: 'budget-vs-actual',
    label: 'budget vs actual',
    example: '/r/<region>/<dept>/<year>/budget-vs-actual/',
    pattern: new RegExp(`^r/${SEG}/${SEG}/\\d{4}/budget-vs-actual/$`),
    expected: false,
  },
  {
    id: 'table',
    label: 'table',
    example: '/r/<region>/<dept>/<year>/t/<key>/',
    pattern: new RegExp(`^r/${SEG}/${SEG}/${YEAR}/t/${SEG}/$`),
    expected: true,
  },
  {
    id: 'project',
    label: 'project',
    example: '/r/<region>/<dept>/<year>/p/<slug>/',
    pattern: new RegExp(`^r/${SEG}/${SEG}/${YEAR}/p/${SEG}/$`),
    expected: true,
  },
  { id: 'compare', label: 'compare', example: '/compare/', pattern: /^compare\/$/, expected: true },
  { id: 'quality', label: 'quality', example: '/quality/', pattern: /^quality\/$/, expected: true },
  {
    id: 'quality-region',
    label: 'quality-region',
    example: '/quality/<region>/',
    pattern: new RegExp(`^quality/${SEG}/(\\d+/)?$`),
    expected: true,
  },
  {
    id: 'quality-report',
    label: 'quality-report',
    example: '/quality/<region>/<dept>/<year>/',
    pattern: new RegExp(`^quality/${SEG}/${SEG}/${YEAR}/$`),
    expected: true,
  },
  {
    id: 'compare-region',
    label: 'compare-region',
    example: '/compare/<region>/<year>/',
    pattern: new RegExp(`^compare/${SEG}/${YEAR}/$`),
    expected: true,
  },
  { id: 'glossary', label: 'glossary', example: '/glossary/', pattern: /^glossary\/$/, expected: true },
  {
    id: 'search',
    label: 'search',
    example: '/search/',
    pattern: /^search\/$/,
    expected: true,
    interactive: true,
  },
  { id: 'data', label: 'data', example: '/data/', pattern: /^data\/$/, expected: true },
  {
    // Only past DATA_ALL_MAX reports (src/lib/paging.ts): /data/ then lists regions.
    id: 'data-region',
    label: 'data-region',
    example: '/data/<region>/',
    pattern: new RegExp(`^data/${SEG}/(\\d+/)?$`),
    expected: false,
  },
  { id: 'changes', label: 'changes', example: '/changes/', pattern: /^changes\/$/, expected: true },
  {
    id: 'embed-table',
    label: 'embed-table',
    example: '/embed/<region>/<dept>/<year>/t/<id>/',
    pattern: new RegExp(`^embed/${SEG}/${SEG}/${YEAR}/t/${SEG}/$`),
    expected: true,
  },
  {
    id: 'embed-chart',
    label: 'embed-chart',
    example: '/embed/<region>/<dept>/<year>/c/<kind>/',
    pattern: new RegExp(`^embed/${SEG}/${SEG}/${YEAR}/c/${SEG}/$`),
    expected: true,
  },
  { id: 'about', label: 'about', example: '/about/', pattern: /^about\/$/, expected: true },
  { id: '404', label: '404', example: '/404.html', pattern: /^404\.html$/, expected: true },
];

export interface SitePage {
  /** Absolute path of the HTML file. */
  file: string;
  /** URL path relative to the base: `''` (home), `r/x/`, `404.html`. */
  path: string;
  /** Page type id; unknown pages get `other:<first segment>`. */
  type: string;
  /** Size of the HTML file in bytes. */
  size: number;
}

/** `a/b/index.html` → `a/b/`; `index.html` → `''`; `404.html` stays. */
export function pagePathOf(relativeFile: string): string {
  const posix = relativeFile.split(path.sep).join('/');
  if (posix === 'index.html') return '';
  return posix.replace(/(^|\/)index\.html$/, '$1');
}

/** The page type of a page path (relative to the base). */
export function classifyPath(pagePath: string): string {
  for (const type of PAGE_TYPES) {
    if (type.pattern.test(pagePath)) return type.id;
  }
  const first = pagePath.split('/')[0] ?? '';
  return `other:${first === '' ? pagePath : first}`;
}

/** Every HTML page of a built site, sorted by path. */
export async function findPages(dir: string): Promise<SitePage[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const pages: SitePage[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const pagePath = pagePathOf(path.relative(dir, file));
    pages.push({ file, path: pagePath, type: classifyPath(pagePath), size: (await stat(file)).size });
  }
  return pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export interface Sample {
  type: string;
  label: string;
  /** The chosen page, or undefined when the site has no page of this type yet. */
  page: SitePage | undefined;
  /** How many pages of this type exist. */
  count: number;
  example: string;
  interactive: boolean;
}

/**
 * One page of every type: the largest HTML file of each type (the most
 * content, so the most demanding sample), ties broken by path. Expected types
 * with no page come back with `page: undefined`; pages of unknown types are
 * grouped by their first path segment and sampled too, so new kinds of page
 * are covered as soon as they appear.
 */
export function samplePages(pages: readonly SitePage[]): Sample[] {
  const byType = new Map<string, SitePage[]>();
  for (const page of pages) {
    const list = byType.get(page.type) ?? [];
    list.push(page);
    byType.set(page.type, list);
  }
  const pick = (list: SitePage[] | undefined): SitePage | undefined =>
    list === undefined
      ? undefined
      : [...list].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))[0];

  const samples: Sample[] = PAGE_TYPES.map((type) => ({
    type: type.id,
    label: type.label,
    page: pick(byType.get(type.id)),
    count: byType.get(type.id)?.length ?? 0,
    example: type.example,
    interactive: type.interactive === true,
  }));
  const others = [...byType.keys()].filter((key) => key.startsWith('other:')).sort();
  for (const key of others) {
    const page = pick(byType.get(key));
    samples.push({
      type: key,
      label: key,
      page,
      count: byType.get(key)?.length ?? 0,
      example: `/${page?.path ?? ''}`,
      interactive: false,
    });
  }
  return samples;
}

/** A readable summary of which page was chosen for each type, and which types are missing. */
export function describeSamples(samples: readonly Sample[]): string {
  const lines = samples.map((sample) =>
    sample.page === undefined
      ? `  ${sample.label.padEnd(12)} MISSING — no page like ${sample.example} in the build yet; its checks are skipped`
      : `  ${sample.label.padEnd(12)} /${sample.page.path}  (${sample.count} page${sample.count === 1 ? '' : 's'} of this type)`,
  );
  return ['Page types sampled by the quality gates:', ...lines].join('\n');
}
