/**
 * /sitemap.xml: every HTML page of the build (src/lib/sitemap-urls.ts) — or, past the
 * protocol's 50,000 URLs, a sitemap index of /sitemap-<n>.xml files.
 */
import type { APIRoute } from 'astro';
import { absoluteFor } from '../lib/routes';
import { sitemapIndexXml, sitemapPartPath, sitemapXml } from '../lib/sitemap';
import { sitemapUrlChunks } from '../lib/sitemap-urls';

export const GET: APIRoute = async ({ site }) => {
  const chunks = await sitemapUrlChunks();
  const xml =
    chunks.length === 1
      ? sitemapXml(chunks[0]!)
      : sitemapIndexXml(chunks.map((_, i) => absoluteFor(sitemapPartPath(i + 1), import.meta.env.BASE_URL, site)));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
