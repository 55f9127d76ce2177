/**
 * The reader's rows as the text the text stages consume: one line per row, cells joined by
 * TAB (empty cells kept, a merged cell followed by an empty cell per further column it spans), a blank line around each table, and which lines each page gave.
 */
import type { PdfPage } from './reader';

export interface LineRange {
  from: number;
  to: number;
}

export interface PageLines {
  page: number;
  lines: LineRange;
}

export interface RenderedPdf {
  text: string;
  lines: string[];
  /** Pages that gave at least one line, in order; ranges are 1-based and inclusive. */
  pages: PageLines[];
}

export function renderPages(pages: PdfPage[], firstLine = 1): RenderedPdf {
  const lines: string[] = [];
  const map: PageLines[] = [];
  for (const page of pages) {
    const start = lines.length;
    let previous: string | null = null;
    page.rows.forEach((row, i) => {
      const block = row.kind === 'table' ? `t${row.table ?? 0}` : 'text';
      if (previous !== null && block !== previous && (block !== 'text' || previous !== 'text')) lines.push('');
      previous = block;
      // A cell merged across n columns is the cell then n − 1 empty cells, so every row of a
      // ruled table has as many cells as the table has columns.
      const cells = row.cells.flatMap((c) => [
        c.text.replace(/[\t\r\n]+/g, ' '),
        ...Array<string>(row.kind === 'table' ? Math.max(0, c.cols - 1) : 0).fill(''),
      ]);
      lines.push(cells.join('\t'));
      if (i === page.rows.length - 1 && block !== 'text') lines.push('');
    });
    if (lines.length > start)
      map.push({ page: page.page, lines: { from: firstLine + start, to: firstLine + lines.length - 1 } });
  }
  return { text: lines.join('\n') + (lines.length > 0 ? '\n' : ''), lines, pages: map };
}
