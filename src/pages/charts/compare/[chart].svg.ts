/**
 * Standalone SVG of each comparison chart of the whole site: /charts/compare/<chart>.svg,
 * made only while /compare/ shows the whole site (COMPARE_ALL_MAX); past that the charts
 * are per region and year (./[region]/[year]/[chart].svg.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildCompareChart, chartSvg, COMPARE_CHARTS, type CompareChartKind } from '../../../charts';
import { compareRowsForSite } from '../../../components/charts/compare-rows';
import { COMPARE_ALL_MAX } from '../../../components/compare/compare-pages';

export const getStaticPaths = (async () =>
  (await compareRowsForSite()).length > COMPARE_ALL_MAX
    ? []
    : COMPARE_CHARTS.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const chart = params.chart as CompareChartKind;
  const built = buildCompareChart(chart, await compareRowsForSite());
  const svg = chartSvg(built, { idPrefix: `compare-${chart}`, standalone: true });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
