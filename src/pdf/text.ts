/**
 * Text items with their positions, from pdfjs's getTextContent, minus what a clip region
 * hides (some office suites paint the end of a page twice, once clipped away).
 */
import { transform, type Matrix } from './geometry';
import type { TextRun } from './graphics';

/** One piece of text on a page: origin at the left end of its baseline, page space. */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  w: number;
  /** Font size (height of the em box), points. */
  size: number;
}

export interface RawItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * Keep positioned, non-blank items that run left to right as the page is viewed (`view`
 * turns a rotated page upright); whitespace-only items only mark gaps.
 */
export function toTextItems(raw: RawItem[], view: Matrix): TextItem[] {
  const out: TextItem[] = [];
  for (const r of raw) {
    if (r.str.trim() === '') continue;
    const [a, b, c, d, e, f] = transform(view, r.transform as Matrix);
    if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0) continue; // turned text (stamps, side notes)
    const size = Math.abs(d) || r.height || Math.abs(a);
    out.push({ str: r.str, x: e, y: f, w: r.width, size });
  }
  return out;
}

/**
 * Drop items that start where a hidden run starts and no visible run does. Runs come from
 * the operator list (graphics.ts); an item begins at a run's origin.
 */
export function dropHidden(
  items: TextItem[],
  runs: TextRun[],
  tolerance = 0.75,
): { kept: TextItem[]; hidden: TextItem[] } {
  const hiddenRuns = runs.filter((r) => r.hidden);
  if (hiddenRuns.length === 0) return { kept: items, hidden: [] };
  const visibleRuns = runs.filter((r) => !r.hidden);
  const near = (item: TextItem, list: TextRun[]): boolean =>
    list.some((r) => Math.abs(r.x - item.x) <= tolerance && Math.abs(r.y - item.y) <= tolerance);
  const kept: TextItem[] = [];
  const hidden: TextItem[] = [];
  for (const item of items) {
    if (near(item, hiddenRuns) && !near(item, visibleRuns)) hidden.push(item);
    else kept.push(item);
  }
  return { kept, hidden };
}

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const CJK_SPACE = new RegExp(`(?<=[${CJK}])[ \\u00a0\\u3000]+(?=[${CJK}])`, 'gu');

/** `财 政 业 务 费` → `财政业务费`: spaces between CJK characters are layout, not words. */
export function removeCjkSpaces(text: string): string {
  return text.replace(CJK_SPACE, '');
}

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Relative advance of each character (CJK and full-width ≈ 1 em, others ≈ ½ em). */
export function charWeights(str: string): number[] {
  return [...str].map((ch) => (WIDE.test(ch) ? 1 : 0.5));
}

/** Split an item at x (page space): the character boundary nearest x, a space preferred. */
export function splitItemAt(item: TextItem, x: number): [TextItem, TextItem] | null {
  const chars = [...item.str];
  const weights = charWeights(item.str);
  const total = weights.reduce((s, w) => s + w, 0);
  if (total === 0 || chars.length < 2) return null;
  const unit = item.w / total;
  let best = -1;
  let bestDistance = Infinity;
  let edge = item.x;
  for (let i = 1; i < chars.length; i++) {
    edge += (weights[i - 1] ?? 0) * unit;
    const bonus = chars[i - 1] === ' ' || chars[i] === ' ' ? unit : 0;
    const distance = Math.abs(edge - x) - bonus;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  if (best <= 0) return null;
  const widthOf = (from: number, to: number): number => weights.slice(from, to).reduce((s, w) => s + w, 0) * unit;
  // Spaces at the cut belong to neither side.
  let leftEnd = best;
  while (leftEnd > 0 && chars[leftEnd - 1] === ' ') leftEnd--;
  let rightStart = best;
  while (rightStart < chars.length && chars[rightStart] === ' ') rightStart++;
  const a: TextItem = { ...item, str: chars.slice(0, leftEnd).join(''), w: widthOf(0, leftEnd) };
  const b: TextItem = {
    ...item,
    str: chars.slice(rightStart).join(''),
    x: item.x + widthOf(0, rightStart),
    w: widthOf(rightStart, chars.length),
  };
  if (a.str === '' || b.str === '') return null;
  return [a, b];
}
