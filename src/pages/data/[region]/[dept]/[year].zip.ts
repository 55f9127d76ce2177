/** /data/<region>/<dept>/<year>.zip: one report's JSON, tables as CSV, source and change log. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { reportZip } from '../../../../lib/downloads';
import { getReportEntries, type ReportEntry } from '../../../../lib/reports';
import { reportStem } from '../../../../schemas';

export const getStaticPaths = (async () => {
  const entries = await getReportEntries();
  return entries.map((entry) => ({
    params: { region: entry.report.region, dept: entry.report.department.slug, year: reportStem(entry.report) },
    props: { entry },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ReportEntry }> = ({ props }) =>
  new Response(new Uint8Array(reportZip(props.entry)), { headers: { 'Content-Type': 'application/zip' } });
