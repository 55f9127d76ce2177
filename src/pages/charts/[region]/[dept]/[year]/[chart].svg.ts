/**
 * Standalone SVG of each report chart: /charts/<region>/<dept>/<year>/<chart>.svg, with
 * its own size, white background, font stack, title (department and chart) and caption.
 * Every report gets every chart, so a link to one never breaks ("无数据" where empty).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildReportChart, chartSvg, REPORT_CHARTS, type ReportChartKind } from '../../../../../charts';
import { getReports } from '../../../../../lib/reports';
import { reportStem, type Report } from '../../../../../schemas';

interface Props {
  report: Report;
  chart: ReportChartKind;
}

export const getStaticPaths = (async () => {
  const reports = await getReports();
  return reports.flatMap((report) =>
    REPORT_CHARTS.map((chart) => ({
      params: { region: report.region, dept: report.department.slug, year: reportStem(report), chart },
      props: { report, chart } satisfies Props,
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props }) => {
  const { report, chart } = props;
  const built = buildReportChart(chart, report);
  const svg = chartSvg(built, {
    idPrefix: chart,
    standalone: true,
    title: `${report.department.name}：${built.model.title}`,
    extraCaption: [`来源文件：《${report.source.title}》`],
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
