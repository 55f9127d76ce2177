/**
 * The three stages of a chart, kept apart (state → layout → render):
 *
 *   data   (data/*.ts)   Report → ChartModel: what to show, in words and decimal strings,
 *                        or "no data" with the reason — never an exception.
 *   layout (layout/*.ts) ChartModel → Scene: pure geometry (rects, texts, lines) in
 *                        viewBox units, rounded to 0.1.
 *   render (render.ts)   Scene → SVG string, every text escaped.
 */

export type Unit = '万元' | '%' | '个' | '万元/人';

/** The same numbers as the chart, as an accessible table (strings exactly as printed). */
export interface DataTable {
  head: string[];
  rows: { th: string; cells: string[]; level?: number }[];
  /** Which of `cells` columns are numeric (right-aligned). */
  numeric: boolean[];
}

export interface ChartMeta {
  /** Chart title (Chinese), also the SVG <title>. */
  title: string;
  unit: Unit;
  /** Plain-language notes shown under the chart (derivations, blanks, omissions). */
  notes: string[];
  /** Where the numbers come from, e.g. "预算公开表10 2024年财政拨款安排“三公”经费支出预算表". */
  source: string | null;
  /** One-paragraph summary of the data for the SVG <desc>. */
  summary: string;
  table: DataTable | null;
}

export type ChartState<T> = { status: 'ok'; data: T } | { status: 'empty'; reason: string };

export type ChartModel<T> = ChartMeta & ChartState<T>;

/* ---------- chart data ---------- */

export interface BarSeries {
  name: string;
  style: 'solid' | 'hatch';
}

export interface BarValue {
  /** Decimal string for geometry; null = no bar. */
  value: string | null;
  /** Printed label next to the bar (source string, formatted), e.g. "14,101.87" or "未说明". */
  label: string;
}

export interface BarRow {
  label: string;
  /** Secondary line under the label, e.g. "比上年减少 20.00". */
  note: string | null;
  /** One per series. */
  bars: BarValue[];
}

export interface BarChartData {
  series: BarSeries[];
  rows: BarRow[];
  /** Fixed end of the scale (e.g. "100" for percentages); default: the largest value. */
  max?: string;
}

export interface ProportionPart {
  name: string;
  value: string;
  /** Printed amount ("—" for a blank cell). */
  label: string;
  /** Share in percent, two places ("4.06"). */
  share: string;
}

export interface ProportionBar {
  title: string;
  totalLabel: string;
  parts: ProportionPart[];
}

export interface ProportionData {
  bars: ProportionBar[];
}

export interface TreeNode {
  code: string;
  label: string;
  /** Decimal string (leaves); branches sum their children. */
  value: string;
  children: TreeNode[];
}

export interface TreemapData {
  /** 类 at the top; leaves are the deepest coded rows. */
  classes: TreeNode[];
  totalLabel: string;
}

/* ---------- scene ---------- */

export type Fill = { kind: 'solid'; color: string } | { kind: 'hatch'; color: string };

export interface RectShape {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: Fill | null;
  stroke?: string;
  strokeWidth?: number;
  dashed?: boolean;
  /** What the rect shows, kept as data-* attributes for tests ("bar", "tile", "swatch"). */
  role?: string;
  value?: string;
}

export interface TextShape {
  type: 'text';
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  size: number;
  anchor: 'start' | 'middle' | 'end';
  bold?: boolean;
  color: string;
}

export interface LineShape {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
}

export type Shape = RectShape | TextShape | LineShape;

export interface Scene {
  width: number;
  height: number;
  shapes: Shape[];
}
