/** Standalone SVG of each comparison chart of one region and year: /charts/compare/<region>/<year>/<chart>.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildCompareChart, chartSvg, COMPARE_CHARTS, type CompareChartKind } from '../../../../../charts';
import { compareChoices, compareRowsOf } from '../../../../../components/compare/compare-pages';

export const getStaticPaths = (async () => {
  const { choices } = await compareChoices();
  return choices.flatMap((r) =>
    r.years.flatMap(({ year }) =>
      COMPARE_CHARTS.map((chart) => ({ params: { region: r.slug, year: String(year), chart } })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const chart = params.chart as CompareChartKind;
  const region = params.region!;
  const year = Number(params.year);
  const built = buildCompareChart(chart, await compareRowsOf(region, year));
  const svg = chartSvg(built, { idPrefix: `compare-${chart}`, standalone: true });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
