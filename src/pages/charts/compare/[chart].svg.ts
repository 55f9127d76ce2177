/** Standalone SVG of each comparison chart: /charts/compare/<chart>.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildCompareChart, chartSvg, COMPARE_CHARTS, type CompareChartKind } from '../../../charts';
import { compareRowsForSite } from '../../../components/charts/compare-rows';

export const getStaticPaths = (() => COMPARE_CHARTS.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const chart = params.chart as CompareChartKind;
  const built = buildCompareChart(chart, await compareRowsForSite());
  const svg = chartSvg(built, { idPrefix: `compare-${chart}`, standalone: true });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
