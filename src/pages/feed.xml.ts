/** /feed.xml: Atom feed of new and updated reports, site-wide. */
import type { APIRoute } from 'astro';
import { feedXml } from '../lib/changes';

export const GET: APIRoute = async ({ site }) =>
  new Response(await feedXml(site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
