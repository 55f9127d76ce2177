import type { SourceLine } from './lines';
import { squash, type Grid } from './grid-spans';
import { spaceGrid } from './space-grid';

/**
 * A table's printed header and data rows as a grid of cells: one path of header words per
 * column (multi-row headers rebuilt from the cells) and one cell per column in each row.
 * TAB-separated text gives the columns by cell index; space-aligned text (`pdftotext
 * -layout`) by character positions, the columns being the gutters left blank by every row.
 */

export type { Grid } from './grid-spans';

export function isTabbed(lines: SourceLine[]): boolean {
  const filled = lines.filter((l) => l.text.trim() !== '');
  return filled.length > 0 && filled.filter((l) => l.text.includes('\t')).length * 2 >= filled.length;
}

export function buildGrid(header: SourceLine[], data: SourceLine[]): Grid {
  return isTabbed([...header, ...data]) ? tabGrid(header, data) : spaceGrid(header, data);
}

// ---------------------------------------------------------------- TAB-separated

function tabCells(line: SourceLine): string[] {
  const cells = line.text.split('\t').map((c) => squashInner(c));
  while (cells.length > 0 && cells.at(-1) === '') cells.pop();
  return cells;
}

/** Trim a cell; keep the single spaces between words ("1. 一般公共预算"). */
const squashInner = (c: string): string => c.trim().replace(/\s{2,}/g, ' ');

function tabGrid(header: SourceLine[], data: SourceLine[]): Grid {
  const head = header.map((l) => tabCells(l).map(squash)).filter((r) => r.some((c) => c !== ''));
  const rows = data.map(tabCells);
  const width = Math.max(1, ...head.map((r) => r.length), ...rows.map((r) => r.length));
  const grid = head.map((r, k) => Array.from({ length: width }, (_, i) => (k === 0 ? spread(r, width) : r)[i] ?? ''));
  repairOrphans(grid);
  const printed = data.map((l) => l.text.split('\t').length);
  return {
    paths: headerPaths(grid, width),
    rows: rows.map((r, k) => {
      const fitted = fitRow(r, printed[k]!, width);
      return Array.from({ length: width }, (_, i) => fitted[i] ?? '');
    }),
  };
}

/**
 * A top header line printed outside the ruled table (a page break between it and the
 * table) has one cell per word and fewer cells than the table has columns: "收入 | 支出"
 * over four columns. With every cell filled and the columns an even multiple of them, each
 * word heads an equal share of the columns.
 */
function spread(row: string[], width: number): string[] {
  const n = row.length;
  if (n < 2 || n >= width || width % n !== 0 || row.some((c) => c === '')) return row;
  return row.flatMap((c) => [c, ...Array<string>(width / n - 1).fill('')]);
}

/**
 * A row printed with fewer cells than the table has columns, a label then amounts: its
 * label cell spans the first columns (合计 over 科目编码 and 科目名称), so its amounts
 * belong to the last columns.
 */
function fitRow(row: string[], printed: number, width: number): string[] {
  const amount = /^-?[\d,]+(\.\d+)?$/;
  if (printed >= width || row.length < 2 || amount.test(row[0]!)) return row;
  const amounts = row.slice(1);
  if (!amounts.every((c) => c === '' || amount.test(c))) return row;
  return [row[0]!, ...Array<string>(width - row.length).fill(''), ...amounts];
}

/**
 * The column paths of a header grid. A cell spans the empty cells to its right as long
 * as a lower header row prints something under them (a merged parent cell).
 */
function headerPaths(grid: string[][], width: number): string[][] {
  const paths: string[][] = Array.from({ length: width }, () => []);
  grid.forEach((row, r) => {
    row.forEach((cell, j) => {
      if (cell === '') return;
      let next = row.findIndex((c, k) => k > j && c !== '');
      if (next < 0) next = width;
      let last = j;
      for (let k = j + 1; k < next; k++) if (grid.slice(r + 1).some((below) => below[k] !== '')) last = k;
      for (let k = j; k <= last; k++) paths[k]!.push(cell);
    });
  });
  return paths;
}

/**
 * Extraction sometimes shifts a vertically merged header cell ("上年结转") into the middle
 * of a parent's children: the lower row then has a hole under it and, right after it, a
 * child with nothing above. A parent's children are contiguous, so the orphan child moves
 * before the merged cell.
 */
function repairOrphans(grid: string[][]): void {
  if (grid.length < 2) return;
  const bottom = grid.at(-1)!;
  const upper = grid.slice(0, -1);
  for (let i = 1; i + 1 < bottom.length; i++) {
    const hole = bottom[i] === '' && upper.some((r) => r[i] !== '');
    const orphan = bottom[i + 1] !== '' && upper.every((r) => r[i + 1] === '');
    const parentLeft =
      upper.some((r) => r.slice(0, i).some((c) => c !== '') && r[i - 1] === '') && bottom[i - 1] !== '';
    if (hole && orphan && parentLeft) {
      for (const row of grid) [row[i], row[i + 1]] = [row[i + 1]!, row[i]!];
    }
  }
}
