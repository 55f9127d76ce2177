/**
 * Chart colours. Every fill is dark enough for white text on it (≥ 4.5:1) and so also
 * stands out against the white background (≥ 3:1). Series never differ by hue alone:
 * the second series is hatched, and every mark carries a direct label or a number.
 */

export const TEXT = '#1a1a1a';
export const MUTED = '#4a4a4a';
export const BACKGROUND = '#ffffff';
export const AXIS = '#4a4a4a';

/** Categorical palette (类 in the treemap, series). */
export const PALETTE = [
  '#1d4e89', // blue
  '#9a3412', // rust
  '#166534', // green
  '#6b21a8', // purple
  '#9f1239', // rose
  '#0f5e67', // teal
  '#854d0e', // ochre
  '#374151', // slate
  '#3f3f9f', // indigo
  '#7c2d12', // brown
] as const;

export function paletteColor(i: number): string {
  return PALETTE[((i % PALETTE.length) + PALETTE.length) % PALETTE.length]!;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => channel(parseInt(h, 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio between two #rrggbb colours (1 … 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
