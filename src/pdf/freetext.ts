/**
 * Text outside tables: lines by baseline, split into cells at wide gaps (a gap of two
 * ems or more is a column gap, not a space between words).
 */
import { byBaseline, type Cell, type Row } from './cells';
import { removeCjkSpaces, type TextItem } from './text';

const COLUMN_GAP_EMS = 2;

export interface FreeLine extends Row {
  /** Each cell's left and right edge, for the fallback columns. */
  spans: { x0: number; x1: number }[];
}

export function freeLines(items: TextItem[]): FreeLine[] {
  return byBaseline(items).map((line) => {
    const cells: Cell[] = [];
    const spans: { x0: number; x1: number }[] = [];
    let text = '';
    let start = 0;
    let end: number | null = null;
    const flush = (): void => {
      if (end === null) return;
      cells.push({ text: removeCjkSpaces(text.replace(/\s+/g, ' ').trim()), col: cells.length, cols: 1 });
      spans.push({ x0: start, x1: end });
    };
    for (const item of line) {
      const gap = end === null ? 0 : item.x - end;
      if (end !== null && gap >= item.size * COLUMN_GAP_EMS) {
        flush();
        text = '';
        end = null;
      }
      if (end === null) start = item.x;
      else if (gap > item.size * 0.33) text += ' ';
      text += item.str;
      end = item.x + item.w;
    }
    flush();
    return { cells, spans, y: line[0]?.y ?? 0 };
  });
}
