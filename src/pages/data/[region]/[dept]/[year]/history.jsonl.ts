/** /data/<region>/<dept>/<year>/history.jsonl: the report's change log as committed. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readHistoryText } from '../../../../../lib/downloads';
import { getReports } from '../../../../../lib/reports';
import { reportStem, type Report } from '../../../../../schemas';

export const getStaticPaths = (async () => {
  const reports = await getReports();
  return reports.map((report) => ({
    params: { region: report.region, dept: report.department.slug, year: reportStem(report) },
    props: { report },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: Report }> = ({ props }) =>
  new Response(readHistoryText(props.report), { headers: { 'Content-Type': 'application/jsonl; charset=utf-8' } });
