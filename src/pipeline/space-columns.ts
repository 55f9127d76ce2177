import type { Cell } from './lines';
import { center, overlap, squash, type Span } from './grid-spans';
import { CLOSING_LABEL, TOTAL_LABEL } from './vocabulary/words';

/**
 * The columns of the data rows of space-aligned text: the spans of character positions that
 * the cells of every row share, numbers and words found apart; the labels of total rows that
 * make no column of their own.
 */

/** A cell of figures (an amount, a percentage, a dash for none), not a 类/款/项 code. */
export const isNumeric = (c: Cell): boolean =>
  /^[-−]?[\d,]*\d(\.\d+)?%?$|^[-－—–]+$/.test(c.text) && !/^\d{3}(\d{2}){0,2}$/.test(c.text);

/** Column spans from the data rows: cells that overlap belong to one column. */
function columnSpans(rows: Cell[][]): Span[] {
  const cells = rows.flat().sort((a, b) => a.start - b.start);
  const spans: Span[] = [];
  for (const c of cells) {
    const last = spans.at(-1);
    if (last && c.start < last.end) last.end = Math.max(last.end, c.end);
    else spans.push({ start: c.start, end: c.end });
  }
  return spans.flatMap((s) => splitSpan(s, rows));
}

/** A span where one row has two cells is two columns: cut at that row's gap. */
function splitSpan(span: Span, rows: Cell[][]): Span[] {
  for (const row of rows) {
    const inside = row.filter((c) => overlap(c, span) > 0);
    for (let i = 1; i < inside.length; i++) {
      const cut = inside[i]!.start;
      if (cut <= span.start || cut >= span.end) continue;
      const left = rows.flat().filter((c) => overlap(c, span) > 0 && center(c) < cut);
      const right = rows.flat().filter((c) => overlap(c, span) > 0 && center(c) >= cut);
      if (left.length === 0 || right.length === 0) continue;
      const l = { start: span.start, end: Math.max(...left.map((c) => c.end)) };
      const r = { start: Math.min(...right.map((c) => c.start)), end: span.end };
      return [
        ...splitSpan({ start: l.start, end: Math.min(l.end, cut) }, rows),
        ...splitSpan({ start: Math.max(r.start, cut), end: r.end }, rows),
      ];
    }
  }
  return [span];
}

/**
 * Numbers are set right-aligned, words left-aligned: a number column and a word column
 * may overlap in the character grid (CJK glyphs are wider than their columns), so each
 * is found among its own kind of cells.
 */
export function typedSpans(rows: Cell[][]): Span[] {
  const of = (numeric: boolean, keep: (c: Cell, row: Cell[]) => boolean = () => true): Span[] =>
    columnSpans(
      rows.map((r) => r.filter((c) => isNumeric(c) === numeric && keep(c, r))).filter((r) => r.length > 0),
    ).map((s) => ({ ...s, numeric }));
  const words = of(false, (c, row) => !isTotalLabel(c, row));
  // A total row's label centered in a cell merged over several columns (当年支出小计) makes no
  // column of its own where a word column stands to its left: it is placed there (labelSpan).
  const standalone = (c: Cell, row: Cell[]): boolean => labelSpan(words, c, row) === undefined;
  return [...of(true), ...of(false, standalone)];
}

/**
 * The expenditure side's label of a closing row of a two-sided table: a closing label after
 * the income side's closing label (当年收入小计 … 当年支出小计, 上年结转资金 … 结转下年资金).
 */
const isTotalLabel = (c: Cell, row: Cell[]): boolean =>
  !isNumeric(c) &&
  CLOSING_LABEL.test(squash(c.text)) &&
  row.filter((d) => !isNumeric(d)).length === 2 &&
  row[0] !== c &&
  CLOSING_LABEL.test(squash(row[0]!.text));

/** The word column of a total label that overlaps none: the nearest one starting to its left. */
export function labelSpan(words: Span[], c: Cell, row: Cell[]): Span | undefined {
  if (!isTotalLabel(c, row) || words.some((s) => overlap(s, c) > 0)) return undefined;
  return words.filter((s) => s.start <= c.start).sort((a, b) => b.start - a.start)[0];
}

/**
 * The label of a total row (its only word, beside amounts) is often centred in a cell
 * merged over the code and name columns: it stands where no column is and makes none; it
 * goes into the column nearest to it.
 */
export function withoutTotalLabels(rows: Cell[][]): Cell[][] {
  return rows.map((row) => {
    const words = row.filter((c) => !isNumeric(c));
    const total = words.length === 1 && words.length < row.length && TOTAL_LABEL.test(squash(words[0]!.text));
    return total ? row.filter((c) => c !== words[0]) : row;
  });
}
