/** /data/<region>/<dept>/<year>/<table-key>.csv: one table as CSV (UTF-8 with BOM). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { tableToCsv } from '../../../../../lib/csv';
import { getReports } from '../../../../../lib/reports';
import { tableId } from '../../../../../lib/routes';
import { reportStem, type Table } from '../../../../../schemas';

export const getStaticPaths = (async () => {
  const reports = await getReports();
  return reports.flatMap((r) =>
    r.tables.map((table) => ({
      params: { region: r.region, dept: r.department.slug, year: reportStem(r), table: tableId(table) },
      props: { table },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: Table }> = ({ props }) =>
  new Response(tableToCsv(props.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
