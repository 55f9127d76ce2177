/**
 * Sitemap helpers: expand page route files (src/pages/**\/*.astro) into concrete URL
 * paths using each page's own getStaticPaths, so that every page any part of the site
 * adds is listed without a second registry of routes.
 */

type Params = Record<string, string | number | undefined>;
export interface PageModule {
  getStaticPaths?: (options: { paginate: () => never; routePattern: string }) => unknown;
}

/** "./r/[region]/[dept]/index.astro" → "/r/[region]/[dept]/" */
export function routePattern(file: string): string {
  const route = file
    .replace(/^\.\//, '')
    .replace(/\.astro$/, '')
    .replace(/(^|\/)index$/, '');
  return route === '' ? '/' : `/${route}/`;
}

/** Fill "[param]" and "[...rest]" segments of a route pattern. */
export function fillRoute(pattern: string, params: Params): string {
  const filled = pattern.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_m, _rest: string | undefined, name: string) => {
    const value = params[name];
    if (value === undefined) return '';
    return String(value)
      .split('/')
      .map((s) => encodeURIComponent(s))
      .join('/');
  });
  return filled.replace(/\/{2,}/g, '/');
}

/** Every concrete path of one route file. */
export async function pathsOf(file: string, load: () => Promise<PageModule>): Promise<string[]> {
  const pattern = routePattern(file);
  if (!pattern.includes('[')) return [pattern];
  const mod = await load();
  if (typeof mod.getStaticPaths !== 'function') return [];
  const paginate = (): never => {
    throw new Error(`sitemap: ${file} paginates; list its pages explicitly`);
  };
  const result = await mod.getStaticPaths({ paginate, routePattern: pattern });
  if (!Array.isArray(result)) return [];
  return (result as { params?: Params }[]).flat().map((p) => fillRoute(pattern, p.params ?? {}));
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapXml(urls: readonly string[]): string {
  const body = urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}</urlset>\n`;
}

/** URLs one sitemap file may list (the sitemaps.org protocol's limit). */
export const SITEMAP_MAX_URLS = 50_000;

/** The URLs in sitemap files of at most `max` each: one file while they fit. */
export function sitemapChunks(urls: readonly string[], max = SITEMAP_MAX_URLS): string[][] {
  if (!Number.isInteger(max) || max < 1) throw new Error(`sitemap: chunk size must be a positive integer: ${max}`);
  const chunks: string[][] = [];
  for (let i = 0; i < urls.length; i += max) chunks.push(urls.slice(i, i + max));
  return chunks.length > 0 ? chunks : [[]];
}

/** A sitemap index: the sitemap files of a site too large for one. */
export function sitemapIndexXml(locs: readonly string[]): string {
  const body = locs.map((u) => `  <sitemap><loc>${escapeXml(u)}</loc></sitemap>\n`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}</sitemapindex>\n`;
}

/** The path of the n-th (1-based) sitemap file of a site with a sitemap index. */
export const sitemapPartPath = (n: number): string => `/sitemap-${n}.xml`;
