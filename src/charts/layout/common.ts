import { MUTED, TEXT } from '../colors';
import type { Scene, Shape, TextShape } from '../model';
import { measureText, round1, TEXT_ASCENT, TEXT_DESCENT, wrapText } from '../text';

/**
 * Shared geometry. Charts are laid out in a narrow viewBox (360 wide) so that, scaled to
 * a 360 px phone, 14-unit text stays about 13 px; on wide screens the figure is capped in
 * width (see ChartFigure.astro) so text does not grow past body size by much.
 */

export const WIDTH = 360;
export const FONT = { label: 14, value: 13, note: 13, title: 16 } as const;

/** Distance between baselines of stacked lines: the full line box plus 1 unit. */
export function pitch(size: number): number {
  return Math.ceil(size * (TEXT_ASCENT + TEXT_DESCENT)) + 1;
}

/** Baseline of a line whose box starts at `top`. */
export function baseline(top: number, size: number): number {
  return round1(top + size * TEXT_ASCENT);
}

export interface TextOpts {
  size: number;
  color?: string;
  bold?: boolean;
  anchor?: TextShape['anchor'];
}

export function text(x: number, y: number, value: string, opts: TextOpts): TextShape {
  return {
    type: 'text',
    x: round1(x),
    y: round1(y),
    text: value,
    size: opts.size,
    anchor: opts.anchor ?? 'start',
    bold: opts.bold ?? false,
    color: opts.color ?? TEXT,
  };
}

/**
 * Wrapped paragraph starting at `top` (line box top), left-aligned at `x`, at most `width`
 * wide. Returns the shapes and the y below the last line.
 */
export function paragraph(
  value: string,
  x: number,
  top: number,
  width: number,
  opts: TextOpts,
): { shapes: TextShape[]; bottom: number } {
  const lines = wrapText(value, width, opts.size, opts.bold);
  const step = pitch(opts.size);
  const shapes = lines.map((line, i) => text(x, baseline(top + i * step, opts.size), line, opts));
  return { shapes, bottom: top + lines.length * step };
}

export const muted = (size: number): TextOpts => ({ size, color: MUTED });

/** Estimated box of a text shape: [x0, y0, x1, y1]. */
export function textBox(t: TextShape): [number, number, number, number] {
  const w = measureText(t.text, t.size, t.bold);
  const x0 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
  return [x0, t.y - t.size * TEXT_ASCENT, x0 + w, t.y + t.size * TEXT_DESCENT];
}

export function scene(height: number, shapes: Shape[]): Scene {
  return { width: WIDTH, height: Math.ceil(height), shapes };
}
