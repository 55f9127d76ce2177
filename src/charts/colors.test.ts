import { describe, expect, it } from 'vitest';
import { AXIS, BACKGROUND, contrast, MUTED, PALETTE, TEXT } from './colors';

describe('chart colours', () => {
  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
  });

  it.each(PALETTE)('fill %s stands out against white (≥ 3:1) and carries white text (≥ 4.5:1)', (color) => {
    expect(contrast(color, BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });

  it('text, muted text and axis colours pass 4.5:1 on white', () => {
    for (const color of [TEXT, MUTED, AXIS]) expect(contrast(color, BACKGROUND)).toBeGreaterThanOrEqual(4.5);
  });
});
