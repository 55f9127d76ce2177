/**
 * The table grid: ruling lines → tables of merged cells. Lines are snapped to shared
 * positions, a table is a connected set of crossing lines, its base cells lie between
 * neighbouring positions, and base cells with no ruling between them are one merged cell.
 */
import type { Box, Segment } from './geometry';

/** Rulings closer than this (points) are the same line. */
const SNAP = 2;
/** A ruling reaches a crossing line when its end is within this distance. */
const REACH = 3;

export interface GridCell extends Box {
  /** Top row and left column of the cell in its table's grid, and its spans. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface Grid extends Box {
  /** Column edges left to right, row edges top to bottom (y descending). */
  xs: number[];
  ys: number[];
  cells: GridCell[];
}

/** Join collinear pieces of the same line that touch or overlap. */
export function mergeSegments(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const dir of ['h', 'v'] as const) {
    const list = segments.filter((s) => s.dir === dir).sort((p, q) => p.at - q.at || p.a - q.a);
    const groups: Segment[][] = [];
    for (const s of list) {
      const g = groups.at(-1);
      if (g && Math.abs((g[0] as Segment).at - s.at) <= SNAP) g.push(s);
      else groups.push([s]);
    }
    for (const g of groups) {
      const at = g.reduce((sum, s) => sum + s.at, 0) / g.length;
      const pieces = g.map((s) => ({ a: s.a, b: s.b })).sort((p, q) => p.a - q.a);
      let cur: { a: number; b: number } | null = null;
      for (const p of pieces) {
        if (cur && p.a <= cur.b + REACH) cur.b = Math.max(cur.b, p.b);
        else {
          if (cur) out.push({ dir, at, ...cur });
          cur = { ...p };
        }
      }
      if (cur) out.push({ dir, at, ...cur });
    }
  }
  return out;
}

const crosses = (h: Segment, v: Segment): boolean =>
  v.at >= h.a - REACH && v.at <= h.b + REACH && h.at >= v.a - REACH && h.at <= v.b + REACH;

/** Connected groups of crossing horizontal and vertical lines. */
function components(segments: Segment[]): Segment[][] {
  const parent = segments.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  segments.forEach((s, i) => {
    if (s.dir !== 'h') return;
    segments.forEach((t, j) => {
      if (t.dir === 'v' && crosses(s, t)) parent[find(i)] = find(j);
    });
  });
  const groups = new Map<number, Segment[]>();
  segments.forEach((s, i) => {
    const k = find(i);
    groups.set(k, [...(groups.get(k) ?? []), s]);
  });
  return [...groups.values()];
}

function positions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    const last = out.at(-1);
    if (last === undefined || v - last > SNAP) out.push(v);
  }
  return out;
}

/** Is there a ruling at `at` covering the span around `mid`? */
function ruled(lines: Segment[], at: number, from: number, to: number): boolean {
  const mid = (from + to) / 2;
  return lines.some((s) => Math.abs(s.at - at) <= SNAP && s.a <= mid && s.b >= mid);
}

/**
 * A table cut by a page break may print no border on its cut edge: where two or more
 * vertical rulings run on beyond the outermost horizontal one to a common end, that end is
 * the table's edge (a ruling across the verticals there).
 */
function closeOpenEnds(hs: Segment[], vs: Segment[]): Segment[] {
  if (hs.length === 0 || vs.length < 2) return [];
  const out: Segment[] = [];
  const top = Math.max(...hs.map((h) => h.at));
  const bottom = Math.min(...hs.map((h) => h.at));
  const ends = [
    { of: (v: Segment) => v.b, end: Math.max(...vs.map((v) => v.b)), open: (y: number) => y > top + SNAP },
    { of: (v: Segment) => v.a, end: Math.min(...vs.map((v) => v.a)), open: (y: number) => y < bottom - SNAP },
  ];
  for (const { of, end, open } of ends) {
    const reaching = vs.filter((v) => Math.abs(of(v) - end) <= SNAP);
    if (!open(end) || reaching.length < 2) continue;
    const xs = reaching.map((v) => v.at);
    out.push({ dir: 'h', at: end, a: Math.min(...xs), b: Math.max(...xs) });
  }
  return out;
}

function gridOf(segments: Segment[]): Grid | null {
  const vs = segments.filter((s) => s.dir === 'v');
  const drawn = segments.filter((s) => s.dir === 'h');
  const hs = [...drawn, ...closeOpenEnds(drawn, vs)];
  const xs = positions(vs.map((s) => s.at));
  const ys = positions(hs.map((s) => s.at)).reverse();
  if (xs.length < 2 || ys.length < 2) return null;
  const nr = ys.length - 1;
  const nc = xs.length - 1;
  // Union base cells that no ruling separates.
  const parent = Array.from({ length: nr * nc }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const at = (r: number, c: number): number => r * nc + c;
  for (let r = 0; r < nr; r++) {
    const top = ys[r] as number;
    const bottom = ys[r + 1] as number;
    for (let c = 0; c < nc; c++) {
      const left = xs[c] as number;
      const right = xs[c + 1] as number;
      if (c + 1 < nc && !ruled(vs, right, bottom, top)) parent[find(at(r, c + 1))] = find(at(r, c));
      if (r + 1 < nr && !ruled(hs, bottom, left, right)) parent[find(at(r + 1, c))] = find(at(r, c));
    }
  }
  const spans = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const k = find(at(r, c));
      const s = spans.get(k);
      if (!s) spans.set(k, { r0: r, r1: r, c0: c, c1: c });
      else {
        s.r0 = Math.min(s.r0, r);
        s.r1 = Math.max(s.r1, r);
        s.c0 = Math.min(s.c0, c);
        s.c1 = Math.max(s.c1, c);
      }
    }
  }
  const cells: GridCell[] = [...spans.values()]
    .map((s) => ({
      row: s.r0,
      col: s.c0,
      rows: s.r1 - s.r0 + 1,
      cols: s.c1 - s.c0 + 1,
      x0: xs[s.c0] as number,
      x1: xs[s.c1 + 1] as number,
      y1: ys[s.r0] as number,
      y0: ys[s.r1 + 1] as number,
    }))
    .sort((p, q) => p.row - q.row || p.col - q.col);
  return {
    xs,
    ys,
    cells,
    x0: xs[0] as number,
    x1: xs.at(-1) as number,
    y0: ys.at(-1) as number,
    y1: ys[0] as number,
  };
}

/**
 * Tables of a page from its rulings. A group needs at least two rows and two columns of
 * cells to be a table (a lone underline or a box around a paragraph is not one).
 */
export function findGrids(segments: Segment[]): Grid[] {
  const merged = mergeSegments(segments);
  return components(merged)
    .map(gridOf)
    .filter((g): g is Grid => g !== null && g.xs.length >= 3 && g.ys.length >= 3)
    .sort((p, q) => q.y1 - p.y1 || p.x0 - q.x0);
}
