import { hierarchy, treemap, treemapSquarify, type HierarchyRectangularNode } from 'd3-hierarchy';
import { BACKGROUND, paletteColor } from '../colors';
import type { Scene, Shape, TreeNode, TreemapData } from '../model';
import { formatAmount, toNumber } from '../numbers';
import { measureText, round1 } from '../text';
import { baseline, FONT, muted, paragraph, pitch, scene, text, WIDTH } from './common';

/** Legend and note lines wrap short of the edge: real glyphs can run wider than the estimate. */
const NOTE_WIDTH = WIDTH - 12;

/**
 * Treemap of 类/款/项: tiles are the leaves, coloured by 类. A tile carries its name and
 * amount when both fit inside it, else a number that points into the legend below; tiles
 * too small even for a number are listed in the legend as such.
 */

export const TREEMAP = { height: 240, pad: 4, swatch: 14 } as const;

type Root = { code: string; label: string; value: string; children: TreeNode[] };

export interface TileLabel {
  kind: 'full' | 'number' | 'none';
  number?: number;
}

function fitLines(lines: string[], w: number, h: number): boolean {
  const size = FONT.value;
  const width = Math.max(...lines.map((l) => measureText(l, size)));
  return width + 2 * TREEMAP.pad <= w && lines.length * pitch(size) + TREEMAP.pad <= h;
}

export function layoutTreemap(data: TreemapData): Scene {
  const root = hierarchy<Root | TreeNode>(
    { code: '', label: '', value: '0', children: data.classes },
    (d) => d.children,
  )
    .sum((d) => (d.children.length === 0 ? Math.max(0, toNumber(d.value)) : 0))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.data.code.localeCompare(b.data.code));
  const laid = treemap<Root | TreeNode>()
    .tile(treemapSquarify)
    .size([WIDTH, TREEMAP.height])
    .paddingInner(0)
    .round(false)(root);

  const shapes: Shape[] = [];
  const classIndex = new Map(data.classes.map((c, i) => [c.code, i]));
  const classOf = (n: HierarchyRectangularNode<Root | TreeNode>): number =>
    classIndex.get((n.depth === 1 ? n : n.ancestors().find((a) => a.depth === 1)!).data.code) ?? 0;

  const legendItems: { number: number; text: string }[] = [];
  const tiny: string[] = [];
  let counter = 0;
  const labels: Shape[] = [];
  for (const leaf of laid.leaves()) {
    const x0 = round1(leaf.x0);
    const y0 = round1(leaf.y0);
    const w = round1(leaf.x1 - leaf.x0);
    const h = round1(leaf.y1 - leaf.y0);
    const color = paletteColor(classOf(leaf));
    shapes.push({
      type: 'rect',
      x: x0,
      y: y0,
      width: w,
      height: h,
      fill: { kind: 'solid', color },
      stroke: BACKGROUND,
      strokeWidth: 1,
      role: 'tile',
      value: leaf.data.value,
    });
    const name = leaf.data.label;
    const amount = formatAmount(leaf.data.value);
    const textOpts = { size: FONT.value, color: BACKGROUND };
    const top = y0 + TREEMAP.pad / 2;
    if (fitLines([name, amount], w, h)) {
      labels.push(text(x0 + TREEMAP.pad, baseline(top, FONT.value), name, textOpts));
      labels.push(text(x0 + TREEMAP.pad, baseline(top + pitch(FONT.value), FONT.value), amount, textOpts));
      continue;
    }
    counter += 1;
    const n = String(counter);
    if (fitLines([n], w, h)) {
      labels.push(text(x0 + TREEMAP.pad, baseline(top, FONT.value), n, textOpts));
      legendItems.push({ number: counter, text: `${n}\u3000${leaf.data.code} ${name} ${amount}` });
    } else {
      tiny.push(`${leaf.data.code} ${name} ${amount}`);
      counter -= 1;
    }
  }
  // Thicker white outlines between classes, drawn over the tiles.
  for (const cls of laid.children ?? []) {
    shapes.push({
      type: 'rect',
      x: round1(cls.x0),
      y: round1(cls.y0),
      width: round1(cls.x1 - cls.x0),
      height: round1(cls.y1 - cls.y0),
      fill: null,
      stroke: BACKGROUND,
      strokeWidth: 2,
    });
  }
  shapes.push(...labels);

  let y = TREEMAP.height + 10;
  data.classes.forEach((cls, i) => {
    const line = paragraph(
      `${cls.code} ${cls.label} ${formatAmount(cls.value)}`,
      TREEMAP.swatch + 6,
      y,
      WIDTH - TREEMAP.swatch - 6,
      {
        size: FONT.value,
      },
    );
    shapes.push({
      type: 'rect',
      x: 0,
      y: round1(baseline(y, FONT.value) - TREEMAP.swatch + 2),
      width: TREEMAP.swatch,
      height: TREEMAP.swatch,
      fill: { kind: 'solid', color: paletteColor(i) },
      role: 'swatch',
    });
    shapes.push(...line.shapes);
    y = line.bottom;
  });
  for (const item of legendItems) {
    const line = paragraph(item.text, 0, y, NOTE_WIDTH, { size: FONT.value });
    shapes.push(...line.shapes);
    y = line.bottom;
  }
  if (tiny.length > 0) {
    const line = paragraph(`面积过小未标注：${tiny.join('；')}`, 0, y, NOTE_WIDTH, muted(FONT.note));
    shapes.push(...line.shapes);
    y = line.bottom;
  }
  return scene(y, shapes);
}
