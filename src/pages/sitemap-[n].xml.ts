/** /sitemap-<n>.xml: the n-th sitemap file of a site listed by a sitemap index (none while one file holds it). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemapXml } from '../lib/sitemap';
import { sitemapUrlChunks } from '../lib/sitemap-urls';

export const getStaticPaths = (async () => {
  const chunks = await sitemapUrlChunks();
  return chunks.length === 1 ? [] : chunks.map((_, i) => ({ params: { n: String(i + 1) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const chunks = await sitemapUrlChunks();
  return new Response(sitemapXml(chunks[Number(params.n) - 1]!), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
