/**
 * /sitemap.xml: every HTML page of the build, as absolute URLs (SITE_URL + BASE_PATH; see
 * DEFAULT_SITE_URL in src/lib/routes.ts when SITE_URL is not set). Pages are found from the
 * route files themselves, dynamic ones through their getStaticPaths.
 */
import type { APIRoute } from 'astro';
import { absoluteFor } from '../lib/routes';
import { pathsOf, sitemapXml, type PageModule } from '../lib/sitemap';

const pages = import.meta.glob<PageModule>(['./**/*.astro', '!./404.astro']);

export const GET: APIRoute = async ({ site }) => {
  const lists = await Promise.all(Object.entries(pages).map(([file, load]) => pathsOf(file, load)));
  const paths = [...new Set(lists.flat())].sort();
  const urls = paths.map((p) => absoluteFor(p, import.meta.env.BASE_URL, site));
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
