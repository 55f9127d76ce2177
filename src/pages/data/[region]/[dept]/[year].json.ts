/** /data/<region>/<dept>/<year>.json: the report JSON exactly as committed. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReportEntries, readReportJson, type ReportEntry } from '../../../../lib/reports';
import { reportStem } from '../../../../schemas';

export const getStaticPaths = (async () => {
  const entries = await getReportEntries();
  return entries.map((entry) => ({
    params: { region: entry.report.region, dept: entry.report.department.slug, year: reportStem(entry.report) },
    props: { entry },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ReportEntry }> = ({ props }) =>
  new Response(readReportJson(props.entry), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
