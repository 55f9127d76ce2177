/**
 * The page's drawing, from pdfjs's operator list: ruling lines (thin filled rectangles and
 * stroked axis-aligned paths) and the origin of every text run with whether a clip region
 * hides it. The current transformation matrix and the clip box are tracked through
 * save/restore, so everything comes out in page space, like the text items.
 *
 * Operator list format of pdfjs-dist 6.x: `constructPath` carries [paintOp, [pathData],
 * minMax], where pathData is a flat list of DrawOPS (moveTo x y, lineTo x y, curveTo 6,
 * quadraticCurveTo 4, closePath); a clip (`clip`/`eoClip`) comes before the
 * `constructPath` whose path it clips to.
 */
import { apply, boxOf, IDENTITY, intersect, transform, type Box, type Matrix, type Segment } from './geometry';

/** Numeric operator codes used here (pdfjs OPS and DrawOPS, pinned version). */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  clip: number;
  eoClip: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  beginText: number;
  setFont: number;
  setCharSpacing: number;
  setWordSpacing: number;
  setHScale: number;
  setLeading: number;
  setTextRise: number;
  moveText: number;
  setLeadingMoveText: number;
  setTextMatrix: number;
  nextLine: number;
  showText: number;
  showSpacedText: number;
  nextLineShowText: number;
  nextLineSetSpacingShowText: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

export interface TextRun {
  x: number;
  y: number;
  hidden: boolean;
}

export interface PageGraphics {
  segments: Segment[];
  runs: TextRun[];
  /** Area of the page covered by painted images (points²), to tell scans. */
  imageArea: number;
}

/** A ruling is at most this thick (points); thicker filled shapes are shading, not lines. */
const MAX_RULE = 2.5;
/** ... and at least this long. */
const MIN_RULE = 3;

interface State {
  ctm: Matrix;
  clip: Box | null;
}

interface TextState {
  tm: Matrix;
  tlm: Matrix;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
}

const newText = (): TextState => ({
  tm: IDENTITY,
  tlm: IDENTITY,
  fontSize: 0,
  charSpacing: 0,
  wordSpacing: 0,
  hScale: 1,
  leading: 0,
  rise: 0,
});

type Point = [number, number];

/** Subpaths of pdfjs DrawOPS path data as point lists (curves by their end points). */
export function subpaths(data: ArrayLike<number>): { points: Point[]; closed: boolean }[] {
  const out: { points: Point[]; closed: boolean }[] = [];
  let current: { points: Point[]; closed: boolean } | null = null;
  const num = (i: number): number => data[i] ?? 0;
  for (let i = 0; i < data.length;) {
    const op = data[i++];
    if (op === 0) {
      current = { points: [[num(i), num(i + 1)]], closed: false };
      out.push(current);
      i += 2;
    } else if (op === 1) {
      current?.points.push([num(i), num(i + 1)]);
      i += 2;
    } else if (op === 2) {
      current?.points.push([num(i + 4), num(i + 5)]);
      i += 6;
    } else if (op === 3) {
      current?.points.push([num(i + 2), num(i + 3)]);
      i += 4;
    } else if (op === 4) {
      if (current) current.closed = true;
    } else break;
  }
  return out;
}

/** A thin filled box is a ruling along its long side. */
export function ruleOfBox(box: Box): Segment | null {
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  if (h <= MAX_RULE && w >= MIN_RULE) return { dir: 'h', at: (box.y0 + box.y1) / 2, a: box.x0, b: box.x1 };
  if (w <= MAX_RULE && h >= MIN_RULE) return { dir: 'v', at: (box.x0 + box.x1) / 2, a: box.y0, b: box.y1 };
  return null;
}

/** Axis-aligned edges of a stroked path (diagonals and curves are not rulings). */
function strokedSegments(ctm: Matrix, points: Point[], closed: boolean): Segment[] {
  const mapped = points.map(([x, y]) => apply(ctm, x, y));
  const first = mapped[0];
  if (closed && first) mapped.push(first);
  const out: Segment[] = [];
  for (let i = 1; i < mapped.length; i++) {
    const [x0, y0] = mapped[i - 1] as Point;
    const [x1, y1] = mapped[i] as Point;
    if (Math.abs(y1 - y0) < 0.5 && Math.abs(x1 - x0) >= MIN_RULE) {
      out.push({ dir: 'h', at: (y0 + y1) / 2, a: Math.min(x0, x1), b: Math.max(x0, x1) });
    } else if (Math.abs(x1 - x0) < 0.5 && Math.abs(y1 - y0) >= MIN_RULE) {
      out.push({ dir: 'v', at: (x0 + x1) / 2, a: Math.min(y0, y1), b: Math.max(y0, y1) });
    }
  }
  return out;
}

function glyphAdvance(glyphs: unknown, t: TextState): number {
  if (!Array.isArray(glyphs)) return 0;
  let x = 0;
  for (const g of glyphs as unknown[]) {
    if (typeof g === 'number') {
      x -= (g * t.fontSize) / 1000;
      continue;
    }
    const glyph = g as { width?: number; isSpace?: boolean } | null;
    if (!glyph) continue;
    x += ((glyph.width ?? 0) * t.fontSize) / 1000 + t.charSpacing + (glyph.isSpace ? t.wordSpacing : 0);
  }
  return x * t.hScale;
}

