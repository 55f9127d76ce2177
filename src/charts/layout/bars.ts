import { scaleLinear } from 'd3-scale';
import { AXIS, paletteColor } from '../colors';
import type { BarChartData, Fill, Scene, Shape } from '../model';
import { toNumber } from '../numbers';
import { measureText, round1 } from '../text';
import { baseline, FONT, muted, paragraph, pitch, scene, text, WIDTH } from './common';

/**
 * Horizontal bars, one group per row: the row label on its own line(s) (wrapped to the
 * full width), an optional note line, then one bar per series with its value printed just
 * after the bar end. The bar scale leaves room for the widest value label, so no label
 * can leave the viewBox at any value.
 */

export const BAR = { height: 16, gap: 5, groupGap: 12, labelGap: 4, valueGap: 4, swatch: 14 } as const;

export function seriesFill(index: number, style: 'solid' | 'hatch'): Fill {
  // Every series uses the first colour; the second is hatched so the difference is not hue alone.
  return { kind: style, color: paletteColor(index === 0 || style === 'hatch' ? 0 : index) };
}

function legend(data: BarChartData, top: number): { shapes: Shape[]; bottom: number } {
  const shapes: Shape[] = [];
  let x = 0;
  let y = top;
  const step = pitch(FONT.note);
  data.series.forEach((s, i) => {
    const w = BAR.swatch + 6 + measureText(s.name, FONT.note);
    if (x > 0 && x + w > WIDTH) {
      x = 0;
      y += step;
    }
    const base = baseline(y, FONT.note);
    shapes.push({
      type: 'rect',
      x,
      y: round1(base - BAR.swatch + 2),
      width: BAR.swatch,
      height: BAR.swatch,
      fill: seriesFill(i, s.style),
      stroke: seriesFill(i, s.style).color,
      strokeWidth: 1,
      role: 'swatch',
    });
    shapes.push(text(x + BAR.swatch + 6, base, s.name, { size: FONT.note }));
    x += w + 16;
  });
  return { shapes, bottom: y + step + 4 };
}

export function layoutBars(data: BarChartData): Scene {
  const shapes: Shape[] = [];
  let y = 0;
  if (data.series.length > 1) {
    const l = legend(data, y);
    shapes.push(...l.shapes);
    y = l.bottom;
  }
  const values = data.rows.flatMap((r) => r.bars.map((b) => toNumber(b.value)));
  const maxLabel = Math.max(0, ...data.rows.flatMap((r) => r.bars.map((b) => measureText(b.label, FONT.value))));
  const maxValue = Math.max(0, toNumber(data.max ?? null), ...values);
  const range = Math.max(WIDTH * 0.3, WIDTH - maxLabel - BAR.valueGap - 1);
  const x = scaleLinear()
    .domain([0, maxValue > 0 ? maxValue : 1])
    .range([0, range]);

  data.rows.forEach((row, ri) => {
    const label = paragraph(row.label, 0, y, WIDTH, { size: FONT.label });
    shapes.push(...label.shapes);
    y = label.bottom;
    if (row.note) {
      const note = paragraph(row.note, 0, y, WIDTH, muted(FONT.note));
      shapes.push(...note.shapes);
      y = note.bottom;
    }
    y += BAR.labelGap;
    const barsTop = y;
    row.bars.forEach((bar, si) => {
      const series = data.series[si] ?? { style: 'solid' as const };
      const mid = y + BAR.height / 2;
      const valueY = round1(mid + FONT.value * 0.35);
      if (bar.value === null) {
        shapes.push(text(BAR.valueGap, valueY, bar.label, muted(FONT.value)));
      } else {
        const w = round1(Math.max(0, x(Math.max(0, toNumber(bar.value)))));
        const fill = seriesFill(si, series.style);
        shapes.push({
          type: 'rect',
          x: 0,
          y: round1(y),
          width: w,
          height: BAR.height,
          fill,
          stroke: series.style === 'hatch' && w > 0 ? fill.color : undefined,
          strokeWidth: 1,
          role: 'bar',
          value: bar.value,
        });
        shapes.push(text(w + BAR.valueGap, valueY, bar.label, { size: FONT.value }));
      }
      y += BAR.height + BAR.gap;
    });
    shapes.push({
      type: 'line',
      x1: 0.5,
      y1: round1(barsTop - 2),
      x2: 0.5,
      y2: round1(y - BAR.gap + 2),
      color: AXIS,
      width: 1,
    });
    if (ri < data.rows.length - 1) y += BAR.groupGap - BAR.gap;
  });
  return scene(y, shapes);
}
