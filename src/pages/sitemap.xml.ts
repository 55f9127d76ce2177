/**
 * /sitemap.xml: every HTML page of the build, as absolute URLs (SITE_URL + BASE_PATH; without
 * SITE_URL site-relative paths, and the build warns). Pages are found from the route files
 * themselves, dynamic ones through their getStaticPaths. Embed pages (/embed/…) are left out:
 * they repeat a permalink page, which they name as canonical.
 */
import type { APIRoute } from 'astro';
import { absoluteFor } from '../lib/routes';
import { pathsOf, sitemapXml, type PageModule } from '../lib/sitemap';

const pages = import.meta.glob<PageModule>(['./**/*.astro', '!./404.astro', '!./embed/**']);

export const GET: APIRoute = async ({ site }) => {
  const lists = await Promise.all(Object.entries(pages).map(([file, load]) => pathsOf(file, load)));
  const paths = [...new Set(lists.flat())].sort();
  const urls = paths.map((p) => absoluteFor(p, import.meta.env.BASE_URL, site));
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
