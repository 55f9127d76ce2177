/** /data/yusuan-gongkai.zip: every report's files, the JSON Schema and the data package. */
import type { APIRoute } from 'astro';
import { siteZip } from '../../lib/downloads';

export const GET: APIRoute = async ({ site }) =>
  new Response(new Uint8Array(await siteZip(site)), { headers: { 'Content-Type': 'application/zip' } });
