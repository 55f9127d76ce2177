/**
 * getStaticPaths of the routes that repeat per report or per table, shared by a page and
 * its download or embed (so the permalink and its copies always have the same set of paths).
 */
import { reportStem, type Report, type Table } from '../schemas';
import { getReportEntries, getReports, type ReportEntry } from './reports';
import { tableId } from './routes';

const reportParams = (r: Report) => ({ region: r.region, dept: r.department.slug, year: reportStem(r) });

/** /…/<region>/<dept>/<year>… with the report's committed entry. */
export async function reportEntryPaths(): Promise<
  { params: ReturnType<typeof reportParams>; props: { entry: ReportEntry } }[]
> {
  return (await getReportEntries()).map((entry) => ({ params: reportParams(entry.report), props: { entry } }));
}

/** /…/<region>/<dept>/<year>/t/<id>/ with the report and the table. */
export async function tablePaths(): Promise<
  { params: ReturnType<typeof reportParams> & { table: string }; props: { report: Report; table: Table } }[]
> {
  return (await getReports()).flatMap((report) =>
    report.tables.map((table) => ({
      params: { ...reportParams(report), table: tableId(table) },
      props: { report, table },
    })),
  );
}
