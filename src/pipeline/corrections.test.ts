import { describe, expect, it } from 'vitest';
import { applyCorrections, CorrectionError } from './corrections';

const fix = { file: 'x.txt', line: 2, original: '发晨部', corrected: '发展部', reason: 'OCR' };

describe('applyCorrections', () => {
  it('replaces the text on its line only', () => {
    expect(applyCorrections('发晨部\n规划与创新发晨部\n', [fix])).toBe('发晨部\n规划与创新发展部\n');
  });
  it('refuses a correction that no longer matches its line', () => {
    expect(() => applyCorrections('a\nb\n', [fix])).toThrow(CorrectionError);
    expect(() => applyCorrections('a\nb\n', [fix])).toThrow(/x.txt 第2行/);
  });
});
