import { textBox } from '../layout/common';
import type { RectShape, Scene, TextShape } from '../model';

export const texts = (scene: Scene): TextShape[] => scene.shapes.filter((s): s is TextShape => s.type === 'text');
export const rects = (scene: Scene, role?: string): RectShape[] =>
  scene.shapes.filter((s): s is RectShape => s.type === 'rect' && (role === undefined || s.role === role));

/** Pairs of text labels whose estimated boxes intersect (more than 0.05 units). */
export function overlappingTexts(scene: Scene): [string, string][] {
  const boxes = texts(scene).map((t) => ({ t, b: textBox(t) }));
  const found: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!.b, boxes[j]!.b];
      const ix = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
      const iy = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
      if (ix > 0.05 && iy > 0.05) found.push([boxes[i]!.t.text, boxes[j]!.t.text]);
    }
  }
  return found;
}

/** Texts whose estimated box leaves the scene (0 … width, 0 … height). */
export function overflowingTexts(scene: Scene): string[] {
  return texts(scene)
    .filter((t) => {
      const [x0, y0, x1, y1] = textBox(t);
      return x0 < -0.05 || y0 < -0.05 || x1 > scene.width + 0.05 || y1 > scene.height + 0.05;
    })
    .map((t) => t.text);
}
