import type { Cell, SourceLine } from './lines';
import { overlap, type Span } from './grid-spans';
import { isNumeric, typedSpans, withoutTotalLabels } from './space-columns';

/**
 * Continuation pages of space-aligned text: a table continued on another page is set at that
 * page's margin and spacing; its rows are moved onto the first page's columns.
 */

/** Numbers line up by their right edge, words by their left edge. */
const edgeOf = (c: Span | Cell, numeric: boolean): number => (numeric ? c.end : c.start);

/**
 * The columns of a continuation page matched in order to those of the first page, each to
 * the nearest by its edge, skipping first-page columns the page does not use (a 合计 label
 * set apart): own column index → first-page column index. Null where the page has more
 * columns than the first page.
 */
function matchInOrder(own: Span[], home: Span[], numeric: boolean): number[] | null {
  const n = own.length;
  const m = home.length;
  if (n === 0 || n > m) return null;
  const d = (i: number, j: number): number => Math.abs(edgeOf(own[i]!, numeric) - edgeOf(home[j]!, numeric));
  // cost[i][j]: best cost of matching own[0..i) within home[0..j).
  const cost = Array.from({ length: n + 1 }, (_, i) => Array<number>(m + 1).fill(i === 0 ? 0 : Infinity));
  for (let i = 1; i <= n; i++)
    for (let j = i; j <= m; j++) cost[i]![j] = Math.min(cost[i]![j - 1]!, cost[i - 1]![j - 1]! + d(i - 1, j - 1));
  const match = Array<number>(n).fill(-1);
  for (let i = n, j = m; i > 0; j--) {
    if (cost[i]![j] === cost[i]![j - 1]) continue;
    match[i - 1] = j - 1;
    i--;
  }
  return match;
}
/**
 * Rows of a table continued on another page are set at that page's margin and spacing.
 * Its columns of numbers (and of words) are matched in order to the first page's and each
 * cell moves by its column's offset; where the page has more columns than the first page,
 * by the one offset that lines most cell edges of the page up with the first page.
 */
export function alignPages(data: SourceLine[], cells: Cell[][]): Cell[][] {
  const first = data[0]?.page;
  const home = cells.filter((_, i) => data[i]!.page === first);
  if (first === undefined || home.length === cells.length) return cells;
  const spans = typedSpans(withoutTotalLabels(home));
  const pages = [...new Set(data.map((l) => l.page))].filter((p) => p !== first);
  const out = cells.map((r) => r);
  const ofKind = (list: Span[], numeric: boolean): Span[] => list.filter((s) => s.numeric === numeric);
  for (const page of pages) {
    const rows = cells.map((_, i) => (data[i]!.page === page ? i : -1)).filter((i) => i >= 0);
    const own = typedSpans(rows.map((i) => cells[i]!));
    const matches = new Map([true, false].map((k) => [k, matchInOrder(ofKind(own, k), ofKind(spans, k), k)]));
    const miss = (c: Cell, shift: number): number =>
      Math.min(
        8,
        ...ofKind(spans, isNumeric(c)).map((s) => Math.abs(edgeOf(s, isNumeric(c)) - edgeOf(c, isNumeric(c)) - shift)),
      );
    // The one offset is for the cells not matched column by column: where the numbers are,
    // the words alone decide it (numbers and words move by different amounts).
    const loose = (c: Cell): boolean => !matches.get(isNumeric(c));
    const cost = (shift: number): number =>
      rows.reduce((sum, i) => sum + cells[i]!.reduce((t, c) => t + (loose(c) ? miss(c, shift) : 0), 0), 0);
    let best = 0;
    for (let d = 1; d <= 40; d++) for (const shift of [d, -d]) if (cost(shift) < cost(best)) best = shift;
    const offset = (c: Cell): number => {
      const numeric = isNumeric(c);
      const match = matches.get(numeric);
      if (!match) return best;
      const mine = ofKind(own, numeric);
      const at = mine.findIndex((s) => overlap(s, c) > 0);
      const target = ofKind(spans, numeric)[match[at] ?? -1];
      return at < 0 || !target ? best : edgeOf(target, numeric) - edgeOf(mine[at]!, numeric);
    };
    for (const i of rows) out[i] = cells[i]!.map((c) => ({ ...c, start: c.start + offset(c), end: c.end + offset(c) }));
  }
  return out;
}
