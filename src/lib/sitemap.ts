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
