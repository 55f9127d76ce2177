/**
 * One page's rows in reading order: ruled tables (grid.ts, cells.ts), text outside them
 * (freetext.ts) and, where amounts stand in columns with no rulings, fallback columns.
 */
import { insideGrid, tableRows, type Row } from './cells';
import { fallbackColumns } from './fallback';
import { freeLines } from './freetext';
import type { Segment } from './geometry';
import { findGrids, type Grid } from './grid';
import type { TextItem } from './text';

export type RowKind = 'table' | 'text' | 'columns';

export interface PageRow extends Row {
  kind: RowKind;
  /** Index of the ruled table on the page (0-based) for table rows. */
  table?: number;
}

export interface PageLayout {
  rows: PageRow[];
  tables: number;
  /** Amount columns were inferred without rulings on this page. */
  fallback: boolean;
  /** Column edges of the lowest table on the page (a table the next page may continue). */
  lastColumns?: number[];
}

const SAME_EDGE = 2;

/**
 * A table continued from the page before, at the top of its page, may rule fewer columns
 * (rows whose cells are merged across the earlier columns). When its edges are a subset of
 * the earlier table's edges, its cells take the earlier table's column numbers, so the
 * continued rows keep their columns.
 */
function continueColumns(grid: Grid, previous: number[] | undefined): void {
  if (!previous || grid.xs.length >= previous.length) return;
  const index = grid.xs.map((x) => previous.findIndex((p) => Math.abs(p - x) <= SAME_EDGE));
  if (index.some((i) => i < 0) || index[0] !== 0 || index.at(-1) !== previous.length - 1) return;
  grid.cells = grid.cells.map((c) => ({
    ...c,
    col: index[c.col]!,
    cols: index[c.col + c.cols]! - index[c.col]!,
  }));
  grid.xs = [...previous];
}

export function layoutPage(items: TextItem[], segments: Segment[], previous?: number[]): PageLayout {
  const grids = findGrids(segments);
  const blocks: { y: number; rows: PageRow[] }[] = [];
  const free: TextItem[] = [];
  const inGrid: TextItem[][] = grids.map(() => []);
  for (const item of items) {
    const k = grids.findIndex((g) => insideGrid(g, item));
    if (k >= 0) inGrid[k]?.push(item);
    else free.push(item);
  }
  const first = grids[0];
  if (first && free.every((i) => i.y < first.y1)) continueColumns(first, previous);
  grids.forEach((grid, k) => {
    const rows = tableRows(grid, inGrid[k] ?? []).map((r) => ({ ...r, kind: 'table' as const, table: k }));
    blocks.push({ y: grid.y1, rows });
  });
  const lines = freeLines(free);
  // Free lines between two tables are read on their own, so a fallback run never spans a table.
  const tops = grids.map((g) => g.y1);
  let fallback = false;
  const groups = new Map<number, typeof lines>();
  for (const line of lines) {
    const key = tops.filter((t) => t > line.y).length;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  for (const group of groups.values()) {
    const result = fallbackColumns(group);
    fallback ||= result.used;
    const kind: RowKind = result.used ? 'columns' : 'text';
    for (const row of result.rows)
      blocks.push({ y: row.y, rows: [{ ...row, kind: row.cells.length > 1 ? kind : 'text' }] });
  }
  blocks.sort((p, q) => q.y - p.y);
  const lowest = [...grids].sort((p, q) => p.y0 - q.y0)[0];
  return { rows: blocks.flatMap((b) => b.rows), tables: grids.length, fallback, lastColumns: lowest?.xs };
}
