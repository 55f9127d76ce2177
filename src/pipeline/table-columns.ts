import type { Column } from '../schemas';
import { parseAmountCell } from './numbers';
import type { Grid } from './table-grid';
import type { ColumnWord, TableKind } from './vocabulary';
import { W } from './vocabulary/words';

/**
 * Printed columns → columns of the data contract: codes split over 类 / 款 / 项 joined
 * into one code column, each column's kind read from its cells, and its key from the
 * vocabulary (the printed header word and the words above it). A column the vocabulary
 * does not know keeps its printed header under the key `c<index>`.
 */

export const CODE = /^\d{3}(\d{2}){0,2}$/;
const SPLIT_CODE = [/^类$/, /^款$/, /^项$/];
const DASH = /^[-－—–]+$/;

export interface MappedTable {
  columns: Column[];
  /** Cells per row: amounts as decimal strings, text as printed, blank = null. */
  rows: (string | null)[][];
  /** Cells an amount column holds that are not amounts: [row index, column index]. */
  notAmounts: [number, number][];
}

const squash = (s: string): string => s.replace(/\s+/g, '');
const leafOf = (path: string[]): string => squash(path.at(-1) ?? '');

/** Joins 类 | 款 | 项 cells into one code; a name printed in a code cell moves to the name. */
function joinSplitCodes(grid: Grid): Grid {
  const at = grid.paths.findIndex(
    (p, i) => SPLIT_CODE[0]!.test(leafOf(p)) && SPLIT_CODE[1]!.test(leafOf(grid.paths[i + 1] ?? [])),
  );
  if (at < 0) return grid;
  const width = SPLIT_CODE[2]!.test(leafOf(grid.paths[at + 2] ?? [])) ? 3 : 2;
  const parent = grid.paths[at]!.slice(0, -1);
  const paths = [
    ...grid.paths.slice(0, at),
    parent.length > 0 ? parent : ['科目编码'],
    ...grid.paths.slice(at + width),
  ];
  const carried: string[] = [];
  const rows = grid.rows.map((row) => {
    const parts = row.slice(at, at + width);
    const rest = [...row.slice(0, at), '', ...row.slice(at + width)];
    const shifted = parts.filter((p) => p !== '' && !/^\d+$/.test(p));
    const digits = parts.map((p) => (/^\d+$/.test(p) ? p : ''));
    const first = digits.findIndex((p) => p !== '');
    if (first >= 0) {
      digits.slice(first).forEach((p, i) => (carried[first + i] = p));
      rest[at] = [...carried.slice(0, first), ...digits.slice(first).filter((p) => p !== '')].join('');
    }
    if (shifted.length > 0) {
      if ((rest[at + 1] ?? '') === '') rest[at + 1] = shifted.join('');
      else rest[at] = [rest[at], ...shifted].filter((s) => s !== '').join(' ');
    }
    return rest;
  });
  return { paths, rows };
}

type Kind = Column['kind'];

function inferKind(path: string[], cells: string[], index: number): Kind | null {
  const filled = cells.filter((c) => c !== '' && !DASH.test(c));
  const leaf = leafOf(path);
  if (W.code.test(leaf) || SPLIT_CODE.some((r) => r.test(leaf))) return 'code';
  if (filled.length === 0) return null;
  const codes = filled.filter((c) => CODE.test(c)).length;
  const decimals = filled.filter((c) => /[.,]/.test(c)).length;
  if (index === 0 && codes * 2 >= filled.length && decimals === 0) return 'code';
  if (filled.filter((c) => /%$/.test(c)).length * 2 >= filled.length) return 'number';
  const amounts = filled.filter((c) => typeof parseAmountCell(c) === 'string').length;
  if (amounts * 2 >= filled.length) return 'amount';
  return 'text';
}

function fits(word: ColumnWord, path: string[], kind: Kind | null): boolean {
  if (!word.header.test(leafOf(path))) return false;
  if (word.under) {
    const parents = path.slice(0, -1).map(squash);
    if (!parents.some((p) => word.under!.test(p)) && !word.under.test(parents.join(''))) return false;
  }
  if (!word.kind || kind === null) return true;
  return word.kind === kind;
}

function keyColumns(paths: string[][], kinds: (Kind | null)[], kind: TableKind | null): Column[] {
  const used = new Set<string>();
  return paths.map((p, i) => {
    const path = p.length > 0 ? p : [`第${i + 1}列`];
    const word = kind?.columns.find((w) => !used.has(w.key) && fits(w, p, kinds[i] ?? null));
    if (word) used.add(word.key);
    const columnKind: Kind = kinds[i] ?? word?.kind ?? (W.name.test(leafOf(p)) ? 'text' : 'amount');
    return { key: word?.key ?? `c${i}`, path, kind: columnKind };
  });
}

/**
 * A column with nothing printed above it, beside a column of the same kind, and never
 * filled in the same row as that one: the same column set a few characters apart
 * (space-aligned text shifts with the length of the words before it). Joined.
 */
function joinHeaderless(grid: Grid): Grid {
  const kindAt = (g: Grid, i: number): Kind | null =>
    inferKind(
      g.paths[i] ?? [],
      g.rows.map((r) => r[i] ?? ''),
      i,
    );
  for (let i = 0; i < grid.paths.length; i++) {
    if (grid.paths[i]!.length > 0) continue;
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= grid.paths.length || kindAt(grid, i) !== kindAt(grid, j)) continue;
      if (grid.rows.some((r) => (r[i] ?? '') !== '' && (r[j] ?? '') !== '')) continue;
      const rows = grid.rows.map((r) => {
        const out = [...r];
        out[j] = (r[j] ?? '') !== '' ? r[j]! : (r[i] ?? '');
        out.splice(i, 1);
        return out;
      });
      const paths = grid.paths.filter((_, k) => k !== i);
      return joinHeaderless({ paths, rows });
    }
  }
  return grid;
}

export function mapColumns(printed: Grid, kind: TableKind | null): MappedTable {
  const grid = joinHeaderless(joinSplitCodes(printed));
  const kinds = grid.paths.map((p, i) =>
    inferKind(
      p,
      grid.rows.map((r) => r[i] ?? ''),
      i,
    ),
  );
  const columns = keyColumns(grid.paths, kinds, kind);
  const notAmounts: [number, number][] = [];
  const rows = grid.rows.map((row, r) =>
    columns.map((column, i) => {
      const cell = row[i] ?? '';
      if (cell === '' || (column.kind !== 'text' && DASH.test(cell))) return null;
      if (column.kind !== 'amount') return cell;
      const value = parseAmountCell(cell);
      if (typeof value === 'string') return value;
      notAmounts.push([r, i]);
      return cell;
    }),
  );
  return { columns, rows, notAmounts };
}
