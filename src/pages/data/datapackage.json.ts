/** /data/datapackage.json: a Frictionless Data Package listing every download (the same text as in the site ZIP). */
import type { APIRoute } from 'astro';
import { dataPackageFor } from '../../lib/downloads';

export const GET: APIRoute = async ({ site }) => {
  return new Response(await dataPackageFor(site), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
