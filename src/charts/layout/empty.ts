import { MUTED } from '../colors';
import type { Scene } from '../model';
import { FONT, muted, paragraph, pitch, scene, text, WIDTH } from './common';

/** The "no data" state: a dashed frame with 无数据 and the reason, never a broken SVG. */
export function layoutEmpty(reason: string): Scene {
  const pad = 12;
  const head = text(WIDTH / 2, pad + FONT.title * 1.16, '无数据', { size: FONT.title, bold: true, anchor: 'middle' });
  const body = paragraph(reason, pad, pad + pitch(FONT.title) + 4, WIDTH - 2 * pad, muted(FONT.note));
  const height = body.bottom + pad;
  return scene(height, [
    {
      type: 'rect',
      x: 0.5,
      y: 0.5,
      width: WIDTH - 1,
      height: height - 1,
      fill: null,
      stroke: MUTED,
      strokeWidth: 1,
      dashed: true,
    },
    head,
    ...body.shapes,
  ]);
}
