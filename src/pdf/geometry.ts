/** Plain geometry of the page, in PDF user space of the page (points, y upward). */

export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m·n: apply n, then m (the order of pdfjs Util.transform and of PDF's `cm`). */
export function transform(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The axis-aligned box of points under m. */
export function boxOf(m: Matrix, points: [number, number][]): Box {
  const mapped = points.map(([x, y]) => apply(m, x, y));
  const xs = mapped.map((p) => p[0]);
  const ys = mapped.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

export function intersect(a: Box | null, b: Box): Box {
  if (!a) return b;
  return { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) };
}

export function contains(box: Box, x: number, y: number, tolerance: number): boolean {
  return x >= box.x0 - tolerance && x <= box.x1 + tolerance && y >= box.y0 - tolerance && y <= box.y1 + tolerance;
}

/** A ruling line: horizontal (y fixed, from a to b in x) or vertical (x fixed, a to b in y). */
export interface Segment {
  dir: 'h' | 'v';
  at: number;
  a: number;
  b: number;
}

/**
 * Page space → the page as viewed: the page's /Rotate applied about its box, y still
 * upward, origin at the viewed box's lower left. `view` is pdfjs's [x0, y0, x1, y1].
 */
export function uprightMatrix(view: number[], rotate: number): Matrix {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = view;
  const w = x1 - x0;
  const h = y1 - y0;
  const shift: Matrix = [1, 0, 0, 1, -x0, -y0];
  const r = (((rotate % 360) + 360) % 360) / 90;
  // Viewed clockwise by `rotate` degrees.
  const turn: Matrix[] = [
    [1, 0, 0, 1, 0, 0],
    [0, -1, 1, 0, 0, w],
    [-1, 0, 0, -1, w, h],
    [0, 1, -1, 0, h, 0],
  ];
  return transform(turn[r] ?? IDENTITY, shift);
}
