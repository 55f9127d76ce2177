/** /data/datapackage.json: a Frictionless Data Package listing every JSON and CSV download. */
import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/datapackage';
import { getReports } from '../../lib/reports';
import { absoluteFor } from '../../lib/routes';

export const GET: APIRoute = async ({ site }) => {
  const pkg = dataPackage(await getReports(), { homepage: absoluteFor('/data/', import.meta.env.BASE_URL, site) });
  return new Response(JSON.stringify(pkg, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
