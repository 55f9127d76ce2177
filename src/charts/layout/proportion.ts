import { paletteColor } from '../colors';
import type { Fill, ProportionData, Scene, Shape } from '../model';
import { toNumber } from '../numbers';
import { round1 } from '../text';
import { baseline, FONT, paragraph, pitch, scene, WIDTH } from './common';

/**
 * Proportion bars: one full-width stacked bar per pair, the first part solid, the second
 * hatched; each part is named with its amount and share in a legend line under the bar,
 * so neither the colour nor a too-narrow segment has to carry a label.
 */

export const PROPORTION = { height: 26, swatch: 14, gap: 6, barGap: 16 } as const;

export function partFill(i: number): Fill {
  return { kind: i % 2 === 0 ? 'solid' : 'hatch', color: paletteColor(i) };
}

export function layoutProportion(data: ProportionData): Scene {
  const shapes: Shape[] = [];
  let y = 0;
  data.bars.forEach((bar, bi) => {
    const title = paragraph(`${bar.title}（合计 ${bar.totalLabel}）`, 0, y, WIDTH, { size: FONT.label, bold: true });
    shapes.push(...title.shapes);
    y = title.bottom + 2;
    const whole = bar.parts.reduce((s, p) => s + toNumber(p.value), 0);
    let x = 0;
    bar.parts.forEach((part, i) => {
      const w = whole > 0 ? (toNumber(part.value) / whole) * WIDTH : 0;
      const fill = partFill(i);
      const x0 = round1(x);
      const x1 = i === bar.parts.length - 1 ? WIDTH : round1(x + w);
      shapes.push({
        type: 'rect',
        x: x0,
        y: round1(y),
        width: round1(x1 - x0),
        height: PROPORTION.height,
        fill,
        stroke: fill.kind === 'hatch' && x1 > x0 ? fill.color : undefined,
        strokeWidth: 1,
        role: 'segment',
        value: part.value,
      });
      x += w;
    });
    y += PROPORTION.height + PROPORTION.gap;
    bar.parts.forEach((part, i) => {
      const fill = partFill(i);
      const line = paragraph(
        `${part.name} ${part.label}（${part.share}%）`,
        PROPORTION.swatch + 6,
        y,
        WIDTH - PROPORTION.swatch - 6,
        {
          size: FONT.value,
        },
      );
      const base = baseline(y, FONT.value);
      shapes.push({
        type: 'rect',
        x: 0,
        y: round1(base - PROPORTION.swatch + 2),
        width: PROPORTION.swatch,
        height: PROPORTION.swatch,
        fill,
        stroke: fill.color,
        strokeWidth: 1,
        role: 'swatch',
      });
      shapes.push(...line.shapes);
      y = Math.max(line.bottom, y + pitch(FONT.value));
    });
    if (bi < data.bars.length - 1) y += PROPORTION.barGap;
  });
  return scene(y, shapes);
}
