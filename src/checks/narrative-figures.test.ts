import { describe, expect, it } from 'vitest';
import { SECTION_NUMERALS } from '../schemas';
import { sectionNo } from './narrative-figures';

describe('sectionNo', () => {
  it('numbers every section numeral the importer reads, 一 … 十五, and 0 for none', () => {
    expect(SECTION_NUMERALS.map(sectionNo)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(sectionNo('十三')).toBe(13);
    expect(sectionNo('')).toBe(0);
    expect(sectionNo('二十')).toBe(0);
  });
});
