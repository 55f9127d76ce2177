/** /data/<region>/<dept>/<year>.json: the report JSON exactly as committed. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportEntryPaths } from '../../../../lib/static-paths';
import { readReportJson, type ReportEntry } from '../../../../lib/reports';

export const getStaticPaths = reportEntryPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ReportEntry }> = ({ props }) =>
  new Response(readReportJson(props.entry), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
