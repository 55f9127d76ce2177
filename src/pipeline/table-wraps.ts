import type { Column } from '../schemas';
import { CODE } from './table-columns';

/**
 * Space-aligned text (`pdftotext -layout`) prints a ruled cell whose text wraps inside it as
 * one line per piece, the row's single-line cells (its amounts) on the line between: a row
 * is one line with amounts and the lines without amounts above and below it that continue
 * its cells. TAB-separated text (the PDF reader) has joined them already.
 */

type Cells = (string | null)[];

export interface JoinedRows {
  cells: Cells[];
  /** Index of the first and last line of each row. */
  lines: [number, number][];
}

const filledAt = (cells: Cells): number[] => cells.flatMap((c, i) => (c === null ? [] : [i]));

/** A numbered item (一、 1. （一） ①) starts a row: it is never the lower piece of a cell. */
const NUMBERED = /^([一二三四五六七八九十]+、|\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）]|[①-⑳])/;

/**
 * Which lines are pieces of a wrapped cell — no amount, no code, text only, in a table
 * whose rows carry amounts — and which row each belongs to. A cell's text is centred on its
 * row's line: t pieces above the line (t ≤ 3, in columns the line leaves blank) and t or
 * t − 1 below it, the lower ones in the same columns and none starting a numbered item.
 * A row whose line prints no text at all may have its one piece above only. Any other line
 * without amounts stays a row (a label printed with blank amounts), and so does a line with
 * two or more header words (a header row taken for data is not a label).
 */
export function joinWrappedLines(
  columns: Column[],
  rows: Cells[],
  isHeaderWord: (text: string) => boolean = () => false,
): JoinedRows {
  const amount = (cells: Cells): boolean => cells.some((c, i) => c !== null && columns[i]!.kind === 'amount');
  const piece = (cells: Cells): boolean =>
    amounts &&
    !amount(cells) &&
    filledAt(cells).length > 0 &&
    filledAt(cells).every((i) => columns[i]!.kind === 'text' && !CODE.test(cells[i]!)) &&
    filledAt(cells).filter((i) => isHeaderWord(cells[i]!)).length < 2;
  const amounts = rows.some(amount);
  const lower = (cells: Cells, cols: number[]): boolean =>
    piece(cells) && filledAt(cells).every((i) => cols.includes(i) && !NUMBERED.test(cells[i]!));
  // owner[r]: the line whose row line r joins (itself when it is a row of its own).
  const owner = rows.map((_, r) => r);
  let r = 0;
  while (r < rows.length) {
    if (!piece(rows[r]!)) {
      r++;
      continue;
    }
    let end = r;
    while (end < rows.length && piece(rows[end]!)) end++;
    const core = end < rows.length ? end : -1;
    if (core >= 0) {
      const text = rows[core]!.some((c, i) => c !== null && columns[i]!.kind === 'text');
      for (let t = Math.min(3, end - r); t >= 1; t--) {
        const top = rows.slice(end - t, end);
        const cols = [...new Set(top.flatMap(filledAt))];
        if (cols.some((i) => rows[core]![i] !== null)) continue;
        if (top.slice(1).some((c) => filledAt(c).some((i) => NUMBERED.test(c[i]!)))) continue;
        let b = 0;
        while (b < t && core + 1 + b < rows.length && lower(rows[core + 1 + b]!, cols)) b++;
        if (b < t - 1 || (b === 0 && (text || t > 1))) continue;
        for (let k = end - t; k <= core + b; k++) owner[k] = core;
        break;
      }
    }
    r = end;
  }
  // Consecutive lines of one owner are one row.
  const out: JoinedRows = { cells: [], lines: [] };
  rows.forEach((cells, k) => {
    if (k > 0 && owner[k] === owner[k - 1]) {
      out.cells[out.cells.length - 1] = joinCells(out.cells.at(-1)!, cells);
      out.lines.at(-1)![1] = k;
    } else {
      out.cells.push([...cells]);
      out.lines.push([k, k]);
    }
  });
  return out;
}

/** The cells of two lines of one row, text pieces joined in reading order. */
function joinCells(upper: Cells, lower: Cells): Cells {
  return upper.map((c, i) => {
    const d = lower[i] ?? null;
    return c === null ? d : d === null ? c : `${c}${d}`;
  });
}
