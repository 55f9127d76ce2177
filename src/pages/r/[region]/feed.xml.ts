/** /r/<region>/feed.xml: Atom feed of new and updated reports of one region. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedXml } from '../../../lib/changes';
import { getRegions } from '../../../lib/reports';

export const getStaticPaths = (async () =>
  (await getRegions()).map((r) => ({ params: { region: r.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, params }) =>
  new Response(await feedXml(site, params.region), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
