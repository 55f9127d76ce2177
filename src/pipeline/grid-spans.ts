/** The grid a table is read into (see ./table-grid) and the character spans its builders share. */

export interface Grid {
  /** Header words of each column, top row first; [] where nothing is printed above it. */
  paths: string[][];
  /** Cells of each data row, one per column ('' = blank). */
  rows: string[][];
}

export interface Span {
  start: number;
  end: number;
  numeric?: boolean;
}

export const squash = (s: string): string => s.replace(/\s+/g, '');

export const center = (s: Span): number => (s.start + s.end) / 2;
export const overlap = (a: Span, b: Span): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);