/**
 * Text whose glyph box lies outside the clip box, or shows less than a third of its
 * height inside it, is hidden (a glyph cut in half at a cell's edge still counts as shown).
 */
export function clippedAway(text: Box, clip: Box): boolean {
  const w = Math.min(text.x1, clip.x1) - Math.max(text.x0, clip.x0);
  const h = Math.min(text.y1, clip.y1) - Math.max(text.y0, clip.y0);
  return w <= 0.5 || h < (text.y1 - text.y0) / 3;
}

/** Walk the operator list once. */
export function readGraphics(list: OperatorList, ops: OpCodes, view: Matrix = IDENTITY): PageGraphics {
  const stack: State[] = [];
  let state: State = { ctm: view, clip: null };
  let text = newText();
  let pendingClip = false;
  const segments: Segment[] = [];
  const runs: TextRun[] = [];
  let imageArea = 0;
  const fills = new Set([
    ops.fill,
    ops.eoFill,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);

  const newLine = (tx: number, ty: number): void => {
    text.tlm = transform(text.tlm, [1, 0, 0, 1, tx, ty]);
    text.tm = text.tlm;
  };
  const show = (glyphs: unknown): void => {
    const trm = transform(state.ctm, text.tm);
    const [x, y] = apply(trm, 0, text.rise);
    const advance = glyphAdvance(glyphs, text);
    const top = text.rise + text.fontSize * 0.8;
    const box = boxOf(trm, [
      [0, text.rise],
      [advance, text.rise],
      [0, top],
      [advance, top],
    ]);
    runs.push({ x, y, hidden: state.clip !== null && clippedAway(box, state.clip) });
    text.tm = transform(text.tm, [1, 0, 0, 1, advance, 0]);
  };

  list.fnArray.forEach((fn, i) => {
    const args = (list.argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case ops.save:
      case ops.paintFormXObjectBegin:
        stack.push(state);
        state = { ...state };
        if (fn === ops.paintFormXObjectBegin && Array.isArray(args[0])) {
          state.ctm = transform(state.ctm, args[0] as Matrix);
        }
        break;
      case ops.restore:
      case ops.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case ops.transform:
        state.ctm = transform(state.ctm, args as Matrix);
        break;
      case ops.clip:
      case ops.eoClip:
        pendingClip = true;
        break;
      case ops.constructPath: {
        const [paint, pathArgs] = args as [number, ArrayLike<number>[] | undefined];
        const paths = subpaths(pathArgs?.[0] ?? []);
        if (pendingClip) {
          const points = paths.flatMap((p) => p.points);
          if (points.length > 0) state.clip = intersect(state.clip, boxOf(state.ctm, points));
          pendingClip = false;
        }
        for (const p of paths) {
          if (fills.has(paint) && p.points.length >= 3) {
            const rule = ruleOfBox(boxOf(state.ctm, p.points));
            if (rule) segments.push(rule);
          }
          if (strokes.has(paint)) segments.push(...strokedSegments(state.ctm, p.points, p.closed));
        }
        break;
      }
      case ops.paintImageXObject:
      case ops.paintInlineImageXObject:
      case ops.paintImageMaskXObject: {
        const box = boxOf(state.ctm, [
          [0, 0],
          [1, 1],
        ]);
        const seen = state.clip ? intersect(state.clip, box) : box;
        imageArea += Math.max(0, seen.x1 - seen.x0) * Math.max(0, seen.y1 - seen.y0);
        break;
      }
      case ops.beginText:
        text = { ...text, tm: IDENTITY, tlm: IDENTITY };
        break;
      case ops.setFont:
        text.fontSize = Number(args[1]) || 0;
        break;
      case ops.setCharSpacing:
        text.charSpacing = Number(args[0]) || 0;
        break;
      case ops.setWordSpacing:
        text.wordSpacing = Number(args[0]) || 0;
        break;
      case ops.setHScale:
        text.hScale = (Number(args[0]) || 100) / 100;
        break;
      case ops.setLeading:
        text.leading = Number(args[0]) || 0;
        break;
      case ops.setTextRise:
        text.rise = Number(args[0]) || 0;
        break;
      case ops.moveText:
        newLine(Number(args[0]), Number(args[1]));
        break;
      case ops.setLeadingMoveText:
        text.leading = -Number(args[1]);
        newLine(Number(args[0]), Number(args[1]));
        break;
      case ops.setTextMatrix: {
        const m = (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? args[0] : args) as ArrayLike<number>;
        text.tm = Array.from(m).slice(0, 6) as Matrix;
        text.tlm = text.tm;
        break;
      }
      case ops.nextLine:
        newLine(0, -text.leading);
        break;
      case ops.showText:
      case ops.showSpacedText:
        show(args[0]);
        break;
      case ops.nextLineShowText:
        newLine(0, -text.leading);
        show(args[0]);
        break;
      case ops.nextLineSetSpacingShowText:
        text.wordSpacing = Number(args[0]) || 0;
        text.charSpacing = Number(args[1]) || 0;
        newLine(0, -text.leading);
        show(args[2]);
        break;
      default:
        break;
    }
  });
  return { segments, runs, imageArea };
}
