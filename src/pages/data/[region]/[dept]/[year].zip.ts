/** /data/<region>/<dept>/<year>.zip: one report's JSON, tables as CSV, source and change log. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportEntryPaths } from '../../../../lib/static-paths';
import { reportZip } from '../../../../lib/downloads';
import { type ReportEntry } from '../../../../lib/reports';

export const getStaticPaths = reportEntryPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ReportEntry }> = async ({ props }) =>
  new Response(new Uint8Array(await reportZip(props.entry)), { headers: { 'Content-Type': 'application/zip' } });
