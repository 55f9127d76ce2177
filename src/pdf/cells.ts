/**
 * Text into table cells: items glued across a cell border are split at the border, each
 * piece goes to the cell holding its middle, and a cell's pieces are read line by line
 * (a wrapped 科目名称 becomes one cell's text).
 */
import type { Grid, GridCell } from './grid';
import { removeCjkSpaces, splitItemAt, type TextItem } from './text';

/** Row of cells as the page prints it; `cols` > 1 for a cell merged across columns. */
export interface Cell {
  text: string;
  col: number;
  cols: number;
}

export interface Row {
  cells: Cell[];
  /** Baseline of the row's top line (page space), for reading order. */
  y: number;
}

/** An item's vertical middle: baseline plus a third of the font size. */
const middleY = (item: TextItem): number => item.y + item.size * 0.3;

export function insideGrid(grid: Grid, item: TextItem): boolean {
  const x = item.x + item.w / 2;
  const y = middleY(item);
  return x > grid.x0 && x < grid.x1 && y > grid.y0 && y < grid.y1;
}

/** Split at every column edge the item crosses by more than a sliver. */
export function splitAtEdges(item: TextItem, edges: number[]): TextItem[] {
  const margin = Math.max(1, item.size * 0.4);
  for (const x of edges) {
    if (x > item.x + margin && x < item.x + item.w - margin) {
      const parts = splitItemAt(item, x);
      if (parts) return parts.flatMap((p) => splitAtEdges(p, edges));
    }
  }
  return [item];
}

/** Group items into lines by baseline (top to bottom), each line left to right. */
export function byBaseline(items: TextItem[]): TextItem[][] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: TextItem[][] = [];
  for (const item of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && Math.abs(first.y - item.y) <= Math.min(first.size, item.size) * 0.5) line.push(item);
    else lines.push([item]);
  }
  return lines.map((l) => l.sort((p, q) => p.x - q.x));
}

/** Join a line's items: a space where the gap is wider than a third of an em. */
export function joinLine(items: TextItem[]): string {
  let out = '';
  let end: number | null = null;
  for (const item of items) {
    if (end !== null && item.x - end > item.size * 0.33) out += ' ';
    out += item.str;
    end = item.x + item.w;
  }
  return out;
}

/** Join wrapped lines of one cell: CJK joins directly, Latin words keep a space. */
export function joinWrapped(lines: string[]): string {
  return lines.reduce((acc, line) => {
    if (acc === '') return line;
    return /[A-Za-z0-9]$/.test(acc) && /^[A-Za-z0-9]/.test(line) ? `${acc} ${line}` : `${acc}${line}`;
  }, '');
}

export function cellText(items: TextItem[]): string {
  const text = joinWrapped(byBaseline(items).map(joinLine)).replace(/\s+/g, ' ').trim();
  return removeCjkSpaces(text);
}

function cellOf(grid: Grid, item: TextItem): GridCell | undefined {
  const x = item.x + item.w / 2;
  const y = middleY(item);
  return grid.cells.find((c) => x >= c.x0 && x <= c.x1 && y >= c.y0 && y <= c.y1);
}

/**
 * The rows of one table. A cell merged down several rows is printed in its top row; the
 * rows below keep an empty cell in its place, so the columns stay in order.
 */
export function tableRows(grid: Grid, items: TextItem[]): Row[] {
  const inner = grid.xs.slice(1, -1);
  const byCell = new Map<GridCell, TextItem[]>();
  for (const item of items.flatMap((i) => splitAtEdges(i, inner))) {
    const cell = cellOf(grid, item);
    if (cell) byCell.set(cell, [...(byCell.get(cell) ?? []), item]);
  }
  const rows: Row[] = [];
  for (let r = 0; r < grid.ys.length - 1; r++) {
    const cells = grid.cells
      .filter((c) => c.row <= r && c.row + c.rows > r)
      .sort((p, q) => p.col - q.col)
      .map((c) => ({ text: c.row === r ? cellText(byCell.get(c) ?? []) : '', col: c.col, cols: c.cols }));
    const height = (grid.ys[r] as number) - (grid.ys[r + 1] as number);
    if (height < 4 && cells.every((c) => c.text === '')) continue; // a double ruling, not a row
    rows.push({ cells, y: grid.ys[r] as number });
  }
  return rows;
}
