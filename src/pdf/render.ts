/**
 * The reader's rows as the text the text stages consume: one line per row, cells joined by
 * TAB (empty cells kept), a blank line around each table, and which lines each page gave.
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
      lines.push(row.cells.map((c) => c.text.replace(/[\t\r\n]+/g, ' ')).join('\t'));
      if (i === page.rows.length - 1 && block !== 'text') lines.push('');
    });
    if (lines.length > start)
      map.push({ page: page.page, lines: { from: firstLine + start, to: firstLine + lines.length - 1 } });
  }
  return { text: lines.join('\n') + (lines.length > 0 ? '\n' : ''), lines, pages: map };
}
