import { reportStem, type Report } from '../schemas';
import { balanceChart } from './data/balance';
import { compareChart, type CompareChartKind, type CompareRow } from './data/compare';
import { economicChart } from './data/economic';
import { projectsChart } from './data/projects';
import { structureChart } from './data/structure';
import { threePublicChart } from './data/three-public';
import { layoutBars } from './layout/bars';
import { layoutEmpty } from './layout/empty';
import { layoutProportion } from './layout/proportion';
import { layoutTreemap } from './layout/treemap';
import type { BarChartData, ChartModel, ProportionData, Scene, TreemapData } from './model';
import { renderSvg } from './render';

/** The charts of one report, by stable kind (also the file name of the standalone SVG). */
export const REPORT_CHARTS = ['three-public', 'structure', 'balance', 'economic', 'projects'] as const;
export type ReportChartKind = (typeof REPORT_CHARTS)[number];

export type AnyChartModel = ChartModel<BarChartData> | ChartModel<TreemapData> | ChartModel<ProportionData>;

export interface BuiltChart {
  model: AnyChartModel;
  scene: Scene;
}

/** Lay out a model: its own layout when there is data, the "no data" frame otherwise. */
export function layoutModel<T>(model: ChartModel<T>, layout: (data: T) => Scene): BuiltChart {
  const scene = model.status === 'ok' ? layout(model.data) : layoutEmpty(model.reason);
  return { model: model as AnyChartModel, scene };
}

export function buildReportChart(kind: ReportChartKind, report: Report): BuiltChart {
  switch (kind) {
    case 'three-public':
      return layoutModel(threePublicChart(report), layoutBars);
    case 'structure':
      return layoutModel(structureChart(report), layoutTreemap);
    case 'balance':
      return layoutModel(balanceChart(report), layoutProportion);
    case 'economic':
      return layoutModel(economicChart(report), layoutBars);
    case 'projects':
      return layoutModel(projectsChart(report), layoutBars);
  }
}

export function buildCompareChart(kind: CompareChartKind, rows: CompareRow[]): BuiltChart {
  return layoutModel(compareChart(kind, rows), layoutBars);
}

/** The visible caption lines: unit, notes, source. */
export function captionLines(model: AnyChartModel): string[] {
  return [
    `单位：${model.unit}`,
    ...(model.status === 'empty' ? [`无数据：${model.reason}`] : model.notes),
    ...(model.source ? [`数据来源：${model.source}`] : []),
  ];
}

export interface ChartSvgOptions {
  idPrefix: string;
  /** Render as a standalone file (size, background, title and caption inside). */
  standalone?: boolean;
  /** Title used instead of the model's (a standalone file names the department too). */
  title?: string;
  /** Extra caption lines of a standalone file (e.g. the source document). */
  extraCaption?: string[];
}

export function chartSvg(built: BuiltChart, opts: ChartSvgOptions): string {
  const { model, scene } = built;
  const desc = model.status === 'empty' ? `无数据。${model.reason}` : model.summary;
  return renderSvg(scene, {
    idPrefix: opts.idPrefix,
    title: opts.title ?? model.title,
    desc,
    standalone: opts.standalone ? { caption: [...captionLines(model), ...(opts.extraCaption ?? [])] } : undefined,
  });
}

/** Site-relative path of a report chart's standalone SVG (pass through href()). */
export function reportChartPath(
  report: Pick<Report, 'region' | 'department' | 'year' | 'documentType'>,
  kind: ReportChartKind,
): string {
  return `/charts/${report.region}/${report.department.slug}/${reportStem(report)}/${kind}.svg`;
}

export const compareChartPath = (kind: CompareChartKind): string => `/charts/compare/${kind}.svg`;

export { COMPARE_CHARTS, compareRows, type CompareChartKind, type CompareRow } from './data/compare';
