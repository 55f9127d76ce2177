/**
 * Tables printed without ruling lines: consecutive lines holding two or more amounts are
 * one table; its columns come from the right edges of the amounts (numbers are right-
 * aligned) and, left of the first amount column, from where the header and names start.
 */
import type { Cell, Row } from './cells';
import type { FreeLine } from './freetext';

const AMOUNT = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;
const ALIGN = 4;

const amountSpans = (line: FreeLine): { x0: number; x1: number }[] =>
  line.spans.filter((_, i) => AMOUNT.test(line.cells[i]?.text ?? ''));

/** Right edges shared by amounts of several lines, left to right. */
export function amountColumns(lines: FreeLine[]): number[] {
  const edges = lines.flatMap((l) => amountSpans(l).map((s) => s.x1)).sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const e of edges) {
    const g = groups.at(-1);
    if (g && e - (g.at(-1) as number) <= ALIGN) g.push(e);
    else groups.push([e]);
  }
  return groups.filter((g) => g.length >= 2).map((g) => Math.max(...g));
}

const nearest = (columns: number[], x: number): number => {
  let best = 0;
  columns.forEach((c, k) => {
    if (Math.abs(c - x) < Math.abs((columns[best] as number) - x)) best = k;
  });
  return best;
};

/** Lay a line's cells into the columns: amounts by right edge, names before the first. */
export function fitLine(line: FreeLine, columns: number[]): Row {
  const texts: string[] = Array.from({ length: columns.length + 1 }, () => '');
  const first = columns[0] as number;
  line.cells.forEach((cell, i) => {
    const span = line.spans[i] as { x0: number; x1: number };
    const isName = !AMOUNT.test(cell.text) && span.x1 < first - ALIGN * 5;
    const slot = isName ? 0 : nearest(columns, span.x1) + 1;
    texts[slot] = texts[slot] === '' ? cell.text : `${texts[slot]} ${cell.text}`;
  });
  const cells: Cell[] = texts.map((text, col) => ({ text, col, cols: 1 }));
  return { cells, y: line.y };
}

export interface FallbackResult {
  rows: Row[];
  used: boolean;
}

/**
 * Rebuild runs of amount lines as columns: at least three consecutive lines holding an
 * amount, two of them holding two or more, plus the header line just above the run.
 */
export function fallbackColumns(lines: FreeLine[]): FallbackResult {
  const count = (l: FreeLine): number => amountSpans(l).length;
  const rows: Row[] = [];
  let used = false;
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && count(lines[j] as FreeLine) >= 1) j++;
    const run = lines.slice(i, j);
    const columns = amountColumns(run);
    if (run.length >= 3 && run.filter((l) => count(l) >= 2).length >= 2 && columns.length >= 2) {
      const header = rows.at(-1);
      const above = lines[i - 1];
      if (header && above && above.cells.length >= 2 && header.cells === above.cells) {
        rows[rows.length - 1] = fitLine(above, columns);
      }
      rows.push(...run.map((l) => fitLine(l, columns)));
      used = true;
      i = j;
      continue;
    }
    const line = lines[i] as FreeLine;
    rows.push({ cells: line.cells, y: line.y });
    i += 1;
  }
  return { rows, used };
}
